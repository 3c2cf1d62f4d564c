/**
 * What the check tells editors without stopping anything: a long summary, a logo
 * missing from public/, the placeholder text or example event of `npm run new` still in place, a
 * link to an article that does not exist or is a draft. `npm run check` and the build's content
 * step list them; the site's own index leaves them out.
 */
import fs from "node:fs";
import path from "node:path";
import { articlePath, articlePathPrefixes, linkedArticle, type Edition } from "../lib/routes";
import { siteUrl } from "../lib/site";
import type { Article, Partner } from "./model";
import { displayPath, type ProblemList } from "./problems";
import type { ArticleFrontMatter, TranslationFrontMatter } from "./schema";
import { closestMatch } from "./suggest";

/** The opening line `npm run new` writes into a new article's body; the check warns while it is still there. */
export const PLACEHOLDER_TEXT =
  "Write the first paragraph here: it is what readers see first, and the summary when none is given.";

/** The opening line `npm run new -- --nl` writes into a translation's body; the check warns while it is still there. */
export const PLACEHOLDER_TEXT_NL =
  "Schrijf hier de Nederlandse tekst van het artikel: vertaal de Engelse tekst alinea voor alinea.";

/** The example values of the event block `npm run new` writes; the check warns while one is still there. */
export const TEMPLATE_EVENT = {
  location: "Name of the venue",
  address: "Street and number, postcode and city",
  online: "https://example.org/join-online",
  registration: "https://example.org/register",
} as const;

/** Longest summary, in characters, before the check suggests shortening it. */
export const SUMMARY_WARNING_LENGTH = 300;

/** Warnings about one valid article: its summary and what `npm run new` left in it (its photo is the image check's: photos.ts). */
export function warnAboutArticle(
  frontMatter: Pick<ArticleFrontMatter, "summary"> & { event?: Partial<Record<keyof typeof TEMPLATE_EVENT, string>> },
  body: string,
  shownAs: string,
  problems: ProblemList,
) {
  if (frontMatter.summary && frontMatter.summary.length > SUMMARY_WARNING_LENGTH) {
    problems.warning(
      shownAs,
      "summary",
      `is ${frontMatter.summary.length} characters long; cards and link previews read best under ${SUMMARY_WARNING_LENGTH}`,
    );
  }
  if (body.includes(PLACEHOLDER_TEXT))
    problems.warning(shownAs, "body", "still has the placeholder text of npm run new: write the article");
  for (const field of Object.keys(TEMPLATE_EVENT) as (keyof typeof TEMPLATE_EVENT)[]) {
    if (frontMatter.event?.[field] === TEMPLATE_EVENT[field])
      problems.warning(
        shownAs,
        `event.${field}`,
        `still has the example value of npm run new ("${TEMPLATE_EVENT[field]}"): give the event's own`,
      );
  }
}

/**
 * Warnings about one valid translation: text still as `npm run new -- --nl` copied it from the
 * original, an image described in English only, a summary too long, and an original updated
 * since the translation was.
 */
export function warnAboutTranslation(
  frontMatter: Pick<TranslationFrontMatter, "title" | "summary" | "imageAlt" | "updated">,
  body: string,
  original: Article,
  shownAs: string,
  problems: ProblemList,
) {
  const originalName = `${original.slug}.md`;
  if (frontMatter.title === original.title)
    problems.warning(
      shownAs,
      "title",
      `is the same as in ${originalName}: translate it (if it reads the same in Dutch, leave it)`,
    );
  if (frontMatter.summary !== undefined && frontMatter.summary === original.summary) {
    problems.warning(shownAs, "summary", `is the same as in ${originalName}: translate it`);
  }
  if (frontMatter.summary && frontMatter.summary.length > SUMMARY_WARNING_LENGTH) {
    problems.warning(
      shownAs,
      "summary",
      `is ${frontMatter.summary.length} characters long; cards and link previews read best under ${SUMMARY_WARNING_LENGTH}`,
    );
  }
  if (original.image && frontMatter.imageAlt === undefined) {
    problems.warning(
      shownAs,
      "imageAlt",
      `is missing: the image of ${originalName} is described in English only; add imageAlt with a Dutch description`,
    );
  }
  if (original.updated && frontMatter.updated && original.updated.epochMs > frontMatter.updated.epochMs) {
    problems.warning(
      shownAs,
      "updated",
      `${originalName} was updated on ${original.updated.day}, after this translation ("${frontMatter.updated.day}"): bring the text up to date, then set updated here`,
    );
  }
  if (body.includes(PLACEHOLDER_TEXT_NL))
    problems.warning(shownAs, "body", "still has the placeholder text of npm run new: write the translation");
}

