/**
 * The image check and the photo's link preview. The check opens every local photo once, at build
 * time (and in `npm run check`), through sharp: it reads the header (format, size, EXIF orientation)
 * and makes a tiny placeholder, and names the file and field of anything wrong. Pages are handed
 * what it read (PhotoFacts, in the content snapshot) and never open a photo themselves; next/image's
 * optimizer makes the sizes readers get.
 */
import fs from "node:fs";
import path from "node:path";
import sharp, { type Metadata } from "sharp";
import { isLocalPhoto } from "../lib/photoAddresses";
import { missingPhotoMessage, photoFile } from "./photoFiles";
import { site } from "../lib/site";
import type { Article, ContentProblem, PhotoFacts, PhotoFocus } from "./model";
import { ProblemList, displayPath } from "./problems";

/** sharp's names of the formats the site shows as photos (AVIF is read as "heif"). */
const PHOTO_FORMATS: ReadonlySet<string> = new Set(["jpeg", "png", "webp", "heif"]);

/** Longest side of the placeholder, in pixels: a blur of it is all a reader sees before the photo. */
const PLACEHOLDER_SIZE = 10;

/** The middle of the photo: where a crop centres when the editor gave no focus. */
export const DEFAULT_FOCUS: PhotoFocus = { x: 50, y: 50 };

export interface PhotoCheck {
  problems: ContentProblem[];
  /** What was read of each local photo, by its `image` path. */
  facts: Map<string, PhotoFacts>;
}

/**
 * Checks every local photo of `articles` (each file once, however many articles show it) and
 * stores what it read on the articles' images (`image.facts`), for the snapshot. Errors and
 * warnings name the article's file and its `image` field.
 */
export async function checkPhotos(articles: readonly Article[], publicDir: string): Promise<PhotoCheck> {
  const users = new Map<string, Article[]>();
  for (const article of articles) {
    const src = article.image?.src;
    if (src && isLocalPhoto(src)) users.set(src, [...(users.get(src) ?? []), article]);
  }
  const problems = new ProblemList();
  const facts = new Map<string, PhotoFacts>();
  // One photo at a time: sharp runs its own threads, and the build's compiler shares the machine.
  for (const [src, shownBy] of users) {
    const result = await inspectPhoto(src, publicDir);
    for (const article of shownBy) {
      for (const { severity, message } of result.findings) {
        if (severity === "error") problems.error(article.file, "image", message);
        else problems.warning(article.file, "image", message);
      }
      if (result.facts && article.image) article.image.facts = result.facts;
    }
    if (result.facts) facts.set(src, result.facts);
  }
  return { problems: problems.items, facts };
}

interface Finding {
  severity: "error" | "warning";
  message: string;
}

/** Reads one local photo: what it is, its upright size and placeholder, and what is wrong with it. */
export async function inspectPhoto(
  src: string,
  publicDir: string,
): Promise<{ facts?: PhotoFacts; findings: Finding[] }> {
  const file = photoFile(src, publicDir);
  const shown = displayPath(file);
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === "ENOENT" ? missingPhotoMessage(src, publicDir) : `"${src}" cannot be read (${code ?? String(error)})`;
    return { findings: [{ severity: "error", message }] };
  }
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes).metadata();
  } catch {
    return {
      findings: [
        {
          severity: "error",
          message: `"${src}" is not an image (${shown} holds no picture sharp can read): save the photo as a JPEG, PNG, WebP or AVIF file`,
        },
      ],
    };
  }
  const format = String(metadata.format);
  if (!PHOTO_FORMATS.has(format) || (format === "heif" && metadata.compression !== "av1")) {
    const name = format === "svg" ? "an SVG drawing" : `a ${format.toUpperCase()} file`;
    return {
      findings: [
        {
          severity: "error",
          message: `"${src}" is ${name}, not a photo the site shows: save it as a JPEG, PNG, WebP or AVIF file`,
        },
      ],
    };
  }
  let placeholder: string;
  try {
    // Decoding the whole picture (shrunk on load) is what finds a truncated or damaged file.
    const tiny = await sharp(bytes, { failOn: "truncated" })
      .rotate()
      .resize(PLACEHOLDER_SIZE, PLACEHOLDER_SIZE, { fit: "inside" })
      .webp({ quality: 40 })
      .toBuffer();
    placeholder = `data:image/webp;base64,${tiny.toString("base64")}`;
  } catch (error) {
    return {
      findings: [
        {
          severity: "error",
          message: `"${src}" is damaged or cut off (${shown}: ${String((error as Error).message).split("\n")[0]}): export the photo again`,
        },
      ],
    };
  }
  // EXIF orientations 5 to 8 turn the picture a quarter: a phone's upright photo stored on its side.
  const sideways = (metadata.orientation ?? 1) >= 5;
  const width = sideways ? metadata.height : metadata.width;
  const height = sideways ? metadata.width : metadata.height;
  const findings: Finding[] = [];
  if (width < site.photoMinimumWidth) {
    findings.push({
      severity: "warning",
      message: `"${src}" is ${width}x${height} pixels: narrower than ${site.photoMinimumWidth}, it looks blurry across the article's column on a sharp screen; use a larger original`,
    });
  }
  if (bytes.length > site.photoMaximumBytes) {
    const megabytes = (bytes.length / 1024 / 1024).toFixed(1);
    findings.push({
      severity: "warning",
      message: `"${src}" is ${megabytes} MB: readers get it resized, but every original stays in the repository; export it at most ${site.photoMaximumBytes / 1024 / 1024} MB (about 3000 pixels wide at quality 85)`,
    });
  }
  return { facts: { format, width, height, placeholder }, findings };
}

