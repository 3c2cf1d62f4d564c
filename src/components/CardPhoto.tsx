import type { ArticleImage } from "@/content/model";
import { focusClasses, photoImgProps } from "./photoProps";
import styles from "./CardPhoto.module.css";

/** The crop's width in the layout (CardPhoto.module.css): 120 px for a 3:2 photo 80 px high; the browser picks a 240 or 480 pixel wide photo. */
const CARD_PHOTO_SIZES = "7.5rem";

/**
 * A small square crop of an article's photo around its focus, beside the card's title. Decorative
 * (empty alt): the title beside it names the article, and its description is on the article's page.
 */
export function CardPhoto({ image }: { image: ArticleImage }) {
  const { alt, ...img } = photoImgProps(image, "", CARD_PHOTO_SIZES, false);
  // eslint-disable-next-line @next/next/no-img-element -- next/image's own attributes (getImageProps)
  return <img {...img} alt={alt} className={`${styles.photo} ${focusClasses(image.focus)}`} />;
}
