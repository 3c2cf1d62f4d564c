import styles from "./FeedLink.module.css";

interface FeedLinkProps {
  href: string;
  label: string;
}

/** A visible link to a feed, for readers who follow news in a feed reader. */
export function FeedLink({ href, label }: FeedLinkProps) {
  return (
    <p className={styles.feed}>
      <a href={href} type="application/rss+xml">
        {label}
      </a>
    </p>
  );
}
