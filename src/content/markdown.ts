/**
 * Markdown to safe HTML. remark-html sanitizes with GitHub's schema: raw HTML
 * never reaches the page as live markup, and only http(s), mailto and relative
 * URLs survive. Never turn `sanitize` off.
 */
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import { toString as mdastToString } from "mdast-util-to-string";
import type { Heading, Root } from "mdast";

/** The article title is the page's only h1: body headings start at h2. */
function headingsBelowTitle() {
  return (tree: Root) => {
    const visit = (node: { type: string; children?: unknown[] }) => {
      if (node.type === "heading") {
        const heading = node as Heading;
        if (heading.depth < 2) heading.depth = 2;
      }
      node.children?.forEach((child) => visit(child as { type: string; children?: unknown[] }));
    };
    visit(tree);
  };
}

const htmlProcessor = remark().use(remarkGfm).use(headingsBelowTitle).use(remarkHtml, { sanitize: true }).freeze();
const plainProcessor = remark().use(remarkGfm).freeze();

export function markdownToHtml(markdown: string): string {
  return String(htmlProcessor.processSync(markdown));
}

/** Characters that can make inline Markdown differ from its plain text (emphasis, links, code, HTML, entities, escapes, breaks). */
const INLINE_SYNTAX = /[\\`*_[\]<>!&~|]| {2,}\n/;

/** Inline Markdown to plain text: `**HSD** [site](x)` becomes `HSD site`. */
export function markdownToPlainText(markdown: string): string {
  // Most first paragraphs are plain prose: skipping the parser for them keeps deriving thousands of summaries cheap at build.
  const text = INLINE_SYNTAX.test(markdown) ? mdastToString(plainProcessor.parse(markdown)) : markdown;
  return text.replace(/\s+/g, " ").trim();
}

const NOT_A_PARAGRAPH = /^(#|>|[-*+]\s|\d+[.)]\s|```|~~~|<|\||!\[|\s{4}|={3,}|-{3,}|\*{3,}|_{3,})/;

/**
 * The first paragraph of an article as plain text, for summaries. Only the
 * first prose block is parsed, so this stays cheap for thousands of articles.
 */
export function firstParagraphText(markdown: string): string {
  const blocks = markdown.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/);
  let inFence = false;
  for (const raw of blocks) {
    const block = raw.trim();
    if (!block) continue;
    const fences = block.match(/^(```|~~~)/gm)?.length ?? 0;
    if (inFence) {
      if (fences % 2 === 1) inFence = false;
      continue;
    }
    if (/^(```|~~~)/.test(block)) {
      if (fences % 2 === 1) inFence = true;
      continue;
    }
    if (NOT_A_PARAGRAPH.test(block)) continue;
    const text = markdownToPlainText(block);
    if (text) return text;
  }
  return "";
}

/** Shortens text to at most `max` characters at a word boundary, marking the cut with an ellipsis. */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.-]+$/, "")}…`;
}

/**
 * The words of a Markdown body for the search index, without a full parse:
 * link and image targets and HTML tags are dropped, and the remaining
 * punctuation is left for the search tokenizer, which splits on it anyway.
 * Parsing every body with remark would make the first search after a start
 * wait seconds at thousands of articles; this is a few milliseconds in all.
 */
export function markdownToSearchText(markdown: string): string {
  return markdown
    .replace(/```[^\n]*\n/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, " ")
    .replace(/<[^>\n]*>/g, " ")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
