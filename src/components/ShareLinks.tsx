import type { Edition } from "@/lib/editions";
import { translator } from "@/i18n/translator";
import { CopyLinkButton } from "./CopyLinkButton";
import { TitledSection } from "./TitledSection";
import styles from "./ShareLinks.module.css";

interface ShareLinksProps {
  /** Absolute URL of the page being shared. */
  url: string;
  title: string;
  edition: Edition;
}

/** Share on LinkedIn, X, e-mail and WhatsApp: plain links that work without JavaScript; then "Copy link". */
export function ShareLinks({ url, title, edition }: ShareLinksProps) {
  const t = translator(edition, "share");
  const copy = translator(edition, "copyLink");
  const u = encodeURIComponent(url);
  // By id, not by label: the e-mail link opens the reader's mail program, not a new tab, whatever it is called.
  const links = [
    { id: "linkedin", name: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { id: "x", name: "X", href: `https://x.com/intent/post?text=${encodeURIComponent(title)}&url=${u}` },
    {
      id: "email",
      name: t("email"),
      href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n\n${url}`)}`,
    },
    { id: "whatsapp", name: "WhatsApp", href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
  ];
  return (
    <TitledSection id="share-heading" title={t("heading")} className={styles.share} headingClassName={styles.heading}>
      <ul className={styles.list}>
        {links.map((link) => (
          <li key={link.id}>
            <a
              href={link.href}
              className={styles.link}
              rel="noopener noreferrer"
              target={link.id === "email" ? undefined : "_blank"}
            >
              {link.name}
              {link.id !== "email" && <span className="visually-hidden">{t("newTab")}</span>}
            </a>
          </li>
        ))}
        <li>
          <CopyLinkButton url={url} texts={{ button: copy("button"), done: copy("done"), failed: copy("failed") }} />
        </li>
      </ul>
    </TitledSection>
  );
}
