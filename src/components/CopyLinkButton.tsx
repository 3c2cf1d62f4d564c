"use client";

import { useState, useSyncExternalStore } from "react";
import styles from "./CopyLinkButton.module.css";

const noSubscription = () => () => {};

interface CopyLinkButtonProps {
  url: string;
  /** The button's words and what it says after copying, in the page's language (the server's catalogue; no catalogue is sent to the browser). */
  texts: { button: string; done: string; failed: string };
}

/**
 * "Copy link": the site's one client component. It appears only once
 * JavaScript runs (a button that cannot work is worse than none), and says
 * what happened in a visible, polite live region.
 */
export function CopyLinkButton({ url, texts }: CopyLinkButtonProps) {
  // False in the server's HTML, true once hydrated: the button exists only where it can work.
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [status, setStatus] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(texts.done);
    } catch {
      setStatus(texts.failed);
    }
  }

  return (
    <span className={styles.wrapper}>
      {ready && (
        <button type="button" className={styles.button} onClick={copy}>
          {texts.button}
        </button>
      )}
      <span className={styles.status} role="status" aria-live="polite">
        {status}
      </span>
    </span>
  );
}
