/**
 * `npm run rename -- <old-slug> <new-slug>`: an article's new address in one step. The article's
 * file and its translations move to the new name, and the old slug joins the article's `aliases`,
 * so every link to the old address keeps working (a permanent redirect). Nothing is moved until
 * everything is known to be right; nothing is ever overwritten.
 */
import fs from "node:fs";
import path from "node:path";
import { parseYaml } from "./frontMatter";
import { loadContent } from "./load";
import { displayPath } from "./problems";
import { SLUG_PATTERN, TRANSLATION_LANGUAGES } from "./schema";
import { slugForTitle } from "./scaffold";
import { closestMatch } from "./suggest";

export class RenameError extends Error {}

export interface RenamedArticle {
  from: string;
  to: string;
  /** Each file moved, as messages show paths: the article first, then its translations. */
  moved: { from: string; to: string }[];
  /** The file whose `aliases` now lists the old slug. */
  file: string;
  /** The article announces an event: calendars that added it know it by its old address. */
  announcesEvent: boolean;
}

/** `old-slug`, `old-slug.md` and `content/news/old-slug.md` all name the article `old-slug`. */
function slugOfArgument(argument: string): string {
  return path.basename(argument.trim()).replace(/\.md$/, "");
}

/**
 * The article's text with `slug` added to its aliases (and `dropped`, the address it moves back to,
 * taken out), its comments and every other line kept: a flow list (`aliases: [a, b]`) gets one
 * more entry, a block list (`- a` lines) one more line, and a file without aliases a new line at the
 * end of its front matter. Undefined when the front matter cannot be found.
 */
export function withAlias(text: string, slug: string, dropped?: string): string | undefined {
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(/\r?\n/);
  if (!/^---[ \t]*$/.test(lines[0].replace(/^\uFEFF/, ""))) return undefined;
  const close = lines.findIndex((line, index) => index > 0 && /^---[ \t]*$/.test(line));
  if (close < 0) return undefined;
  const keep = (alias: string) => alias !== "" && alias !== dropped && alias !== slug;
  const at = lines.findIndex((line, index) => index > 0 && index < close && /^aliases:/.test(line));
  if (at < 0) {
    lines.splice(close, 0, `aliases: [${slug}]`);
  } else {
    const value = lines[at]
      .slice("aliases:".length)
      .replace(/\s+#.*$/, "")
      .trim();
    const flow = /^\[(.*)\]$/.exec(value);
    if (flow) {
      const aliases = flow[1]
        .split(",")
        .map((alias) => alias.trim().replace(/^["']|["']$/g, ""))
        .filter(keep);
      lines[at] = `aliases: [${[...aliases, slug].join(", ")}]`;
    } else if (value === "") {
      // A block list: its `- alias` lines follow, indented or not.
      let end = at + 1;
      while (end < close && /^\s*(-\s|#|$)/.test(lines[end])) end++;
      const items = lines.slice(at + 1, end).filter((line) => /^\s*-\s/.test(line));
      const indent = /^(\s*)-/.exec(items[0] ?? "")?.[1] ?? "  ";
      const kept = lines.slice(at + 1, end).filter(
        (line) =>
          !/^\s*-\s/.test(line) ||
          keep(
            line
              .replace(/^\s*-\s*/, "")
              .replace(/\s+#.*$/, "")
              .trim()
              .replace(/^["']|["']$/g, ""),
          ),
      );
      lines.splice(at + 1, end - at - 1, ...kept, `${indent}- ${slug}`);
    } else {
      // `aliases: old-name`, a single value: written as the list it should be.
      lines[at] = `aliases: [${[value.replace(/^["']|["']$/g, "")].filter(keep).concat(slug).join(", ")}]`;
    }
  }
  return lines.join(newline);
}

/** Moves news/<from>.md and its translations to <to>, and adds `from` to the article's aliases. */
export function renameArticle(fromArgument: string, toArgument: string, contentDir: string): RenamedArticle {
  const from = slugOfArgument(fromArgument);
  const to = slugOfArgument(toArgument);
  if (!from || !to)
    throw new RenameError("Give the article's address and its new one: npm run rename -- <old-slug> <new-slug>");
  const newsDir = path.join(contentDir, "news");
  const fileOf = (slug: string, language?: string) =>
    path.join(newsDir, language ? `${slug}.${language}.md` : `${slug}.md`);
  const content = loadContent(contentDir, { warnings: false });
  const article = content.articles.find((candidate) => candidate.slug === from);
  if (!fs.existsSync(fileOf(from))) {
    const meant = closestMatch(from, [
      ...content.articles.map((candidate) => candidate.slug),
      ...content.rejectedArticles.map((rejected) => rejected.slug),
    ]);
    throw new RenameError(`There is no ${displayPath(fileOf(from))}${meant ? `; did you mean ${meant}?` : ""}`);
  }
  if (!SLUG_PATTERN.test(to)) {
    const suggestion = slugForTitle(toArgument);
    throw new RenameError(
      `"${to}" is not a valid address: use lower-case letters, digits and single hyphens${suggestion ? `, e.g. ${suggestion}` : ""}`,
    );
  }
  if (to === from) throw new RenameError(`${from} is already the article's address`);
  const taken = [fileOf(to), ...TRANSLATION_LANGUAGES.map((language) => fileOf(to, language))].find((file) =>
    fs.existsSync(file),
  );
  if (taken) throw new RenameError(`${displayPath(taken)} exists already: choose another address (nothing was moved)`);
  const owner = content.articles.find((candidate) => candidate !== article && candidate.aliases.includes(to));
  if (owner)
    throw new RenameError(
      `"${to}" is an old address of ${owner.file}, where it leads: choose another address (nothing was moved)`,
    );

  const text = fs.readFileSync(fileOf(from), "utf8");
  const renamed = withAlias(text, from, to);
  if (renamed === undefined)
    throw new RenameError(
      `${displayPath(fileOf(from))} has no front matter to add the alias to: fix it first (npm run check says how)`,
    );
  // The edit must read back as the list it was meant to be, or nothing moves.
  const frontMatter = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(renamed)?.[1] ?? "";
  let aliases: unknown;
  try {
    aliases = (parseYaml(frontMatter) as { aliases?: unknown } | null)?.aliases;
  } catch {
    aliases = undefined;
  }
  if (!Array.isArray(aliases) || !aliases.includes(from)) {
    throw new RenameError(
      `Could not add ${from} to the aliases of ${displayPath(fileOf(from))}: write aliases as a list, e.g. aliases: [an-old-address], then try again (nothing was moved)`,
    );
  }

  fs.writeFileSync(fileOf(to), renamed, { flag: "wx" });
  fs.rmSync(fileOf(from));
  const moved = [{ from: displayPath(fileOf(from)), to: displayPath(fileOf(to)) }];
  for (const language of TRANSLATION_LANGUAGES) {
    if (!fs.existsSync(fileOf(from, language))) continue;
    fs.renameSync(fileOf(from, language), fileOf(to, language));
    moved.push({ from: displayPath(fileOf(from, language)), to: displayPath(fileOf(to, language)) });
  }
  return { from, to, moved, file: displayPath(fileOf(to)), announcesEvent: article?.event !== undefined };
}
