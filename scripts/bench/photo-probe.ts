/**
 * The photo figures of issue 19, against a running site built from the bench corpus: the bytes a
 * phone (390 CSS px at device pixel ratio 3, accepting AVIF) gets for the lead photo, a card and all
 * of /news; the photo's link preview; 1,000 optimizer requests the pages never make (each must be a
 * 400 and write nothing); the optimizer's disk cache after every configured width of every corpus
 * photo in both formats; and the image check's time, the only work photos add to a build.
 */
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { loadContent } from "../../src/content/load";
import { checkPhotos } from "../../src/content/photos";
import { PHOTO_WIDTHS } from "../../src/lib/photoAddresses";
import { site } from "../../src/lib/site";
import { BENCH_PHOTOS, benchPhotoPath } from "./corpus";

export interface PhotoFigures {
  articleRoute: string;
  /** Whether the article's HTML preloads its photo (`<link rel="preload" as="image" imagesrcset>`). */
  preloaded: boolean;
  /** The width the phone picks for the lead photo, and its AVIF bytes. */
  leadWidth: number;
  leadBytes: number;
  /** Every card photo of /news as the phone gets it. */
  cardBytes: number[];
  /** Every image of /news at 390 px (the cards' photos). */
  newsImageBytes: number;
  preview: { format: string; width: number; height: number; bytes: number };
  rejected: { requests: number; badRequests: number; cacheFilesBefore: number; cacheFilesAfter: number };
  cache: { variants: number; bytes: number; boundBytes: number };
  checkMs: number;
  checkedPhotos: number;
}

/** A phone: 390 CSS px wide at device pixel ratio 3. */
const PHONE_PIXELS = 390 * 3;
const AVIF = { accept: "image/avif,image/webp,*/*" };

function optimizerUrl(base: string, src: string, width: number, quality: number = site.photoQuality): string {
  return `${base}/_next/image?url=${encodeURIComponent(src)}&w=${width}&q=${quality}`;
}

async function bytesOf(
  url: string,
  headers: Record<string, string> = AVIF,
): Promise<{ status: number; bytes: number; type: string }> {
  const response = await fetch(url, { headers });
  const body = await response.arrayBuffer();
  return { status: response.status, bytes: body.byteLength, type: response.headers.get("content-type") ?? "" };
}

/** What a browser picks from a srcset: the smallest width at least the pixels needed, else the largest. */
function pick(widths: number[], pixels: number): number {
  const sorted = [...widths].sort((a, b) => a - b);
  return sorted.find((width) => width >= pixels) ?? sorted[sorted.length - 1];
}

function filesUnder(folder: string): { count: number; bytes: number } {
  if (!fs.existsSync(folder)) return { count: 0, bytes: 0 };
  let count = 0;
  let bytes = 0;
  for (const name of fs.readdirSync(folder, { recursive: true }) as string[]) {
    const stat = fs.statSync(path.join(folder, name));
    if (stat.isFile()) {
      count++;
      bytes += stat.size;
    }
  }
  return { count, bytes };
}

