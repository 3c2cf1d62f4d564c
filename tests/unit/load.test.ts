import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import matter from "gray-matter";
import { afterAll, describe, expect, test } from "vitest";
import { formatProblem, loadContent, type LoadedContent } from "@/content/load";
import { formatDisplayDate } from "@/lib/dates";
import { article, brokenFixture, contentWith, removeContentFolders, validFixture } from "./support/content-fixture";

afterAll(removeContentFolders);

function lines(content: LoadedContent): string[] {
  return content.problems.map(formatProblem);
}

/** Loads a folder holding one article, `news/<name>`, and returns its problems as lines. */
function problemsOf(
  name: string,
  text: string | Uint8Array,
): { lines: string[]; file: string; content: LoadedContent } {
  const dir = contentWith({ [name]: text });
  const content = loadContent(dir);
  return { lines: lines(content), file: path.join(dir, "news", name), content };
}

describe("a valid content folder", () => {
  const content = loadContent(validFixture);
  const bySlug = (slug: string) => content.articles.find((a) => a.slug === slug)!;

  test("has no problems and reads every article, theme and partner", () => {
    expect(content.problems).toEqual([]);
    expect(content.articles.map((a) => a.slug).sort()).toEqual([
      "from-smart-city-to-smart-society-session",
      "g5-smart-city-agenda",
      "signing-of-smart-society-declaration",
    ]);
    expect(content.themes.map((t) => t.id)).toEqual(["smart-society", "urban-security"]);
    expect(content.themes[0]).toEqual({
      id: "smart-society",
      name: "Smart Society",
      description: "Data and technology for a liveable, safe society.",
    });
    expect(content.partners).toEqual([
      { id: "vng", name: "VNG (Vereniging van Nederlandse Gemeenten)", url: "https://vng.nl" },
      { id: "municipality-of-the-hague", name: "Municipality of The Hague", url: "https://www.denhaag.nl/en" },
    ]);
  });

  test("reads every front-matter field of an article", () => {
    const signing = bySlug("signing-of-smart-society-declaration");
    expect(signing).toMatchObject({
      file: "tests/fixtures/valid/news/signing-of-smart-society-declaration.md",
      title: "Signing of Smart Society Declaration",
      date: { day: "2019-03-20", time: undefined },
      author: "HSD Foundation",
      themes: ["smart-society", "urban-security"],
      partners: ["vng", "municipality-of-the-hague"],
      image: {
        src: "https://www.thehaguesecuritydelta.com/images/declaration.jpg",
        alt: "Representatives signing the declaration",
      },
      draft: false,
      aliases: [],
    });
    expect(signing.markdown).toContain("## Upscaling and acceleration in Smart Society agenda");
    expect(signing.markdown).not.toContain("title:");
  });

  test("keeps a summary the editor gave", () => {
    expect(bySlug("signing-of-smart-society-declaration").summary).toBe(
      "A wide coalition signed the Smart Society Declaration.",
    );
  });

  test("derives a missing summary from the first paragraph, as plain text", () => {
    // The body opens with a heading; the paragraph after it has bold text, a link and a line break.
    expect(bySlug("from-smart-city-to-smart-society-session").summary).toBe(
      "About 80 organisations and over 100 representatives came together at the session to exchange thoughts.",
    );
  });

  test("leaves the author out when none is given", () => {
    const session = bySlug("from-smart-city-to-smart-society-session");
    expect(session.author).toBeUndefined();
    expect(session.partners).toEqual([]);
    expect(session.date).toMatchObject({ day: "2019-03-21", time: "14:30" });
  });

  test("reads an unquoted YAML date as the calendar date written, not an instant in UTC", () => {
    const g5 = bySlug("g5-smart-city-agenda");
    expect(g5.date.day).toBe("2018-01-08");
    expect(formatDisplayDate(g5.date, "en")).toBe("08 Jan 2018");
    // Midnight in Amsterdam is the evening before in UTC: the day must not slip back.
    expect(g5.date.epochMs).toBe(Date.UTC(2018, 0, 7, 23, 0));
  });
});

