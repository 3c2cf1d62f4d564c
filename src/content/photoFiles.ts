/**
 * Where a local photo's file is, and what the check says when it is not there: shared by the image
 * check (photos.ts, which opens every photo of a valid article) and the loader, which names the
 * missing photo of an article rejected for another reason in the same run.
 */
import fs from "node:fs";
import path from "node:path";
import { displayPath } from "./problems";

/** Where a local photo's file is: `/images/x.jpg` under `publicDir`. */
export function photoFile(src: string, publicDir: string): string {
  return path.join(publicDir, ...src.split("/").filter(Boolean));
}

export function missingPhotoMessage(src: string, publicDir: string): string {
  return `"${src}" is not a file under public/ (looked for ${displayPath(photoFile(src, publicDir))}): add the photo there, or correct the path`;
}

/** The error of a local photo that is not there; nothing for an https:// photo or one that is. */
export function reportMissingPhoto(
  src: string | undefined,
  publicDir: string,
  shownAs: string,
  problems: { error(file: string, field: string, message: string): void },
): void {
  if (src?.startsWith("/") && !fs.existsSync(photoFile(src, publicDir)))
    problems.error(shownAs, "image", missingPhotoMessage(src, publicDir));
}
