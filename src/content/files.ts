/**
 * Checks of the files beside the articles that a browser could run, for `npm run check`:
 * every SVG under public/ (partner logos) must be a picture and nothing more, public/ holds no pages
 * or scripts, and neither content/ nor public/ holds a symbolic link. The site itself never runs
 * these checks (it serves public/ as files, each under a sandboxing policy from next.config.ts);
 * this is the editor's early, named error, and a second line of defence.
 */
import fs from "node:fs";
import path from "node:path";
import { SaxesParser, type SaxesTagNS } from "saxes";
import { symbolicLinkMessage } from "./load";
import type { ContentProblem } from "./model";
import { displayPath } from "./problems";

/** Pages and scripts: served from public/ they would be documents or code of this origin. */
const RUNNABLE_EXTENSIONS = new Set([".html", ".htm", ".xhtml", ".xht", ".js", ".mjs", ".cjs"]);

/** Elements that run script or carry a document of their own, in SVG or (inside foreignObject) HTML. */
const SCRIPT_ELEMENTS: Record<string, string> = {
  script: "runs script when the file is opened",
  foreignobject: "can carry HTML and script inside the picture",
  iframe: "embeds another document",
  embed: "embeds another document or plugin",
  object: "embeds another document or plugin",
  handler: "runs script (SVG Tiny event handler)",
  listener: "attaches an event handler",
};

/** Animation elements can set an attribute to a `javascript:` link or an event handler. */
const ANIMATION_ELEMENTS = new Set(["set", "animate", "animatetransform", "animatemotion", "animatecolor"]);

const LINK_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "data"]);

/** `javascript:`, `vbscript:` and `data:` even when disguised with case, spaces, control characters or entities (the parser has decoded those). */
function dangerousScheme(value: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\u0000-\u0020]/g, ""))?.[1]?.toLowerCase();
  return scheme === "javascript" || scheme === "vbscript" || scheme === "data" ? scheme : undefined;
}

/** A reference to something outside the file: anything but a fragment (`#id`). */
function isExternal(value: string): boolean {
  return !value.trim().startsWith("#");
}

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}

/** `url(...)` and `@import` in CSS that point outside the file. */
function externalCssReferences(css: string): string[] {
  const found = new Set<string>();
  for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)) if (isExternal(match[2])) found.add(match[2]);
  for (const match of css.matchAll(/@import\s+(?:url\()?\s*['"]?([^'")\s;]+)/gi)) found.add(match[1]);
  return [...found];
}

/** Every problem of one SVG file, each naming its line. */
export function svgProblems(text: string, shownAs: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const parser = new SaxesParser({ xmlns: true, position: true });
  const add = (message: string) =>
    problems.push({ file: shownAs, field: `line ${parser.line}`, message, severity: "error" });
  let styleDepth = 0;

  let declaresEntities = false;
  parser.on("doctype", (doctype) => {
    declaresEntities = doctype.includes("[");
    if (declaresEntities)
      add(
        "<!DOCTYPE> declares entities, which can hide markup from this check and expand without limit; delete the DOCTYPE",
      );
  });
  parser.on("processinginstruction", ({ target }) => {
    if (target.toLowerCase() === "xml-stylesheet")
      add("<?xml-stylesheet?> applies a stylesheet that can rewrite the file into a page with script; delete it");
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    const name = tag.local.toLowerCase();
    if (SCRIPT_ELEMENTS[name]) add(`<${tag.name}> ${SCRIPT_ELEMENTS[name]}; delete it (a logo needs none)`);
    if (name === "style") styleDepth++;
    const animatedAttribute =
      Object.values(tag.attributes)
        .find((a) => a.local.toLowerCase() === "attributename")
        ?.value.toLowerCase() ?? "";
    if (ANIMATION_ELEMENTS.has(name) && (/^on/.test(animatedAttribute) || /(^|:)href$/.test(animatedAttribute))) {
      add(`<${tag.name}> changes ${animatedAttribute} while the picture runs, a way to slip in script; delete it`);
    }
    for (const attribute of Object.values(tag.attributes)) {
      const local = attribute.local.toLowerCase();
      if (attribute.prefix === "xmlns" || attribute.name === "xmlns") continue;
      if (local.startsWith("on")) {
        add(
          `${attribute.name}="${shorten(attribute.value)}" is an event handler, which runs script; delete the attribute`,
        );
      } else if (LINK_ATTRIBUTES.has(local)) {
        const scheme = dangerousScheme(attribute.value);
        if (scheme)
          add(
            `${attribute.name}="${shorten(attribute.value)}" is a ${scheme}: link, which can run script or hide a document; delete it`,
          );
        else if (isExternal(attribute.value) && name !== "a") {
          add(
            `${attribute.name}="${shorten(attribute.value)}" loads a file from outside the picture (a logo shown on a page loads nothing from outside); embed it or delete it`,
          );
        }
      } else if (local === "style") {
        for (const reference of externalCssReferences(attribute.value))
          add(`style="…" loads "${shorten(reference)}" from outside the picture; delete it`);
      }
    }
  });
  parser.on("closetag", (tag) => {
    if (tag.local?.toLowerCase() === "style") styleDepth--;
  });
  const addCss = (css: string) => {
    if (styleDepth > 0)
      for (const reference of externalCssReferences(css))
        add(`<style> loads "${shorten(reference)}" from outside the picture; delete it`);
  };
  parser.on("text", addCss);
  parser.on("cdata", addCss);

  try {
    parser.write(text).close();
  } catch (error) {
    // Entities declared in the DOCTYPE are not expanded here, so using one stops the parser: that is already said.
    if (declaresEntities) return problems;
    const reason = (error as Error).message.replace(/^(?:[^:]*:)?\d+:\d+: /, "");
    problems.push({
      file: shownAs,
      field: "file",
      message: `is not well-formed XML (line ${parser.line}: ${reason}); browsers would show an error instead of the picture`,
      severity: "error",
    });
  }
  return problems;
}

interface Walked {
  absolute: string;
  shownAs: string;
  dirent: fs.Dirent;
}

/** Every entry under `dir`, without following symbolic links; nothing when `dir` does not exist. */
function walk(dir: string): Walked[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((dirent) => {
      const absolute = path.join(dir, dirent.name);
      const here = { absolute, shownAs: displayPath(absolute), dirent };
      return dirent.isDirectory() ? [here, ...walk(absolute)] : [here];
    });
}

function symbolicLinkProblem({ absolute, shownAs }: Walked): ContentProblem {
  return { file: shownAs, field: "file", message: symbolicLinkMessage(absolute), severity: "error" };
}

/** The problems of the files in the content folder and public/, for `npm run check`. */
export function checkFiles({ contentDir, publicDir }: { contentDir: string; publicDir: string }): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of walk(contentDir)) if (entry.dirent.isSymbolicLink()) problems.push(symbolicLinkProblem(entry));
  for (const entry of walk(publicDir)) {
    if (entry.dirent.isSymbolicLink()) {
      problems.push(symbolicLinkProblem(entry));
      continue;
    }
    if (!entry.dirent.isFile()) continue;
    const extension = path.extname(entry.dirent.name).toLowerCase();
    if (RUNNABLE_EXTENSIONS.has(extension)) {
      problems.push({
        file: entry.shownAs,
        field: "file",
        message: `is a page or a script (${extension}), which would run on the site's own address; public/ is for images and documents`,
        severity: "error",
      });
    } else if (extension === ".svg") {
      problems.push(...svgProblems(fs.readFileSync(entry.absolute, "utf8"), entry.shownAs));
    }
  }
  return problems;
}
