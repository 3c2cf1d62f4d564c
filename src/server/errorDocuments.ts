/**
 * The 404 documents the front door sends: the very HTML `next build` rendered for each edition's
 * 404 page, read from the build output on first use and kept in memory with its gzip twin, so a
 * 404 costs no render and is the site's real page (with `lang`, its heading and text readable
 * without JavaScript), never Next's empty error shell of a 404 decided inside a page.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { Edition } from "@/lib/editions";
import { dutchNotFoundDocumentPath } from "@/lib/routes";
import { buildOutputDirName } from "@/lib/site";

export interface ErrorDocument {
  html: Buffer;
  gzip: Buffer;
}

const documents = new Map<Edition, ErrorDocument>();

/** Where `next build` wrote an edition's 404 page, relative to the build output's prerendered pages. */
function prerenderedFileOf(edition: Edition): string {
  // English: Next's own 404 of an address that matches no route (app/global-not-found.tsx), so both answers are one document.
  return edition === "en" ? "_not-found.html" : `${dutchNotFoundDocumentPath().slice(1)}.html`;
}

export function notFoundDocument(edition: Edition): ErrorDocument {
  let document = documents.get(edition);
  if (!document) {
    const file = path.join(process.cwd(), buildOutputDirName(), "server", "app", prerenderedFileOf(edition));
    const html = fs.readFileSync(file);
    document = { html, gzip: zlib.gzipSync(html) };
    documents.set(edition, document);
  }
  return document;
}
