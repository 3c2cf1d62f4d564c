import { site } from "./site";

/**
 * The address of a photo under public/images/: lower-case letters, digits, hyphens and underscores,
 * in sub-folders or not, one extension of a photo format. The check accepts only such names
 * (src/content/schema.ts) and the image optimizer serves only them, each under one spelling.
 */
export const LOCAL_PHOTO_PATTERN = /^\/images\/(?:[a-z0-9_-]+\/)*[a-z0-9_-]+\.(?:jpg|jpeg|png|webp|avif)$/;

/** A local photo, as the site serves it: a path under public/, not an https:// URL. */
export function isLocalPhoto(src: string): boolean {
  return src.startsWith("/");
}

/** The widths next/image asks the optimizer for (next.config.ts `images`): the cards' and the articles'. */
export const PHOTO_WIDTHS: readonly number[] = [...site.photoCardWidths, ...site.photoWidths];

/**
 * Whether an image optimizer request is spelled exactly as the pages spell it: `url`, `w` and `q`
 * and nothing else, a configured width and the one quality written without leading zeros, and a
 * photo address in its one form (a local name as LOCAL_PHOTO_PATTERN, or an https URL on an
 * allowed host exactly as the URL parser writes it). Next's own checks accept other spellings of
 * the same photo (`/images/./x.jpg`, `/images//x.jpg`, `w=0640`), and it caches each under a key
 * of its own: refused here, they cannot fill the cache with copies.
 */
export function isPageImageRequest(params: URLSearchParams): boolean {
  const keys = [...params.keys()];
  if (keys.length !== 3 || !params.has("url") || !params.has("w") || !params.has("q")) return false;
  const width = params.get("w")!;
  if (!PHOTO_WIDTHS.some((allowed) => String(allowed) === width)) return false;
  if (params.get("q") !== String(site.photoQuality)) return false;
  const url = params.get("url")!;
  if (url.startsWith("/")) return LOCAL_PHOTO_PATTERN.test(url);
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === "https:" &&
      (site.photoHosts as readonly string[]).includes(parsed.hostname) &&
      parsed.href === url &&
      !parsed.search &&
      !parsed.hash
    );
  } catch {
    return false;
  }
}