/** Size of a link preview image (og:image), as the sharing services show it. */
export const PHOTO_PREVIEW_WIDTH = 1200;
export const PHOTO_PREVIEW_HEIGHT = 630;

/**
 * The link preview of a local photo: a 1200x630 JPEG crop around its focus, upright. Made on the
 * preview's first request and kept by Next's cache like the drawn cards; the quality keeps a
 * detailed photo well under 200 KB.
 */
export async function photoPreviewJpeg(src: string, focus: PhotoFocus | undefined, publicDir: string): Promise<Buffer> {
  const file = photoFile(src, publicDir);
  const metadata = await sharp(file).metadata();
  const sideways = (metadata.orientation ?? 1) >= 5;
  const width = sideways ? metadata.height : metadata.width;
  const height = sideways ? metadata.width : metadata.height;
  // Scale so the photo covers 1200x630, then cut the window centred on the focus, kept inside the photo.
  const scale = Math.max(PHOTO_PREVIEW_WIDTH / width, PHOTO_PREVIEW_HEIGHT / height);
  const scaledWidth = Math.max(PHOTO_PREVIEW_WIDTH, Math.round(width * scale));
  const scaledHeight = Math.max(PHOTO_PREVIEW_HEIGHT, Math.round(height * scale));
  const { x, y } = focus ?? DEFAULT_FOCUS;
  const left = clamp(
    Math.round((scaledWidth * x) / 100 - PHOTO_PREVIEW_WIDTH / 2),
    0,
    scaledWidth - PHOTO_PREVIEW_WIDTH,
  );
  const top = clamp(
    Math.round((scaledHeight * y) / 100 - PHOTO_PREVIEW_HEIGHT / 2),
    0,
    scaledHeight - PHOTO_PREVIEW_HEIGHT,
  );
  return sharp(file)
    .rotate()
    .resize(scaledWidth, scaledHeight)
    .extract({ left, top, width: PHOTO_PREVIEW_WIDTH, height: PHOTO_PREVIEW_HEIGHT })
    .flatten({ background: "#ffffff" })
    .jpeg({ quality: 78, mozjpeg: true })
    .toBuffer();
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

const NOT_FOUND_CACHE_CONTROL = "private, no-cache, no-store, max-age=0, must-revalidate";

/**
 * The answer at an article's photo preview address: the crop of its local photo, or a 404 that no
 * cache keeps (no such article, or one without a local photo: those share their drawn card or the
 * remote photo itself). Reads public/ of the directory the server runs in, as Next serves it.
 */
export async function photoPreviewResponse(article: Article | undefined): Promise<Response> {
  const src = article?.image?.src;
  if (!src || !isLocalPhoto(src)) {
    return new Response("Not found\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": NOT_FOUND_CACHE_CONTROL },
    });
  }
  const publicDir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "public");
  const jpeg = await photoPreviewJpeg(src, article.image?.focus, publicDir);
  return new Response(new Uint8Array(jpeg), {
    headers: { "Content-Type": "image/jpeg", "Cache-Control": "public, max-age=86400, stale-while-revalidate=604800" },
  });
}
