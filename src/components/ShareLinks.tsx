import { CopyLinkButton } from "./CopyLinkButton";
import { TitledSection } from "./TitledSection";
import styles from "./ShareLinks.module.css";

interface ShareLinksProps {
  /** Absolute URL of the page being shared. */
  url: string;
  title: string;
}

/** Share on LinkedIn, X, e-mail and WhatsApp: plain links that work without JavaScript; then "Copy link". */
export function ShareLinks({ url, title }: ShareLinksProps) {
  const u = encodeURIComponent(url);
  const links = [
    { name: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: "X", href: `https://x.com/intent/post?text=${encodeURIComponent(title)}&url=${u}` },
    { name: "E-mail", href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n\n${url}`)}` },
    { name: "WhatsApp", href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
  ];
  return (
    <TitledSection id="share-heading" title="Share this article" className={styles.share} headingClassName={styles.heading}>
      <ul className={styles.list}>
        {links.map((link) => (
          <li key={link.name}>
            <a href={link.href} className={styles.link} rel="noopener noreferrer" target={link.name === "E-mail" ? undefined : "_blank"}>
              {link.name}
              {link.name !== "E-mail" && <span className="visually-hidden"> (opens in a new tab)</span>}
            </a>
          </li>
        ))}
        <li>
          <CopyLinkButton url={url} />
        </li>
      </ul>
    </TitledSection>
  );
}
