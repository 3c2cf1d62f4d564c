/**
 * An article's text cut into its YAML front matter and its Markdown body. YAML in the core
 * schema only, through gray-matter with YAML as its one language: `---js` and friends are
 * refused, never evaluated, and `2019-03-20` stays the text the editor wrote.
 */
import matter from "gray-matter";
import { CORE_SCHEMA, load as loadYaml, YAMLException } from "js-yaml";
import type { ProblemList } from "./problems";

/** YAML in the core schema only: no custom tags, and `2019-03-20` stays the text the editor wrote. */
export function parseYaml(text: string): unknown {
  return loadYaml(text, { schema: CORE_SCHEMA });
}

export function yamlErrorMessage(error: unknown, firstLineInFile: number): string {
  if (error instanceof YAMLException) {
    const line = error.mark?.line;
    const where = typeof line === "number" ? ` at line ${line + firstLineInFile}` : "";
    const reason = error.reason ?? error.message;
    // The mistake editors make most: an unquoted value with ': ' in it.
    const hint = reason.startsWith("bad indentation of a mapping entry")
      ? ` (a value containing ': ' must be in quotes, e.g. title: "HSD: the year ahead")`
      : "";
    return `is not valid YAML${where}: ${reason}${hint}`;
  }
  return `is not valid YAML: ${String(error)}`;
}

const FENCE_OPEN = /^---[ \t]*\r?\n/;
const FENCE_CLOSE = /^---[ \t]*$/m;

/** gray-matter with YAML as its only language: `---js` and friends are refused, never evaluated. */
const refuseOtherLanguages = (language: string) => () => {
  throw new Error(`front matter in ${language} is not accepted; use YAML`);
};
const frontMatterOptions: { language: string; engines: Record<string, { parse: (input: string) => object }> } = {
  language: "yaml",
  engines: {
    yaml: { parse: (text: string) => parseYaml(text) as object },
    javascript: { parse: refuseOtherLanguages("javascript") },
    js: { parse: refuseOtherLanguages("javascript") },
    json: { parse: refuseOtherLanguages("json") },
    toml: { parse: refuseOtherLanguages("toml") },
    coffee: { parse: refuseOtherLanguages("coffee") },
  },
};

/** The front matter as data and the body after it; undefined, with the problem added, when there is no usable front matter. */
export function splitFrontMatter(
  text: string,
  shownAs: string,
  problems: ProblemList,
): { data: Record<string, unknown>; body: string } | undefined {
  if (!FENCE_OPEN.test(text)) {
    const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
    if (/^---\S/.test(firstLine)) {
      problems.error(
        shownAs,
        "front matter",
        `must be YAML between two '---' lines; '${firstLine.slice(0, 20)}' front matter is not accepted`,
      );
    } else {
      problems.error(
        shownAs,
        "front matter",
        "is missing: an article starts with a '---' line, then title and date, then another '---' line",
      );
    }
    return undefined;
  }
  const openLength = FENCE_OPEN.exec(text)![0].length;
  const close = FENCE_CLOSE.exec(text.slice(openLength));
  if (!close) {
    problems.error(shownAs, "front matter", "is not closed: add a line with only '---' after the last field");
    return undefined;
  }
  // gray-matter sees the front matter only, the body is cut here: it looks every input up in its
  // cache by the whole text, which for 10,000 articles meant hashing every body once more.
  const frontMatterEnd = openLength + close.index + close[0].length;
  // gray-matter is given options on every call, which also keeps it from caching and sharing results.
  let parsed: matter.GrayMatterFile<string>;
  // gray-matter hands the YAML over from the end of the opening '---' line, so its line 0 is line 1 of the file.
  try {
    parsed = matter(text.slice(0, frontMatterEnd), frontMatterOptions);
  } catch (error) {
    // gray-matter hands YAML the text from the end of the opening '---' line, so its line 0 is the file's line 1.
    problems.error(shownAs, "front matter", yamlErrorMessage(error, 1));
    return undefined;
  }
  const data = parsed.data as unknown;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    problems.error(shownAs, "front matter", "must be a list of fields such as 'title: ...' and 'date: ...'");
    return undefined;
  }
  // A copy, so nothing downstream can alter what the parser holds.
  return { data: { ...(data as Record<string, unknown>) }, body: text.slice(frontMatterEnd).replace(/^\r?\n/, "") };
}
