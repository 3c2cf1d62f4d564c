/**
 * What the check tells editors without stopping anything: a long summary, an image or logo
 * missing from public/, the placeholder text or example event of `npm run new` still in place, a
 * link to an article that does not exist or is a draft. `npm run check` and the build's content
 * step list them; the site's own index leaves them out.
 */
import fs from "node:fs";
import path from "node:path";
import { articlePath, articlePathPrefix, linkedArticleSlug } from "../lib/routes";
import { siteUrl } from "../lib/site";
import type { Article, Partner } from "./model";
import { displayPath, type ProblemList } from "./problems";
import type { ArticleFrontMatter } from "./schema";
import { closestMatch } from "./suggest";

/** The opening line `npm run new` writes into a new article's body; the check warns while it is still there. */
export const PLACEHOLDER_TEXT = "Write the first paragraph here: it is what readers see first, and the summary when none is given.";

/** The example values of the event block `npm run new` writes; the check warns while one is still there. */
export const TEMPLATE_EVENT = {
  location: "Name of the venue",
  address: "Street and number, postcode and city",
  online: "https://example.org/join-online",
  registration: "https://example.org/register",
} as const;

/** Longest summary, in characters, before the check suggests shortening it. */
export const SUMMARY_WARNING_LENGTH = 300;

/** Warnings about one valid article: its summary, image, and what `npm run new` left in it. */
export function warnAboutArticle(frontMatter: Pick<ArticleFrontMatter, "summary" | "image" | "event">, body: string, shownAs: string, publicDir: string, problems: ProblemList) {
  if (frontMatter.summary && frontMatter.summary.length > SUMMARY_WARNING_LENGTH) {
    problems.warning(shownAs, "summary", `is ${frontMatter.summary.length} characters long; cards and link previews read best under ${SUMMARY_WARNING_LENGTH}`);
  }
  if (frontMatter.image) warnWhenMissingFromPublic(frontMatter.image, publicDir, shownAs, "image", problems);
  if (body.includes(PLACEHOLDER_TEXT)) problems.warning(shownAs, "body", "still has the placeholder text of npm run new: write the article");
  for (const field of Object.keys(TEMPLATE_EVENT) as (keyof typeof TEMPLATE_EVENT)[]) {
    if (frontMatter.event?.[field] === TEMPLATE_EVENT[field]) problems.warning(shownAs, `event.${field}`, `still has the example value of npm run new ("${TEMPLATE_EVENT[field]}"): give the event's own`);
  }
}

/** Warnings about partner logos missing from public/. */
export function warnAboutPartnerLogos(partners: readonly Partner[], partnersFile: string, publicDir: string, problems: ProblemList) {
  partners.forEach((partner, position) => {
    if (partner.logo) warnWhenMissingFromPublic(partner.logo, publicDir, partnersFile, `[${position}].logo`, problems);
  });
}

function warnWhenMissingFromPublic(reference: string, publicDir: string, shownAs: string, field: string, problems: ProblemList) {
  if (!reference.startsWith("/")) return; // an https:// image is not ours to check
  if (!fs.existsSync(path.join(publicDir, reference))) {
    problems.warning(shownAs, field, `"${reference}" is not a file under public/ (looked for ${displayPath(path.join(publicDir, reference))}); readers would see a broken image`);
  }
}

/** Links in Markdown to a path of this site (relative, or on this site's own origin), outside code. */
function sitePathLinkPatterns(ownOrigin: string): RegExp[] {
  const origin = ownOrigin.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const target = `<?(?:${origin})?(/[^)\\s#?>]*)`;
  // Inline links `[text](/news/x)` and reference definitions `[id]: /news/x`.
  return [new RegExp(`\\]\\(\\s*${target}`, "g"), new RegExp(`^\\s{0,3}\\[[^\\]]+\\]:\\s*${target}`, "gm")];
}

/** The slugs of the articles a body links to (src/lib/routes.ts, linkedArticleSlug). */
function newsLinkTargets(markdown: string, patterns: readonly RegExp[]): string[] {
  if (!markdown.includes(articlePathPrefix())) return [];
  const withoutCode = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "").replace(/`[^`\n]*`/g, "");
  const slugs: string[] = [];
  for (const pattern of patterns) {
    for (const match of withoutCode.matchAll(pattern)) {
      const slug = linkedArticleSlug(match[1]);
      if (slug) slugs.push(slug);
    }
  }
  return slugs;
}

/** Warnings about links to articles that do not exist (with the closest slug) or are drafts. */
export function warnAboutNewsLinks(articles: readonly Article[], problems: ProblemList) {
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const aliases = new Set(articles.flatMap((article) => article.aliases));
  const patterns = sitePathLinkPatterns(siteUrl());
  for (const article of articles) {
    for (const slug of new Set(newsLinkTargets(article.markdown, patterns))) {
      const target = bySlug.get(slug);
      if (target) {
        if (target.draft && !article.draft) problems.warning(article.file, "body", `links to ${articlePath("en", slug)}, which is a draft: readers would find no page there`);
        continue;
      }
      if (aliases.has(slug)) continue; // an old address that redirects
      const meant = closestMatch(slug, bySlug.keys());
      problems.warning(article.file, "body", `links to ${articlePath("en", slug)}, which is not an article${meant ? `; did you mean ${articlePath("en", meant)}?` : ""}`);
    }
  }
}
