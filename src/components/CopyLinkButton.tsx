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
 * "Copy link": it can be used only once JavaScript runs (a button that cannot work is worse than
 * none), and says what happened in a visible, polite live region. Until then it keeps its place
 * unseen, so that the page does not move when it appears (on a phone the Dutch share row wraps, and
 * everything below it was pushed down by a line).
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
      <button type="button" className={ready ? styles.button : `${styles.button} ${styles.waiting}`} onClick={copy}>
        {texts.button}
      </button>
      <span className={styles.status} role="status" aria-live="polite">
        {status}
      </span>
    </span>
  );
}
