/**
 * The documents the front door sends in place of a page. The 404s: the very HTML `next build`
 * rendered for each edition's 404 page, read from the build output on first use and kept in memory
 * with its gzip twin, so a 404 costs no render and is the site's real page (with `lang`, its heading
 * and text readable without JavaScript), never Next's empty error shell of a 404 decided inside a
 * page. The notices: small pages of the edition's catalogue, for answers that must cost nothing.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { catalogues } from "@/i18n/translator";
import type { Edition } from "@/lib/editions";
import { dutchNotFoundDocumentPath, homePath } from "@/lib/routes";
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

/** A notice with a title, a sentence and the way back to the news: small, self-contained, no script. */
interface Notice {
  title: string;
  body: string;
  home: string;
}

/** A one-screen page in the edition's language, for answers that must cost nothing (and for nginx's own). */
export function noticeDocument(edition: Edition, { title, body, home }: Notice): string {
  return `<!doctype html><html lang="${edition}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><p>${body}</p><p><a href="${homePath(edition)}">${home}</a></p></main></body></html>`;
}

const busySearchDocuments = new Map<Edition, Buffer>();

/** The page of a search refused because the server is rendering as many as it takes (./searchRenders.ts). */
export function busySearchDocument(edition: Edition): Buffer {
  let document = busySearchDocuments.get(edition);
  if (!document)
    busySearchDocuments.set(edition, (document = Buffer.from(noticeDocument(edition, catalogues[edition].busySearch))));
  return document;
}
