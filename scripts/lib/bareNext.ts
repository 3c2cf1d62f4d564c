/**
 * The bare Next.js page: one layout and one static page (and, for comparisons by size, the same page
 * padded, cached or rendered per request), TypeScript like the
 * site (and, like the site's `npm run build`, built without Next's type check
 * unless NEXT_SKIP_TYPECHECK=0), the same Next.js and React as the site.
 * What Next.js itself costs with nothing of this site in it; `npm run audit`
 * and `npm run bench` compare the site with it in the same run.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "./production";

const files: Record<string, string> = {
  "package.json": JSON.stringify(
    { name: "bare-next-page", private: true, scripts: { build: "next build", start: "next start" } },
    null,
    2,
  ),
  // Turbopack compiles only inside its root, which must hold both this folder and the linked node_modules.
  "next.config.mjs": `export default { distDir: process.env.NEXT_DIST_DIR || ".next", poweredByHeader: false, turbopack: { root: "/" }, typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK !== "0" } };\n`,
  "tsconfig.json": JSON.stringify(
    {
      compilerOptions: {
        target: "ES2022",
        lib: ["dom", "dom.iterable", "esnext"],
        strict: true,
        noEmit: true,
        module: "esnext",
        moduleResolution: "bundler",
        jsx: "react-jsx",
        isolatedModules: true,
        skipLibCheck: true,
        plugins: [{ name: "next" }],
      },
      include: ["next-env.d.ts", "**/*.ts", "**/*.tsx", ".next/types/**/*.ts"],
      exclude: ["node_modules"],
    },
    null,
    2,
  ),
  "app/layout.tsx": `import type { ReactNode } from "react";

export const metadata = { title: "Bare Next.js page", description: "One layout and one static page, for comparison." };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.tsx": `export default function Page() {
  return (
    <main>
      <h1>A bare Next.js page</h1>
      <p>One layout and one static page, built with the same version of Next.js as the site.</p>
    </main>
  );
}
`,
  // Text of a given number of characters, drawn from a fixed sequence of words, in paragraphs, so it
  // compresses like prose and not like one repeated phrase: the padding of the two pages below.
  "app/padding.tsx": `const WORDS = ["security", "the", "hague", "delta", "cyber", "innovation", "partners", "of", "and", "a", "campus", "research", "government", "companies", "knowledge", "institutions", "together", "safe", "digital", "society", "resilient", "network", "programme", "in", "for", "with", "regional", "startups"];

function padding(chars: number): string {
  let state = 20260101;
  let text = "";
  while (text.length < chars) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    text += WORDS[(state >>> 16) % WORDS.length] + (state % 17 === 0 ? ". " : " ");
  }
  return text.slice(0, chars);
}

export function Paragraphs({ chars }: { chars: string | undefined }) {
  const text = padding(Math.min(Math.max(Number.parseInt(chars ?? "0", 10) || 0, 0), 2_000_000));
  const paragraphs = text.match(/[\\s\\S]{1,600}/g) ?? [];
  return paragraphs.map((paragraph, index) => <p key={index}>{paragraph}</p>);
}
`,
  // The bare page padded to a given number of characters: the bench asks for the count that makes its
  // HTML as long as the site's page it is compared with. Rendered on its first request and served from
  // Next's cache after, like the site's articles rendered on demand.
  "app/padded/[chars]/page.tsx": `import { Paragraphs } from "../../padding";

export const dynamicParams = true;

export function generateStaticParams(): { chars: string }[] {
  return [];
}

export default async function Page({ params }: { params: Promise<{ chars: string }> }) {
  const { chars } = await params;
  return (
    <main>
      <h1>A bare Next.js page, padded</h1>
      <Paragraphs chars={chars} />
    </main>
  );
}
`,
  // The same, rendered on every request, as the site renders a search page: its words in the heading.
  "app/per-request/page.tsx": `import { Paragraphs } from "../padding";

export default async function Page({ searchParams }: { searchParams: Promise<{ chars?: string; q?: string }> }) {
  const { chars, q } = await searchParams;
  return (
    <main>
      <h1>A bare Next.js page rendered for {q}</h1>
      <Paragraphs chars={chars} />
    </main>
  );
}
`,
};

/** The route of the bare app's page padded with `chars` characters of text. */
export function paddedBarePath(chars: number): string {
  return `/padded/${chars}`;
}

/** The bare app's page rendered on every request, padded with `chars` characters, for the words `query`. */
export function perRequestBarePath(chars: number, query = "words"): string {
  return `/per-request?${new URLSearchParams({ chars: String(chars), q: query })}`;
}

/**
 * Writes the bare app into a new temporary folder and returns it; the caller
 * removes it. Outside the project on purpose: Turbopack, rooted at the project,
 * takes the project's own src/instrumentation.ts for the bare app's. Its node_modules is a
 * link to the site's, so it runs exactly the same Next.js and React.
 */
export function makeBareNextApp(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-bare-next-"));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  fs.symlinkSync(path.join(projectRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}
