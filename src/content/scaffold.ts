/**
 * A new article for `npm run new`: the slug from the title, and a file that
 * passes the check at once, with every optional field present but commented.
 * And a new translation for `npm run new -- --nl <slug>`: `<slug>.nl.md` made
 * from its original, likewise passing the check at once.
 */
import fs from "node:fs";
import path from "node:path";
import slugify from "@sindresorhus/slugify";
import { now } from "../lib/clock";
import { siteDayAt } from "../lib/dates";
import { PLACEHOLDER_TEXT, PLACEHOLDER_TEXT_NL, TEMPLATE_EVENT } from "./editorWarnings";
import { splitFrontMatter } from "./frontMatter";
import { displayPath, ProblemList } from "./problems";
import { INHERITED_FIELDS, SLUG_PATTERN } from "./schema";
import { closestMatch } from "./suggest";

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
# image: /images/harbour-2026.jpg (a photo under public/images/, at least 1280 pixels wide; or https:// from an allowed host)
# imageAlt: What the photo shows, for readers who cannot see it
# imageCaption: A line shown under the photo
# imageCredit: Who took the photo (required for a photo from another site)
# imageFocus: "50% 50%" (the point every crop keeps in view: across, then down)
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
  if (!slug)
    throw new NewArticleError(
      `"${trimmed}" has no letters or digits to make an address from; use a title with words in it`,
    );
  const newsDir = path.join(contentDir, "news");
  if (!fs.existsSync(newsDir)) throw new NewArticleError(`${newsDir} does not exist: is CONTENT_DIR right?`);
  const file = path.join(newsDir, `${slug}.md`);
  try {
    fs.writeFileSync(file, articleTemplate(trimmed, siteDayAt(at)), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new NewArticleError(
        `${file} already exists; nothing was changed. Choose another title, or edit that file.`,
      );
    }
    throw error;
  }
  return { slug, file };
}

/** What a translation's template takes from its original. */
export interface TranslationSource {
  slug: string;
  title: string;
  summary?: string;
  hasImage: boolean;
  draft: boolean;
}

/**
 * The text of a new Dutch translation: the original's title and summary for the translator to
 * overwrite, a note on what not to copy, the optional fields commented, the draft flag when the
 * original is a draft (they must agree), and a placeholder body the check warns about.
 */
export function translationTemplate(source: TranslationSource, day: string): string {
  const lines = [
    "---",
    `# The Dutch translation of ${source.slug}.md. Translate the title${source.summary ? " and the summary" : ""} below (copied from the English).`,
    `# ${INHERITED_FIELDS.slice(0, -1).join(", ")} and ${INHERITED_FIELDS[INHERITED_FIELDS.length - 1]} come from ${source.slug}.md: do not add them here.`,
    '# Remove the # in front of a line to use that field; docs/EDITING.md explains each ("Translating an article").',
    `title: ${JSON.stringify(source.title)}`,
    source.summary
      ? `summary: ${JSON.stringify(source.summary)}`
      : "# summary: Een of twee zinnen voor de kaarten en linkvoorbeelden (hoogstens 300 tekens).",
    "# author: Stichting HSD (without it, the author of the English article is shown)",
    ...(source.hasImage
      ? [
          "# imageAlt: Wat de foto laat zien, in het Nederlands",
          "# imageCaption: Het onderschrift bij de foto, in het Nederlands",
        ]
      : []),
    `# updated: ${day}`,
    ...(source.draft
      ? [
          `# ${source.slug}.md is a draft, so its translation is one too: to publish, remove draft from both files.`,
          "draft: true",
        ]
      : []),
    "---",
    "",
    PLACEHOLDER_TEXT_NL,
    "",
    "## Een tussenkop",
    "",
    "Meer tekst.",
    "",
  ];
  return lines.join("\n");
}

/** `foo`, `foo.md`, `foo.nl.md` or `content/news/foo.md`: the slug meant. */
function slugOfArgument(argument: string): string {
  return path.basename(argument.trim()).replace(/(\.nl)?\.md$/, "");
}

/** The original's title, summary, image and draft flag, read from its front matter; an error names what keeps it from being read. */
function readSource(file: string, slug: string): TranslationSource {
  const problems = new ProblemList();
  const split = splitFrontMatter(fs.readFileSync(file, "utf8"), displayPath(file), problems);
  const title = split?.data.title;
  if (!split || typeof title !== "string") {
    const problem = problems.items[0];
    throw new NewArticleError(
      `${displayPath(file)} cannot be translated yet: ${problem ? `${problem.field} ${problem.message}` : "it has no title"}. Fix it first (npm run check lists what is wrong).`,
    );
  }
  const { summary, image, draft } = split.data;
  return {
    slug,
    title,
    summary: typeof summary === "string" ? summary : undefined,
    hasImage: image !== undefined,
    draft: draft === true,
  };
}

/** Writes news/<slug>.nl.md from news/<slug>.md; never overwrites, and names an unknown slug with the closest one. */
export function createTranslation(argument: string, contentDir: string, at: number = now()): NewArticle {
  const slug = slugOfArgument(argument);
  if (!slug)
    throw new NewArticleError(
      "Give the address of the article to translate: npm run new -- --nl <slug> (its file name without .md)",
    );
  const newsDir = path.join(contentDir, "news");
  if (!fs.existsSync(newsDir)) throw new NewArticleError(`${newsDir} does not exist: is CONTENT_DIR right?`);
  const original = path.join(newsDir, `${slug}.md`);
  if (!SLUG_PATTERN.test(slug) || !fs.existsSync(original)) {
    const slugs = fs
      .readdirSync(newsDir)
      .flatMap((name) => (/^[^.]+\.md$/.test(name) ? [name.slice(0, -".md".length)] : []));
    const meant = closestMatch(slug, slugs);
    throw new NewArticleError(
      `There is no article ${displayPath(original)}${meant ? `; did you mean ${meant}? npm run new -- --nl ${meant}` : ": give the address of an existing article (its file name without .md)"}`,
    );
  }
  const file = path.join(newsDir, `${slug}.nl.md`);
  try {
    fs.writeFileSync(file, translationTemplate(readSource(original, slug), siteDayAt(at)), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new NewArticleError(
        `${displayPath(file)} already exists; nothing was changed. Edit that file to change the translation.`,
      );
    }
    throw error;
  }
  return { slug, file };
}
