/**
 * `npm run check` on the files a browser could run: SVGs under public/ with script or
 * outside references, pages and scripts in public/, symbolic links in content/ or public/. One
 * exact message per kind, each naming the file and the line (or "file").
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkFiles, svgProblems } from "@/content/files";
import { formatProblem } from "@/content/load";
import { validFixture } from "./support/content-fixture";

const root = path.resolve(__dirname, "../..");

/** The lines the check prints for one SVG, shown as `logo.svg`. */
function svg(body: string, prolog = ""): string[] {
  return svgProblems(
    `${prolog}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">\n${body}\n</svg>\n`,
    "logo.svg",
  ).map(formatProblem);
}

describe("an SVG under public/ must be a picture and nothing more", () => {
  test("a plain logo passes: shapes, text, gradients, inline styles, links inside the file, an https link", () => {
    expect(
      svg(
        `<defs><linearGradient id="g"><stop offset="0" stop-color="#0d2b4e"/></linearGradient><style>.a { fill: url(#g); }</style></defs>
<rect class="a" width="10" height="10" style="fill: url(#g)"/><use href="#g"/><a href="https://www.example.org/"><text>HSD</text></a>`,
        '<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n',
      ),
    ).toEqual([]);
  });

  test("<script>, in any namespace prefix or case", () => {
    expect(svg(`<script>alert(1)</script>`)).toEqual([
      "logo.svg: line 2: <script> runs script when the file is opened; delete it (a logo needs none)",
    ]);
    expect(svg(`<s:SCRIPT xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:SCRIPT>`)).toEqual([
      "logo.svg: line 2: <s:SCRIPT> runs script when the file is opened; delete it (a logo needs none)",
    ]);
  });

  test("event-handler attributes", () => {
    expect(svg(`<rect onload="alert(1)" ONCLICK="x"/>`)).toEqual([
      `logo.svg: line 2: onload="alert(1)" is an event handler, which runs script; delete the attribute`,
      `logo.svg: line 2: ONCLICK="x" is an event handler, which runs script; delete the attribute`,
    ]);
  });

  test("<foreignObject> and the documents it could carry", () => {
    expect(
      svg(`<foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example/"/></foreignObject>`),
    ).toEqual([
      "logo.svg: line 2: <foreignObject> can carry HTML and script inside the picture; delete it (a logo needs none)",
      "logo.svg: line 2: <iframe> embeds another document; delete it (a logo needs none)",
      `logo.svg: line 2: src="https://evil.example/" loads a file from outside the picture (a logo shown on a page loads nothing from outside); embed it or delete it`,
    ]);
  });

  test("javascript:, vbscript: and data: links, also disguised by case, white space and entities", () => {
    expect(
      svg(
        `<a href=" JaVa&#x09;Script:alert(1)"><text>x</text></a>\n<a xlink:href="vbscript:msgbox(1)"/>\n<use href="data:image/svg+xml;base64,PHN2Zz4="/>`,
      ),
    ).toEqual([
      `logo.svg: line 2: href=" JaVa\tScript:alert(1)" is a javascript: link, which can run script or hide a document; delete it`,
      `logo.svg: line 3: xlink:href="vbscript:msgbox(1)" is a vbscript: link, which can run script or hide a document; delete it`,
      `logo.svg: line 4: href="data:image/svg+xml;base64,PHN2Zz4=" is a data: link, which can run script or hide a document; delete it`,
    ]);
  });

  test("references to files outside the picture: images, <use>, CSS url() and @import", () => {
    expect(
      svg(
        `<image href="https://tracker.example/pixel.png"/>\n<use xlink:href="/images/other.svg#x"/>\n<style>@import url("https://evil.example/x.css"); .b { fill: url(https://evil.example/f.svg#p) }</style>\n<rect style="fill: url('//evil.example/g.svg#p')"/>`,
      ),
    ).toEqual([
      `logo.svg: line 2: href="https://tracker.example/pixel.png" loads a file from outside the picture (a logo shown on a page loads nothing from outside); embed it or delete it`,
      `logo.svg: line 3: xlink:href="/images/other.svg#x" loads a file from outside the picture (a logo shown on a page loads nothing from outside); embed it or delete it`,
      `logo.svg: line 4: <style> loads "https://evil.example/x.css" from outside the picture; delete it`,
      `logo.svg: line 4: <style> loads "https://evil.example/f.svg#p" from outside the picture; delete it`,
      `logo.svg: line 5: style="…" loads "//evil.example/g.svg#p" from outside the picture; delete it`,
    ]);
  });

  test("animations that set a link or an event handler", () => {
    expect(
      svg(
        `<a><animate attributeName="href" to="javascript:alert(1)"/><set attributeName="onmouseover" to="alert(1)"/><animate attributeName="opacity" to="0"/></a>`,
      ),
    ).toEqual([
      "logo.svg: line 2: <animate> changes href while the picture runs, a way to slip in script; delete it",
      "logo.svg: line 2: <set> changes onmouseover while the picture runs, a way to slip in script; delete it",
    ]);
  });

  test("entity declarations and stylesheets", () => {
    expect(
      svg(
        `<text>&x;</text>`,
        `<?xml-stylesheet type="text/xsl" href="https://evil.example/x.xsl"?>\n<!DOCTYPE svg [<!ENTITY x "<script>alert(1)</script>">]>\n`,
      ),
    ).toEqual([
      "logo.svg: line 1: <?xml-stylesheet?> applies a stylesheet that can rewrite the file into a page with script; delete it",
      "logo.svg: line 2: <!DOCTYPE> declares entities, which can hide markup from this check and expand without limit; delete the DOCTYPE",
    ]);
  });

  test("a file that is not well-formed XML is one problem, named as such", () => {
    expect(
      svgProblems(`<svg xmlns="http://www.w3.org/2000/svg">\n<rect>\n</svg>`, "logo.svg").map(formatProblem),
    ).toEqual([
      "logo.svg: file: is not well-formed XML (line 3: unexpected close tag.); browsers would show an error instead of the picture",
    ]);
  });
});