describe("files as editors' tools save them", () => {
  test("Windows line endings, a byte-order mark and a '---' rule in the body all load", () => {
    const dir = contentWith({
      "crlf.md":
        "---\r\ntitle: Saved on Windows\r\ndate: 2019-03-20\r\nauthor: HSD Foundation\r\n---\r\n\r\nFirst line\r\nsecond line.\r\n",
      "bom.md": "\uFEFF---\ntitle: Saved with a BOM\ndate: 2019-03-20\n---\n\nBody.\n",
      "rule.md": "---\ntitle: A rule in the body\ndate: 2019-03-20\n---\n\nBefore.\n\n---\n\nAfter the rule.\n",
    });
    const content = loadContent(dir);
    expect(content.problems).toEqual([]);
    const bySlug = Object.fromEntries(content.articles.map((a) => [a.slug, a]));
    expect(bySlug.crlf).toMatchObject({
      title: "Saved on Windows",
      author: "HSD Foundation",
      summary: "First line second line.",
    });
    expect(bySlug.bom.title).toBe("Saved with a BOM");
    expect(bySlug.rule.markdown).toContain("After the rule.");
  });
});

describe("every error kind is one line: <file>: <field>: <message>", () => {
  test("an impossible date", () => {
    const { lines, file } = problemsOf("impossible.md", article("title: Impossible\ndate: 2019-02-30"));
    expect(lines).toEqual([`${file}: date: "2019-02-30" is not a real date`]);
  });

  test("a date that is not YYYY-MM-DD", () => {
    const { lines, file } = problemsOf("malformed.md", article("title: Malformed\ndate: 20-03-2019"));
    expect(lines).toEqual([
      `${file}: date: "20-03-2019" is not a date of the form YYYY-MM-DD or YYYY-MM-DDTHH:mm; did you mean 2019-03-20?`,
    ]);
  });

  test("an impossible time of day", () => {
    const { lines, file } = problemsOf("late.md", article("title: Late\ndate: 2019-03-20T24:10"));
    expect(lines).toEqual([`${file}: date: "2019-03-20T24:10" is not a real time of day`]);
  });

  test("an unknown theme id", () => {
    const { lines, file } = problemsOf(
      "theme.md",
      article("title: Theme\ndate: 2019-03-20\nthemes: [smart-society, space-travel]"),
    );
    expect(lines).toEqual([
      `${file}: themes: unknown theme "space-travel" (not in themes.yml); closest: 'smart-society' or 'urban-security'`,
    ]);
  });

  test("an unknown partner id", () => {
    const { lines, file } = problemsOf(
      "partner.md",
      article("title: Partner\ndate: 2019-03-20\npartners: [vng, acme]"),
    );
    expect(lines).toEqual([
      `${file}: partners: unknown partner "acme" (not in partners.yml); closest: 'vng' or 'municipality-of-the-hague'`,
    ]);
  });

  test("an image without imageAlt", () => {
    const { lines, file } = problemsOf("image.md", article("title: Image\ndate: 2019-03-20\nimage: /images/photo.jpg"));
    expect(lines).toEqual([
      `${file}: imageAlt: is required when image is set: describe the image for readers who cannot see it`,
      `${file}: image: "/images/photo.jpg" is not a file under public/ (looked for public/images/photo.jpg): add the photo there, or correct the path`,
    ]);
  });

  test("an empty body", () => {
    const { lines, file, content } = problemsOf("empty.md", "---\ntitle: Empty\ndate: 2019-03-20\n---\n\n  \n");
    expect(lines).toEqual([`${file}: body: is empty: write the article's text below the closing '---' line`]);
    expect(content.articles).toEqual([]);
  });

  test("a control character in a front-matter field (XML forbids it: it would break every feed)", () => {
    // YAML's double-quoted escapes are how such characters get past the YAML parser.
    const { lines, file, content } = problemsOf(
      "bell.md",
      article('title: "Ring \\a the bell"\ndate: 2019-03-20\nsummary: "Tab\\tand vertical tab\\v here"'),
    );
    const advice =
      "delete it (it is invisible, and often comes with text pasted from another program): feeds cannot carry it";
    expect(lines).toEqual([
      `${file}: title: contains the control character U+0007 at character 6; ${advice}`,
      `${file}: summary: contains the control character U+000B at character 21; ${advice}`,
    ]);
    expect(content.articles).toEqual([]);
  });

  test("a control character in the body names its line and column in the file", () => {
    const { lines, file, content } = problemsOf(
      "pasted.md",
      article("title: Pasted\ndate: 2019-03-20", "First paragraph.\n\nPasted from Word:\u000b here."),
    );
    expect(lines).toEqual([
      `${file}: body: line 8, column 18: contains the control character U+000B; delete it (it is invisible, and often comes with text pasted from another program): feeds cannot carry it`,
    ]);
    expect(content.articles).toEqual([]);
  });

  test("a control character in themes.yml or partners.yml", () => {
    const dir = contentWith({ "fine.md": article("title: Fine\ndate: 2019-03-20") });
    fs.writeFileSync(path.join(dir, "themes.yml"), '- id: odd\n  name: "Odd\\0 theme"\n');
    expect(lines(loadContent(dir))).toContain(
      `${path.join(dir, "themes.yml")}: [0].name: contains the control character U+0000 at character 4; delete it (it is invisible, and often comes with text pasted from another program): feeds cannot carry it`,
    );
  });

  test("missing front matter", () => {
    const { lines, file } = problemsOf("bare.md", "Just a paragraph, no fields.\n");
    expect(lines).toEqual([
      `${file}: front matter: is missing: an article starts with a '---' line, then title and date, then another '---' line`,
    ]);
  });

  test("front matter that is never closed", () => {
    const { lines, file } = problemsOf(
      "unclosed.md",
      "---\ntitle: Unclosed\ndate: 2019-03-20\n\nThe body follows without a closing line.\n",
    );
    expect(lines).toEqual([`${file}: front matter: is not closed: add a line with only '---' after the last field`]);
  });

  test.each([
    ["a key given twice", "---\ntitle: One\ntitle: Two\ndate: 2019-03-20\n---\n\nBody.\n", 3, "duplicated mapping key"],
    [
      "a tab used as indentation",
      "---\ntitle: Tabs\ndate: 2019-03-20\nthemes:\n\t- smart-society\n---\n\nBody.\n",
      5,
      "tab characters must not be used in indentation",
    ],
    [
      "a badly indented line",
      "---\ntitle: Indent\n  date: 2019-03-20\n---\n\nBody.\n",
      3,
      "bad indentation of a mapping entry",
    ],
  ])("broken YAML names the line of the file: %s", (_, text, line, reason) => {
    const { lines, file } = problemsOf("yaml.md", text);
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^${escape(file)}: front matter: is not valid YAML at line ${line}: ${reason}`)),
    ]);
  });

  test("a non-UTF-8 file", () => {
    // "café" in Latin-1: the é is the single byte 0xE9, which is not valid UTF-8.
    const latin1 = Buffer.from("---\ntitle: Caf\xe9\ndate: 2019-03-20\n---\n\nCaf\xe9 text.\n", "latin1");
    const { lines, file } = problemsOf("latin1.md", latin1);
    expect(lines).toEqual([`${file}: encoding: is not valid UTF-8: save the file as UTF-8`]);
  });

  test.each([
    [
      "Smart-Society.md",
      `"Smart-Society" is not a valid slug: use lower-case letters, digits and single hyphens, e.g. signing-of-smart-society-declaration.md`,
    ],
    [
      "smart society.md",
      `"smart society" is not a valid slug: use lower-case letters, digits and single hyphens, e.g. signing-of-smart-society-declaration.md`,
    ],
    [
      "smart--society.md",
      `"smart--society" is not a valid slug: use lower-case letters, digits and single hyphens, e.g. signing-of-smart-society-declaration.md`,
    ],
    [
      "smart-society.markdown",
      "must end in .md: news/ holds only <slug>.md files and their translations, <slug>.nl.md",
    ],
  ])("a bad file name: %s", (name, message) => {
    const { lines, file, content } = problemsOf(name, article("title: Name\ndate: 2019-03-20"));
    expect(lines).toEqual([`${file}: file name: ${message}`]);
    expect(content.articles).toEqual([]);
  });

  test("an unknown field (a typo must not pass silently)", () => {
    const { lines, file } = problemsOf("typo.md", article("title: Typo\ndate: 2019-03-20\nauther: HSD Foundation"));
    expect(lines).toEqual([`${file}: auther: unknown field 'auther'; did you mean 'author'?`]);
  });

  test.each([
    ["a list where text belongs", "title: [Signing, Declaration]\ndate: 2019-03-20", "title: a title must be text"],
    [
      "a number where a date belongs",
      "title: Number\ndate: 2019",
      "date: must be a date written as YYYY-MM-DD or YYYY-MM-DDTHH:mm",
    ],
    [
      "text where a list belongs",
      "title: Themes\ndate: 2019-03-20\nthemes: smart-society",
      "themes: must be a list between square brackets: [smart-society]",
    ],
    [
      "text where true or false belongs",
      "title: Draft\ndate: 2019-03-20\ndraft: maybe",
      "draft: must be true or false",
    ],
  ])("a field of the wrong type: %s", (_, frontMatter, expected) => {
    const { lines, file } = problemsOf("type.md", article(frontMatter));
    expect(lines).toEqual([`${file}: ${expected}`]);
  });

  test("a missing title and date are named", () => {
    const { lines, file } = problemsOf("fieldless.md", article("author: HSD Foundation"));
    expect(lines).toEqual([`${file}: title: a title is required`, `${file}: date: a date is required`]);
  });
});

describe("front matter in another language", () => {
  const marker = path.join(os.tmpdir(), `hsd-js-front-matter-${process.pid}`);
  const proofMarker = `${marker}-proof`;
  type Flags = { __hsdFrontMatterRan?: boolean; __hsdProofRan?: boolean };
  /** JavaScript front matter that, if evaluated, sets a global and writes a file. */
  const payload = (fence: string, flag: keyof Flags, file: string) =>
    `${fence}\n{ title: (globalThis.${flag} = true, process.getBuiltinModule("fs").writeFileSync(${JSON.stringify(file)}, "ran"), "Pwned"), date: "2019-03-20" }\n---\n\nBody.\n`;

  afterAll(() => {
    fs.rmSync(marker, { force: true });
    fs.rmSync(proofMarker, { force: true });
    delete (globalThis as Flags).__hsdProofRan;
  });

  test.each(["---js", "---javascript", "--- js"])("%s is refused and never executed", (fence) => {
    const { lines, file, content } = problemsOf("script.md", payload(fence, "__hsdFrontMatterRan", marker));
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(`${file}: front matter: `)).toBe(true);
    expect(content.articles).toEqual([]);
    expect((globalThis as Flags).__hsdFrontMatterRan).toBeUndefined();
    expect(fs.existsSync(marker)).toBe(false);
  });

  test("the same payload does run when gray-matter is left to its defaults", () => {
    // Proves the payload is live: the loader's refusal, not a dud payload, is what keeps it inert.
    const parsed = matter(payload("---js", "__hsdProofRan", proofMarker), {});
    expect(parsed.data).toMatchObject({ title: "Pwned" });
    expect((globalThis as Flags).__hsdProofRan).toBe(true);
    expect(fs.existsSync(proofMarker)).toBe(true);
  });
});

describe("a folder with several broken files", () => {
  const content = loadContent(brokenFixture);

  test("reports every problem in every file at once", () => {
    expect(lines(content)).toEqual([
      `tests/fixtures/broken/news/Bad Name.md: file name: "Bad Name" is not a valid slug: use lower-case letters, digits and single hyphens, e.g. signing-of-smart-society-declaration.md`,
      `tests/fixtures/broken/news/impossible-date.md: date: "2019-02-30" is not a real date`,
      `tests/fixtures/broken/news/no-front-matter.md: front matter: is missing: an article starts with a '---' line, then title and date, then another '---' line`,
      `tests/fixtures/broken/news/two-problems.md: themes: unknown theme "space-travel" (not in themes.yml); closest: 'smart-society' or 'urban-security'`,
      `tests/fixtures/broken/news/two-problems.md: imageAlt: is required when image is set: describe the image for readers who cannot see it`,
      `tests/fixtures/broken/news/two-problems.md: image: "/images/photo.jpg" is not a file under public/ (looked for public/images/photo.jpg): add the photo there, or correct the path`,
    ]);
  });

  test("still loads the valid article beside them", () => {
    expect(content.articles.map((a) => a.slug)).toEqual(["a-good-article"]);
  });
});

describe("results are never shared between loads", () => {
  test("changing what one load returned does not change the next load", () => {
    const first = loadContent(validFixture);
    const signing = first.articles.find((a) => a.slug === "signing-of-smart-society-declaration")!;
    const noThemes = first.articles.find((a) => a.slug === "g5-smart-city-agenda")!;
    signing.title = "Changed";
    (signing.themes as string[]).push("changed");
    // Parsed dates are shared between loads (parsing is memoised by text), so they are frozen.
    expect(() => ((signing.date as { day: string }).day = "1999-01-01")).toThrow(TypeError);
    (noThemes.themes as string[]).push("changed");
    first.themes[0].name = "Changed";

    const second = loadContent(validFixture);
    const again = second.articles.find((a) => a.slug === "signing-of-smart-society-declaration")!;
    expect(again.title).toBe("Signing of Smart Society Declaration");
    expect(again.themes).toEqual(["smart-society", "urban-security"]);
    expect(again.date.day).toBe("2019-03-20");
    expect(second.articles.find((a) => a.slug === "g5-smart-city-agenda")!.themes).toEqual([]);
    expect(second.themes[0].name).toBe("Smart Society");
  });

  test("two articles without themes do not share one list", () => {
    const dir = contentWith({
      "one.md": article("title: One\ndate: 2019-03-20"),
      "two.md": article("title: Two\ndate: 2019-03-21"),
    });
    const [one, two] = loadContent(dir).articles;
    (one.themes as string[]).push("changed");
    expect(two.themes).toEqual([]);
  });

  test("gray-matter's global cache is not filled (it is unbounded and hands out shared objects)", () => {
    // Not in gray-matter's type definitions, but part of its API: matter.cache, keyed by file text.
    const cache = (matter as unknown as { cache: Record<string, unknown> }).cache;
    const before = Object.keys(cache).length;
    // Text no earlier test has loaded, so an entry for it could only come from this load.
    loadContent(contentWith({ "cache.md": article(`title: Cache ${Date.now()}\ndate: 2019-03-20`) }));
    expect(Object.keys(cache).length).toBe(before);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("themes.yml and partners.yml", () => {
  test("a list with no entries yet (empty, or only comments) is valid, not a YAML error", () => {
    const dir = contentWith({ "plain.md": article("title: Plain\ndate: 2019-03-20") });
    fs.writeFileSync(path.join(dir, "partners.yml"), "# no partners yet\n\n");
    fs.writeFileSync(path.join(dir, "themes.yml"), "");
    const content = loadContent(dir);
    expect(content.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(content.partners).toEqual([]);
    expect(content.themes).toEqual([]);
    expect(content.articles.map((a) => a.slug)).toEqual(["plain"]);
  });
});

describe("translations: <slug>.nl.md beside <slug>.md", () => {
  test("are read with the same loader and kept on their original; the summary comes from the Dutch body when none is given", () => {
    const dir = contentWith({
      "declaration.md": article(
        "title: Declaration\ndate: 2019-03-20\nauthor: HSD Foundation\nimage: /images/photo.jpg\nimageAlt: People signing",
      ),
      "declaration.nl.md": article(
        "title: Verklaring\nauthor: Stichting HSD\nimageAlt: Mensen ondertekenen\nupdated: 2019-03-21",
        "De **eerste** alinea, in het Nederlands.\n\n## Meer",
      ),
    });
    const content = loadContent(dir, { warnings: false });
    expect(content.problems).toEqual([]);
    expect(content.articles).toHaveLength(1);
    const [declaration] = content.articles;
    expect(declaration.title).toBe("Declaration");
    expect(declaration.translations?.nl).toMatchObject({
      language: "nl",
      file: path.join(dir, "news", "declaration.nl.md"),
      title: "Verklaring",
      summary: "De eerste alinea, in het Nederlands.",
      author: "Stichting HSD",
      imageAlt: "Mensen ondertekenen",
      updated: { day: "2019-03-21" },
    });
    expect(declaration.translations?.nl?.markdown).toContain("## Meer");
  });

  test("an unquoted YAML date is refused like any other inherited field, and the original loads without its translation", () => {
    const dir = contentWith({
      "declaration.md": article("title: Declaration\ndate: 2019-03-20"),
      "declaration.nl.md": article("title: Verklaring\ndate: 2019-03-20"),
    });
    const content = loadContent(dir);
    expect(lines(content)).toEqual([
      `${path.join(dir, "news", "declaration.nl.md")}: date: comes from declaration.md; remove it here`,
    ]);
    expect(content.articles.map((a) => [a.slug, a.translations])).toEqual([["declaration", undefined]]);
    expect(content.rejectedTranslations).toEqual([
      { slug: "declaration", language: "nl", file: path.join(dir, "news", "declaration.nl.md") },
    ]);
  });

  test("Dutch names of themes and partners are read into their nl block", () => {
    const dir = contentWith({ "fine.md": article("title: Fine\ndate: 2019-03-20") });
    fs.writeFileSync(
      path.join(dir, "themes.yml"),
      "- id: smart-society\n  name: Smart Society\n  nl:\n    name: Slimme samenleving\n    description: Over de slimme samenleving.\n",
    );
    fs.writeFileSync(
      path.join(dir, "partners.yml"),
      "- id: gemeente\n  name: Municipality\n  url: https://example.org\n  nl:\n    name: Gemeente\n",
    );
    const content = loadContent(dir);
    expect(content.problems).toEqual([]);
    expect(content.themes).toEqual([
      {
        id: "smart-society",
        name: "Smart Society",
        nl: { name: "Slimme samenleving", description: "Over de slimme samenleving." },
      },
    ]);
    expect(content.partners).toEqual([
      { id: "gemeente", name: "Municipality", url: "https://example.org", nl: { name: "Gemeente" } },
    ]);
  });
});
