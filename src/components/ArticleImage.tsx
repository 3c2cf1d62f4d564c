import { preload as preloadResource } from "react-dom";
import type { ArticleImage as ArticleImageData } from "@/content/model";
import type { Edition } from "@/lib/editions";
import { translator } from "@/i18n/translator";
import { focusClasses, photoImgProps } from "./photoProps";
import styles from "./ArticleImage.module.css";

interface ArticleImageProps {
  image: ArticleImageData;
  /** The description in the edition's language where there is one. */
  alt: string;
  caption?: string;
  edition: Edition;
  /** The page's main image: preloaded and fetched first. */
  priority?: boolean;
  /** The language of the alt text and of the caption where it differs from the page's. */
  altLang?: string;
  captionLang?: string;
  /** The width the photo takes in the layout, for the browser to pick its size (the `sizes` attribute). */
  sizes?: string;
}

/** The blurred placeholder repeats the photo: nothing for a screen reader to announce. */
const PLACEHOLDER_ALT = "";

/** The article column's width: the whole screen on a phone, at most the text's measure (globals.css). */
export const ARTICLE_PHOTO_SIZES = "(max-width: 44rem) 100vw, 42rem";

/**
 * An article's photo through next/image's optimizer (AVIF or WebP as the browser accepts, the
 * width the layout needs), with its size set so nothing shifts while it loads, a blurred
 * placeholder under it, and its caption and credit below.
 */
export function ArticleImage({
  image,
  alt,
  caption,
  edition,
  priority = false,
  altLang,
  captionLang,
  sizes = ARTICLE_PHOTO_SIZES,
}: ArticleImageProps) {
  const img = photoImgProps(image, alt, sizes, priority);
  if (priority && img.srcSet)
    preloadResource(img.src, { as: "image", imageSrcSet: img.srcSet, imageSizes: img.sizes, fetchPriority: "high" });
  const t = translator(edition, "photo");
  const measured = image.facts !== undefined;
  return (
    <figure className={styles.figure}>
      <div className={`${styles.frame} ${measured ? "" : styles.fixedShape}`}>
        {image.facts && (
          // eslint-disable-next-line @next/next/no-img-element -- a few hundred bytes inline, blurred under the photo while it loads
          <img
            src={image.facts.placeholder}
            alt={PLACEHOLDER_ALT}
            className={styles.placeholder}
            width={image.facts.width}
            height={image.facts.height}
            decoding="async"
          />
        )}
        {/* eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- next/image's own attributes (getImageProps), alt included */}
        <img {...img} lang={altLang} className={`${styles.image} ${focusClasses(image.focus)}`} />
      </div>
      {(caption || image.credit) && (
        <figcaption className={styles.caption}>
          {caption && <span lang={captionLang}>{caption}</span>}
          {caption && image.credit && " "}
          {image.credit && <span className={styles.credit}>{t("credit", { credit: image.credit })}</span>}
        </figcaption>
      )}
    </figure>
  );
}
