import type { ArticleImage as ArticleImageData } from "@/content/model";
import styles from "./ArticleImage.module.css";

interface ArticleImageProps {
  image: ArticleImageData;
  /** The image is the page's main visual: load it first. */
  priority?: boolean;
  /** The alt text's language where it differs from the page's. */
  lang?: string;
}

/**
 * An article's image. A plain <img>: editors give a path or an https URL without
 * dimensions, so the frame fixes the aspect ratio to keep the layout from shifting.
 */
export function ArticleImage({ image, priority = false, lang }: ArticleImageProps) {
  return (
    <figure className={styles.frame}>
      {/* eslint-disable-next-line @next/next/no-img-element -- editors' images have no known dimensions */}
      <img
        src={image.src}
        alt={image.alt}
        lang={lang}
        className={styles.image}
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority ? "high" : undefined}
        decoding="async"
      />
    </figure>
  );
}