export async function measurePhotos(
  baseUrl: string,
  contentDir: string,
  distDir: string,
  publicDir: string,
): Promise<PhotoFigures | undefined> {
  const content = loadContent(contentDir, { warnings: false });
  const started = performance.now();
  const check = await checkPhotos(content.articles, publicDir);
  const checkMs = performance.now() - started;
  const withPhoto = content.articles
    .filter((article) => !article.draft && article.image)
    .sort((a, b) => b.date.epochMs - a.date.epochMs)[0];
  if (!withPhoto) return undefined;
  const articleRoute = `/news/${withPhoto.slug}`;
  const html = await (await fetch(`${baseUrl}${articleRoute}`)).text();
  const srcset =
    /<img[^>]*srcSet="([^"]+)"[^>]*>/i.exec(html)?.[1] ?? /<img[^>]*srcset="([^"]+)"/i.exec(html)?.[1] ?? "";
  const leadWidths = [...srcset.matchAll(/w=(\d+)/g)].map((match) => Number(match[1]));
  const leadWidth = pick(leadWidths.length ? leadWidths : site.photoWidths.slice(), PHONE_PIXELS);
  const lead = await bytesOf(optimizerUrl(baseUrl, withPhoto.image!.src, leadWidth));

  // The cards: a 3:2 photo 80 px high shows 120 px of width: the phone needs 360 pixels.
  const news = await (await fetch(`${baseUrl}/news`)).text();
  const cardSources = [...news.matchAll(/<img[^>]*src="\/_next\/image\?url=([^&"]+)&amp;w=\d+&amp;q=\d+"/g)].map(
    (match) => decodeURIComponent(match[1]),
  );
  const cardWidth = pick([...site.photoCardWidths], 120 * 3);
  const cardBytes: number[] = [];
  for (const src of cardSources) cardBytes.push((await bytesOf(optimizerUrl(baseUrl, src, cardWidth))).bytes);

  const previewResponse = await fetch(`${baseUrl}${articleRoute}/photo.jpg`);
  const previewBytes = Buffer.from(await previewResponse.arrayBuffer());
  const previewMeta = await sharp(previewBytes)
    .metadata()
    .catch(() => ({ format: "none", width: 0, height: 0 }));

  const cacheFolder = path.join(distDir, "cache", "images");
  const cacheFilesBefore = filesUnder(cacheFolder).count;
  const photo = benchPhotoPath(BENCH_PHOTOS[0].name);
  const strangers: string[] = [];
  for (let i = 0; strangers.length < 1000; i++) {
    const kind = i % 5;
    if (kind === 0)
      strangers.push(optimizerUrl(baseUrl, photo, PHOTO_WIDTHS.includes(100 + i) ? 101 + i : 100 + i)); // widths no page uses
    else if (kind === 1)
      strangers.push(
        optimizerUrl(baseUrl, photo, 640, 1 + (i % 100) === site.photoQuality ? site.photoQuality + 1 : 1 + (i % 100)),
      ); // qualities
    else if (kind === 2)
      strangers.push(optimizerUrl(baseUrl, `https://example-${i}.org/x.jpg`, 640)); // hosts
    else if (kind === 3)
      strangers.push(optimizerUrl(baseUrl, `/images/bench/./${BENCH_PHOTOS[0].name}.jpg?v=${i}`, 640)); // spellings
    else strangers.push(`${optimizerUrl(baseUrl, photo, 640)}&x=${i}`); // extra parameters
  }
  let badRequests = 0;
  for (const url of strangers) if ((await bytesOf(url)).status === 400) badRequests++;
  const cacheFilesAfter = filesUnder(cacheFolder).count;

  let variants = 0;
  for (const { name } of BENCH_PHOTOS) {
    for (const width of PHOTO_WIDTHS) {
      for (const accept of ["image/avif", "image/webp"]) {
        await bytesOf(optimizerUrl(baseUrl, benchPhotoPath(name), width), { accept });
        variants++;
      }
    }
  }
  return {
    articleRoute,
    preloaded: /<link rel="preload"[^>]*as="image"[^>]*imageSrcSet="\/_next\/image/i.test(html),
    leadWidth,
    leadBytes: lead.bytes,
    cardBytes,
    newsImageBytes: cardBytes.reduce((sum, bytes) => sum + bytes, 0),
    preview: {
      format: String(previewMeta.format),
      width: previewMeta.width ?? 0,
      height: previewMeta.height ?? 0,
      bytes: previewBytes.length,
    },
    rejected: { requests: strangers.length, badRequests, cacheFilesBefore, cacheFilesAfter },
    cache: { variants, bytes: filesUnder(cacheFolder).bytes, boundBytes: site.photoCacheBytes },
    checkMs,
    checkedPhotos: check.facts.size,
  };
}
