// @vitest-environment jsdom
// jsdom for its DOMParser: the rendered HTML is checked as a browser would read it, not as text.
import { describe, expect, test } from "vitest";
import { firstParagraphText, markdownToHtml, truncateAtWord } from "@/content/markdown";

function parse(html: string): Document {
  return new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
}

/** Every way the rendered HTML could run script or load something unsafe, as readable findings. */
function unsafeParts(html: string): string[] {
  const doc = parse(html);
  const found: string[] = [];
  for (const element of doc.body.querySelectorAll("*")) {
    const tag = element.tagName.toLowerCase();
    if (["script", "iframe", "object", "embed", "style", "link", "meta", "form", "svg", "math", "base"].includes(tag))
      found.push(`<${tag}>`);
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on") || name === "style" || name === "srcdoc") found.push(`${tag}[${name}]`);
      if (["href", "src", "action", "formaction", "xlink:href"].includes(name)) {
        // Resolve as the browser would (entities decoded, whitespace and case ignored), then allow only safe schemes.
        const protocol = new URL(attribute.value, "https://news.example/news/x").protocol;
        if (!["https:", "http:", "mailto:"].includes(protocol)) found.push(`${tag}[${name}=${attribute.value}]`);
      }
    }
  }
  return found;
}

describe("rendering", () => {
  test("body headings start at h2: the article title stays the page's only h1", () => {
    const doc = parse(
      markdownToHtml(
        "# Also a title\n\nSetext title\n============\n\n## Section\n\n### Subsection\n\n<h1>Raw heading</h1>",
      ),
    );
    expect(doc.querySelectorAll("h1")).toHaveLength(0);
    expect([...doc.querySelectorAll("h2")].map((h) => h.textContent)).toEqual([
      "Also a title",
      "Setext title",
      "Section",
    ]);
    expect(doc.querySelector("h3")?.textContent).toBe("Subsection");
  });

  test("GitHub-flavoured tables, lists, strike-through and bare links", () => {
    const doc = parse(
      markdownToHtml(
        "| Partner | Role |\n|---|---|\n| VNG | Cities |\n\n- first\n- second\n\n1. one\n2. two\n\n~~old~~ see https://www.thehaguesecuritydelta.com",
      ),
    );
    expect([...doc.querySelectorAll("th")].map((th) => th.textContent)).toEqual(["Partner", "Role"]);
    expect([...doc.querySelectorAll("td")].map((td) => td.textContent)).toEqual(["VNG", "Cities"]);
    expect([...doc.querySelectorAll("ul > li")].map((li) => li.textContent)).toEqual(["first", "second"]);
    expect([...doc.querySelectorAll("ol > li")].map((li) => li.textContent)).toEqual(["one", "two"]);
    expect(doc.querySelector("del")?.textContent).toBe("old");
    expect(doc.querySelector("a")?.getAttribute("href")).toBe("https://www.thehaguesecuritydelta.com");
  });

  test("safe links, e-mail links and site-relative links keep their href", () => {
    const doc = parse(
      markdownToHtml("[site](https://example.org/a?b=c) [mail](mailto:info@example.org) [news](/news/other-article)"),
    );
    expect([...doc.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual([
      "https://example.org/a?b=c",
      "mailto:info@example.org",
      "/news/other-article",
    ]);
  });
});

describe("sanitizing: raw HTML never reaches the page as live markup", () => {
  test.each([
    ["a script element", "<script>alert(1)</script>\n\nText."],
    ["an inline script", "Text <script>alert(1)</script> more."],
    ["an image with onerror", "Text <img src=x onerror=alert(1)> more."],
    ["an iframe", '<iframe src="https://evil.example"></iframe>'],
    ["an svg with onload", "<svg onload=alert(1)><circle r=1 /></svg>"],
    ["a raw link to javascript:", '<a href="javascript:alert(1)">raw</a>'],
    ["an event handler on a div", '<div onclick="alert(1)">click</div>'],
    ["a style element", "<style>body { display: none }</style>"],
    ["an object and embed", '<object data="x.swf"></object><embed src="x.swf">'],
    ["a form", '<form action="javascript:alert(1)"><button>Go</button></form>'],
    ["a meta refresh", '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ])("%s", (_, markdown) => {
    const html = markdownToHtml(markdown);
    expect(unsafeParts(html)).toEqual([]);
    expect(html).not.toMatch(/<(script|iframe|svg|style|object|embed|form|meta)\b/i);
  });

  test("the text of dropped raw HTML is kept, its tags are not", () => {
    expect(markdownToHtml('<a href="javascript:alert(1)">raw link</a> and <b onclick="x">bold</b>')).toBe(
      "<p>raw link and bold</p>\n",
    );
  });
});

describe("sanitizing: no javascript:, data: or vbscript: URL survives", () => {
  test.each([
    ["javascript: link", "[x](javascript:alert(1))"],
    ["mixed case", "[x](JaVaScRiPt:alert(1))"],
    ["leading spaces in the destination", "[x](<  javascript:alert(1)>)"],
    ["a tab inside the scheme", "[x](<java\tscript:alert(1)>)"],
    ["a newline escape inside the scheme", "[x](java&#10;script:alert(1))"],
    ["a decimal entity", "[x](&#106;avascript:alert(1))"],
    ["a hexadecimal entity", "[x](&#x6A;avascript:alert(1))"],
    ["an entity for the colon", "[x](javascript&#58;alert(1))"],
    ["a named entity for the colon", "[x](javascript&colon;alert(1))"],
    ["a data: URL", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["a vbscript: URL", "[x](vbscript:msgbox(1))"],
    ["an autolink to javascript:", "<javascript:alert(1)>"],
    ["an autolink to data:", "<data:text/html,<script>alert(1)</script>>"],
    ["an autolink to vbscript:", "<VBScript:msgbox(1)>"],
    ["a reference link", "[x][evil]\n\n[evil]: javascript:alert(1)"],
    ["a reference link with an entity", "[x][evil]\n\n[evil]: &#x6A;avascript:alert(1)"],
    ["a reference link to data:", "[x][evil]\n\n[evil]: <data:text/html,hello>"],
    ["an image from javascript:", "![x](javascript:alert(1))"],
    ["an image from data:", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"],
    ["a link with a title", '[x](javascript:alert(1) "title")'],
  ])("%s", (_, markdown) => {
    const html = markdownToHtml(markdown);
    expect(unsafeParts(html)).toEqual([]);
    expect(html).not.toMatch(/(href|src)="\s*(javascript|data|vbscript)/i);
  });
});

describe("firstParagraphText", () => {
  test("is the first paragraph as plain text, inline Markdown removed", () => {
    expect(
      firstParagraphText(
        "During the **Conference** _Nederland Digitaal_, [HSD](https://example.org) signed `it`.\n\nSecond.",
      ),
    ).toBe("During the Conference Nederland Digitaal, HSD signed it.");
  });

  test("joins the lines of a paragraph with single spaces", () => {
    expect(firstParagraphText("One line\nand the next\r\nand a third.")).toBe("One line and the next and a third.");
  });

  test("skips headings, quotes, lists, images, tables, rules and raw HTML before the first paragraph", () => {
    const markdown = [
      "# Heading",
      "> A quote",
      "- a list item",
      "1. a numbered item",
      "![A photo](/images/photo.jpg)",
      "| a | b |\n|---|---|\n| 1 | 2 |",
      "---",
      "<div>raw</div>",
      "The first real paragraph.",
    ].join("\n\n");
    expect(firstParagraphText(markdown)).toBe("The first real paragraph.");
  });

  test("skips fenced code, even with blank lines inside the fence", () => {
    expect(firstParagraphText("```\nconst a = 1;\n\nNot a paragraph either.\n```\n\nThe paragraph.")).toBe(
      "The paragraph.",
    );
  });

  test("is empty when there is no paragraph", () => {
    expect(firstParagraphText("## Only a heading\n\n- and a list")).toBe("");
    expect(firstParagraphText("")).toBe("");
  });
});

describe("truncateAtWord", () => {
  test("leaves text that fits alone", () => {
    expect(truncateAtWord("Short text.", 11)).toBe("Short text.");
  });

  test("cuts at the last whole word within the limit and marks the cut", () => {
    expect(truncateAtWord("Signing of Smart Society Declaration", 20)).toBe("Signing of Smart…");
  });

  test("drops punctuation left dangling before the ellipsis", () => {
    expect(truncateAtWord("Representatives, entrepreneurs and scientists", 20)).toBe("Representatives…");
  });

  test("never returns more than the limit", () => {
    const text =
      "The Netherlands is internationally recognised as a frontrunner when it comes to innovation in the smart society and security.";
    for (const max of [10, 25, 40, 80]) expect(truncateAtWord(text, max).length).toBeLessThanOrEqual(max);
  });

  test("cuts inside a word only when a word is longer than half the limit", () => {
    expect(truncateAtWord("Supercalifragilisticexpialidocious", 10)).toBe("Supercali…");
  });
});
