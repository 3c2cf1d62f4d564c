/**
 * The layering rules of eslint.config.mjs, with ESLint's own Node API: a small file with a
 * deliberate bad import, linted as if it stood in a folder of src/, must get the rule's error;
 * the imports each layer is allowed pass.
 */
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, test, vi } from "vitest";

// The first lint of a run loads the TypeScript resolver: seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const projectRoot = path.resolve(__dirname, "../..");
const eslint = new ESLint({ cwd: projectRoot });

/** The rule and message of every problem ESLint finds in `code` standing at `file`. */
async function lint(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(projectRoot, file) });
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe("what a layer may not import", () => {
  test.each([
    [
      "a component",
      "src/components/Bad.tsx",
      `import { loadContent } from "@/content/load";\nexport const Bad = () => <p>{String(loadContent)}</p>;\n`,
    ],
    [
      "a component",
      "src/components/Bad.tsx",
      `import { readSnapshot } from "@/content/snapshot";\nexport const Bad = () => <p>{String(readSnapshot)}</p>;\n`,
    ],
    [
      "src/lib",
      "src/lib/bad.ts",
      `import { buildContentSnapshot } from "../content/buildSnapshot";\nexport const bad = buildContentSnapshot;\n`,
    ],
    [
      "src/publish",
      "src/publish/bad.ts",
      `import { getPublicationView } from "@/content/currentIndex";\nexport const bad = getPublicationView;\n`,
    ],
    [
      "a route",
      "src/app/bad/page.tsx",
      `import { loadContent } from "@/content/load";\nexport default function Bad() {\n  return <p>{String(loadContent)}</p>;\n}\n`,
    ],
  ])("%s cannot reach the loader (%s)", async (_layer, file, code) => {
    const messages = await lint(file, code);
    // Where a second rule forbids the import too (the model-only rule for components, the leaves rule for src/lib), it says so as well.
    expect(messages).toContainEqual(
      expect.stringMatching(/^import\/no-restricted-paths: .*Only src\/content reads files/),
    );
    expect(messages.every((message) => message.startsWith("import/no-restricted-paths: "))).toBe(true);
  });

  test("components and src/publish take the content's types from the model, not from the index", async () => {
    expect(
      await lint(
        "src/components/Bad.tsx",
        `import type { Article } from "@/content";\nexport const Bad = ({ article }: { article: Article }) => <p>{article.title}</p>;\n`,
      ),
    ).toEqual([
      expect.stringMatching(
        /^import\/no-restricted-paths: .*Components and src\/publish take the content's types from @\/content\/model/,
      ),
    ]);
    expect(
      await lint(
        "src/publish/bad.ts",
        `import { ContentCatalogue } from "@/content/catalogue";\nexport const bad = ContentCatalogue;\n`,
      ),
    ).toEqual([expect.stringMatching(/^import\/no-restricted-paths: .*Components and src\/publish/)]);
  });

  test("src/lib imports nothing of the site", async () => {
    expect(
      await lint("src/lib/bad.ts", `import type { Article } from "@/content/model";\nexport type Bad = Article;\n`),
    ).toEqual([expect.stringMatching(/^import\/no-restricted-paths: .*src\/lib holds the leaves/)]);
    expect(
      await lint(
        "src/lib/bad.ts",
        `import { articleMetadata } from "../publish/metadata";\nexport const bad = articleMetadata;\n`,
      ),
    ).toEqual([expect.stringMatching(/^import\/no-restricted-paths: .*src\/lib holds the leaves/)]);
  });

  test("nothing below the routes imports a route or a component", async () => {
    expect(
      await lint(
        "src/publish/bad.ts",
        `import { ArticleCard } from "@/components/ArticleCard";\nexport const bad = ArticleCard;\n`,
      ),
    ).toEqual([expect.stringMatching(/^import\/no-restricted-paths: .*Data flows one way/)]);
  });

  test.each([
    ["a component", "src/components/Bad.tsx"],
    ["src/lib", "src/lib/bad.ts"],
    ["src/publish", "src/publish/bad.ts"],
    ["a route", "src/app/bad/route.ts"],
  ])("%s cannot read files (%s)", async (_layer, file) => {
    expect(await lint(file, `import fs from "node:fs";\nexport const bad = fs.readFileSync;\n`)).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*Only src\/content touches files/),
    ]);
  });

  test("src/i18n imports only src/lib", async () => {
    expect(
      await lint("src/i18n/bad.ts", `import type { Article } from "@/content/model";\nexport type Bad = Article;\n`),
    ).toEqual([expect.stringMatching(/^import\/no-restricted-paths: .*src\/i18n holds the interface text/)]);
  });

  test("src/content imports no React", async () => {
    expect(
      await lint("src/content/bad.ts", `import { createElement } from "react";\nexport const bad = createElement;\n`),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*src\/content is the model and its queries: no React/)]);
  });
});