describe("public/ and the content folder as a whole", () => {
  let dir: string;
  let publicDir: string;
  let contentDir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-check-files-"));
    publicDir = path.join(dir, "public");
    contentDir = path.join(dir, "content");
    fs.cpSync(validFixture, contentDir, { recursive: true });
    fs.mkdirSync(path.join(publicDir, "images", "partners"), { recursive: true });
    fs.writeFileSync(
      path.join(publicDir, "images", "partners", "fine.svg"),
      '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>',
    );
    fs.writeFileSync(
      path.join(publicDir, "images", "partners", "LOUD.SVG"),
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    );
    fs.writeFileSync(path.join(publicDir, "images", "photo.jpg"), "not really a jpeg");
    fs.writeFileSync(path.join(publicDir, "landing.html"), "<script>alert(1)</script>");
    fs.writeFileSync(path.join(publicDir, "tracker.js"), "alert(1)");
    fs.symlinkSync("/etc/passwd", path.join(publicDir, "images", "passwd.txt"));
    fs.symlinkSync("../../outside", path.join(contentDir, "news", "linked.md"));
    fs.symlinkSync("/etc", path.join(publicDir, "etc"));
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("every problem names its file: links, pages and scripts, SVGs with script; good files pass", () => {
    const shown = (p: string) => path.join(dir, p);
    expect(checkFiles({ contentDir, publicDir }).map(formatProblem)).toEqual([
      `${shown("content/news/linked.md")}: file: is a symbolic link (to ../../outside); put the file itself here: a link can publish files from outside the folder`,
      `${shown("public/etc")}: file: is a symbolic link (to /etc); put the file itself here: a link can publish files from outside the folder`,
      `${shown("public/images/partners/LOUD.SVG")}: line 1: onload="alert(1)" is an event handler, which runs script; delete the attribute`,
      `${shown("public/images/passwd.txt")}: file: is a symbolic link (to /etc/passwd); put the file itself here: a link can publish files from outside the folder`,
      `${shown("public/landing.html")}: file: is a page or a script (.html), which would run on the site's own address; public/ is for images and documents`,
      `${shown("public/tracker.js")}: file: is a page or a script (.js), which would run on the site's own address; public/ is for images and documents`,
    ]);
  });

  test("npm run check fails on a linked article and names it once", { timeout: 30_000 }, () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/check.ts"], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: contentDir },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    const line = `${path.join(contentDir, "news", "linked.md")}: file: is a symbolic link (to ../../outside); put the file itself here: a link can publish files from outside the folder`;
    expect(run.stderr.split("\n").filter((l) => l === line)).toHaveLength(1);
  });

  test("the project's own content/ and public/ pass", () => {
    expect(checkFiles({ contentDir: path.join(root, "content"), publicDir: path.join(root, "public") })).toEqual([]);
  });
});
