/**
 * Content folders for end-to-end builds, made in a temporary folder so tests
 * never write into content/.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "./site";

/** A fresh temporary folder for one test run's content. */
export function tempContentDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `hsd-${label}-`));
}

/**
 * The real content plus enough older archive items to fill a second page of
 * "All latest news", so pagination is exercised against the real articles.
 */
export function realContentWithArchive(archiveCount = 9): string {
  const dir = tempContentDir("e2e");
  fs.cpSync(path.join(projectRoot, "content"), dir, { recursive: true });
  for (let i = 1; i <= archiveCount; i++) {
    const day = String(i).padStart(2, "0");
    fs.writeFileSync(
      path.join(dir, "news", `archive-item-${i}.md`),
      `---\ntitle: Archive item ${i}\ndate: 2018-01-${day}\n---\n\nAn older announcement kept in the archive, number ${i}.\n`,
    );
  }
  return dir;
}

/** Events from tests/fixtures/events that the main e2e site carries (see that folder's README). */
export const MAIN_SITE_EVENTS = [
  "hsd-cafe-cyber-resilience",
  "data-ethics-webinar",
  "security-innovation-days-2025",
] as const;

/**
 * Adds those events to a content folder: an upcoming one with a place and registration, an
 * online one and a past one under the real clock (their events are in 2030 and 2025, their
 * publication dates before today), so the quality gates see the event box, /events and the
 * home page's upcoming events. The real content has no event: the seed gives no day and place.
 */
export function addMainSiteEvents(dir: string): void {
  for (const slug of MAIN_SITE_EVENTS) {
    fs.copyFileSync(
      path.join(projectRoot, "tests/fixtures/events/news", `${slug}.md`),
      path.join(dir, "news", `${slug}.md`),
    );
  }
}

/** Where the e2e photos are made for a run: under public/, as Next serves only that folder (ignored by git). */
export const E2E_PHOTO_DIR = path.join(projectRoot, "public", "images", "e2e");

/** The articles with photos of tests/fixtures/photos (see its README). */
export const MAIN_SITE_PHOTO_ARTICLES = { harbour: "e2e-harbour-photo", upright: "e2e-upright-phone-photo" } as const;

/**
 * A 3000x2000 JPEG, red on its left quarter and blue elsewhere, so that which part of it a crop
 * or a rotation shows can be told from its pixels; `orientation` stores it with that EXIF tag.
 */
export async function markedPhoto(orientation?: number): Promise<Buffer> {
  const { default: sharp } = await import("sharp");
  const red = await sharp({ create: { width: 750, height: 2000, channels: 3, background: "#d00000" } })
    .png()
    .toBuffer();
  const photo = sharp({ create: { width: 3000, height: 2000, channels: 3, background: "#1040c0" } })
    .composite([{ input: red, left: 0, top: 0 }])
    .jpeg({ quality: 80 });
  return orientation ? photo.withMetadata({ orientation }).toBuffer() : photo.toBuffer();
}

/**
 * Adds the articles of tests/fixtures/photos to a content folder and makes their photos in
 * public/images/e2e/: the harbour photo, and the phone photo stored on its side (EXIF orientation
 * 6: turned a quarter clockwise to be upright, so its red left quarter becomes its top).
 */
export async function addMainSitePhotos(dir: string): Promise<void> {
  const fixture = path.join(projectRoot, "tests/fixtures/photos/news");
  for (const name of fs.readdirSync(fixture)) fs.copyFileSync(path.join(fixture, name), path.join(dir, "news", name));
  fs.mkdirSync(E2E_PHOTO_DIR, { recursive: true });
  fs.writeFileSync(path.join(E2E_PHOTO_DIR, "harbour.jpg"), await markedPhoto());
  fs.writeFileSync(path.join(E2E_PHOTO_DIR, "upright-phone.jpg"), await markedPhoto(6));
}

export function removeMainSitePhotos(): void {
  fs.rmSync(E2E_PHOTO_DIR, { recursive: true, force: true });
}