describe("no interface string in a component or a route", () => {
  test.each([
    ["a component", "src/components/Bad.tsx"],
    ["a route", "src/app/bad/page.tsx"],
  ])("text in JSX is refused in %s (%s)", async (_place, file) => {
    expect(await lint(file, `export default function Bad() {\n  return <p>Read more</p>;\n}\n`)).toEqual([
      expect.stringMatching(/^react\/jsx-no-literals: .*"Read more"/),
    ]);
    expect(
      await lint(
        file,
        `export default function Bad({ n }: { n: number }) {\n  return <p>{\`\${n} articles\`}</p>;\n}\n`,
      ),
    ).toEqual([expect.stringMatching(/^react\/jsx-no-literals: /)]);
  });

  test.each(["aria-label", "alt", "title", "placeholder"])("a literal %s is refused", async (attribute) => {
    expect(
      await lint(
        "src/components/Bad.tsx",
        `export const Bad = () => <input type="image" src="/x.png" ${attribute}="Our logo" />;\n`,
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-syntax: Interface text comes from the edition's catalogue/)]);
  });

  test("text from the catalogue, arrows between parts and attributes that are no text pass", async () => {
    const good = `import Link from "next/link";\nimport { translator } from "@/i18n/translator";\nexport const Good = () => (\n  <Link href="/news" className="x" aria-label={translator("en", "header")("navLabel")}>\n    {translator("en", "allNewsLink")("text")} <span aria-hidden="true">→</span>\n  </Link>\n);\n`;
    expect(await lint("src/components/Good.tsx", good)).toEqual([]);
  });
});

test("what each layer may import passes", async () => {
  expect(
    await lint(
      "src/components/Good.tsx",
      `import type { Article } from "@/content/model";\nimport { articlePath } from "@/lib/routes";\nexport const Good = ({ article }: { article: Article }) => <a href={articlePath("en", article.slug)}>{article.title}</a>;\n`,
    ),
  ).toEqual([]);
  expect(
    await lint(
      "src/publish/good.ts",
      `import type { Article } from "@/content/model";\nimport { absoluteUrl } from "@/lib/site";\nexport const good = (article: Article) => absoluteUrl(article.slug);\n`,
    ),
  ).toEqual([]);
  expect(
    await lint(
      "src/app/good/page.tsx",
      `import { getPublicationView } from "@/content";\nexport default function Good() {\n  return <p>{getPublicationView().articles.length}</p>;\n}\n`,
    ),
  ).toEqual([]);
  expect(
    await lint("src/i18n/good.ts", `import { site } from "../lib/site";\nexport const good = site.name;\n`),
  ).toEqual([]);
  expect(
    await lint(
      "src/content/good.ts",
      `import fs from "node:fs";\nimport { site } from "../lib/site";\nexport const good = () => fs.existsSync(site.name);\n`,
    ),
  ).toEqual([]);
});
