import { getImageProps } from "next/image";
import type { ArticleImage, PhotoFocus } from "@/content/model";
import { site } from "@/lib/site";
import focusStyles from "./PhotoFocus.module.css";

/** The classes that set a crop's object-position to the photo's focus, rounded to 5%. */
export function focusClasses(focus: PhotoFocus | undefined): string {
  const step = (value: number) => Math.round(value / 5) * 5;
  const { x, y } = focus ?? { x: 50, y: 50 };
  return [focusStyles.focus, focusStyles[`x${step(x)}`], focusStyles[`y${step(y)}`]].join(" ");
}

/**
 * The <img> attributes next/image computes for a photo (src, srcset, sizes through the optimizer,
 * width and height), without its inline `style`: the site's Content-Security-Policy allows no
 * inline styles, and the components' CSS does what that style would. A photo whose size the build
 * did not read (a remote one, or any in the editors' preview) gets a nominal 3:2 size: its frame
 * crops it to that shape, so nothing shifts either.
 */
export function photoImgProps(image: ArticleImage, alt: string, sizes: string, preload: boolean) {
  const { width, height } = image.facts ?? { width: 1500, height: 1000 };
  const { props } = getImageProps({
    src: image.src,
    alt,
    width,
    height,
    sizes,
    quality: site.photoQuality,
    preload,
    loading: preload ? "eager" : "lazy",
    fetchPriority: preload ? "high" : undefined,
  });
  const attributes: Partial<typeof props> = { ...props };
  delete attributes.style;
  return attributes as Omit<typeof props, "style">;
}