/** Warnings about partner logos missing from public/. */
export function warnAboutPartnerLogos(
  partners: readonly Partner[],
  partnersFile: string,
  publicDir: string,
  problems: ProblemList,
) {
  partners.forEach((partner, position) => {
    if (partner.logo) warnWhenMissingFromPublic(partner.logo, publicDir, partnersFile, `[${position}].logo`, problems);
  });
}

function warnWhenMissingFromPublic(
  reference: string,
  publicDir: string,
  shownAs: string,
  field: string,
  problems: ProblemList,
) {
  if (!reference.startsWith("/")) return; // an https:// image is not ours to check
  if (!fs.existsSync(path.join(publicDir, reference))) {
    problems.warning(
      shownAs,
      field,
      `"${reference}" is not a file under public/ (looked for ${displayPath(path.join(publicDir, reference))}); readers would see a broken image`,
    );
  }
}

/** Links in Markdown to a path of this site (relative, or on this site's own origin), outside code. */
function sitePathLinkPatterns(ownOrigin: string): RegExp[] {
  const origin = ownOrigin.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const target = `<?(?:${origin})?(/[^)\\s#?>]*)`;
  // Inline links `[text](/news/x)` and reference definitions `[id]: /news/x`.
  return [new RegExp(`\\]\\(\\s*${target}`, "g"), new RegExp(`^\\s{0,3}\\[[^\\]]+\\]:\\s*${target}`, "gm")];
}

/** The articles a body links to, in the edition each link names (src/lib/routes.ts, linkedArticle). */
function newsLinkTargets(markdown: string, patterns: readonly RegExp[]): { edition: Edition; slug: string }[] {
  if (!articlePathPrefixes().some((prefix) => markdown.includes(prefix))) return [];
  const withoutCode = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "").replace(/`[^`\n]*`/g, "");
  const targets: { edition: Edition; slug: string }[] = [];
  for (const pattern of patterns) {
    for (const match of withoutCode.matchAll(pattern)) {
      const target = linkedArticle(match[1]);
      if (target) targets.push(target);
    }
  }
  return targets;
}

/**
 * Warnings about links to articles that do not exist (with the closest slug) or are drafts, in
 * either edition's addresses (`/news/<slug>`, `/nl/nieuws/<slug>`), each named as it was written.
 */
export function warnAboutNewsLinks(articles: readonly Article[], problems: ProblemList) {
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const aliases = new Set(articles.flatMap((article) => article.aliases));
  const patterns = sitePathLinkPatterns(siteUrl());
  // A translation's links are checked like its original's: it is published with it.
  const texts = articles.flatMap((article) =>
    [article, ...Object.values(article.translations ?? {})].map(({ file, markdown }) => ({
      file,
      markdown,
      draft: article.draft,
    })),
  );
  for (const text of texts) {
    const seen = new Set<string>();
    for (const { edition, slug } of newsLinkTargets(text.markdown, patterns)) {
      const written = articlePath(edition, slug);
      if (seen.has(written)) continue;
      seen.add(written);
      const target = bySlug.get(slug);
      if (target) {
        if (target.draft && !text.draft)
          problems.warning(
            text.file,
            "body",
            `links to ${written}, which is a draft: readers would find no page there`,
          );
        continue;
      }
      if (aliases.has(slug)) continue; // an old address that redirects
      const meant = closestMatch(slug, bySlug.keys());
      problems.warning(
        text.file,
        "body",
        `links to ${written}, which is not an article${meant ? `; did you mean ${articlePath(edition, meant)}?` : ""}`,
      );
    }
  }
}
