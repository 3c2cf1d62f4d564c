import type { ArticleImage as ArticleImageData } from "@/content/model";
import styles from "./ArticleImage.module.css";

interface ArticleImageProps {
  image: ArticleImageData;
  /** The image is the page's main visual: load it first. */
  priority?: boolean;
}

/**
 * An article's image. A plain <img>: editors give a path or an https URL without
 * dimensions, so the frame fixes the aspect ratio to keep the layout from shifting.
 */
export function ArticleImage({ image, priority = false }: ArticleImageProps) {
  return (
    <figure className={styles.frame}>
      {/* eslint-disable-next-line @next/next/no-img-element -- editors' images have no known dimensions */}
      <img
        src={image.src}
        alt={image.alt}
        className={styles.image}
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority ? "high" : undefined}
        decoding="async"
      />
    </figure>
  );
}
