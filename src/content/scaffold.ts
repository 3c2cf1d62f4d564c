/**
 * A new article for `npm run new`: the slug from the title, and a file that
 * passes the check at once, with every optional field present but commented.
 */
import fs from "node:fs";
import path from "node:path";
import slugify from "@sindresorhus/slugify";
import { now } from "../lib/clock";
import { siteDayAt } from "../lib/dates";
import { PLACEHOLDER_TEXT, TEMPLATE_EVENT } from "./editorWarnings";

/** Longest slug made from a title; longer titles are cut at a word boundary. */
export const MAX_SLUG_LENGTH = 80;

/** Lower case, accents folded, punctuation dropped, words joined by hyphens, at most 80 characters. */
export function slugForTitle(title: string): string {
  const full = slugify(title);
  if (full.length <= MAX_SLUG_LENGTH) return full;
  const cut = full.slice(0, MAX_SLUG_LENGTH + 1);
  const lastBreak = cut.lastIndexOf("-");
  // One word longer than the limit is cut where it must be.
  return (lastBreak > 0 ? cut.slice(0, lastBreak) : full.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, "");
}

/** The text of a new article: title and date set, every optional field commented, a placeholder body. */
export function articleTemplate(title: string, day: string): string {
  return `---
title: ${JSON.stringify(title)}
date: ${day}
# Remove the # in front of a line to use that field. Every field is explained in docs/EDITING.md.
# date can carry a time to publish later by itself: date: ${day}T09:00 (Amsterdam time)
# author: HSD Foundation
# summary: One or two sentences for cards and link previews (at most 300 characters).
# themes: [cyber-security, smart-society]
# partners: [vng]
# image: /images/photo.jpg
# imageAlt: What the photo shows, for readers who cannot see it
# draft: true
# updated: ${day}
# aliases: [an-old-address-of-this-article]
# An event: remove the # in front of event: and of the lines under it that you need (keep their indent).
# Without a time it lasts all day; end is optional. Give a location, an online link, or both.
# event:
#   start: ${day}T14:00
#   end: ${day}T17:00
#   location: ${TEMPLATE_EVENT.location}
#   address: ${TEMPLATE_EVENT.address}
#   online: ${TEMPLATE_EVENT.online}
#   registration: ${TEMPLATE_EVENT.registration}
---

${PLACEHOLDER_TEXT}

## A subheading

More text.
`;
}

export class NewArticleError extends Error {}

export interface NewArticle {
  slug: string;
  /** Absolute path of the file written. */
  file: string;
}

/** Writes news/<slug>.md in the content folder; never overwrites an existing file. */
export function createArticle(title: string, contentDir: string, at: number = now()): NewArticle {
  const trimmed = title.trim();
  if (!trimmed) throw new NewArticleError('Give the title of the article: npm run new -- "Title of the article"');
  const slug = slugForTitle(trimmed);
  if (!slug) throw new NewArticleError(`"${trimmed}" has no letters or digits to make an address from; use a title with words in it`);
  const newsDir = path.join(contentDir, "news");
  if (!fs.existsSync(newsDir)) throw new NewArticleError(`${newsDir} does not exist: is CONTENT_DIR right?`);
  const file = path.join(newsDir, `${slug}.md`);
  try {
    fs.writeFileSync(file, articleTemplate(trimmed, siteDayAt(at)), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new NewArticleError(`${file} already exists; nothing was changed. Choose another title, or edit that file.`);
    }
    throw error;
  }
  return { slug, file };
}
