import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * The layers of src/ (README, "Code layout"), one direction only: content folder -> src/content ->
 * src/publish -> src/app -> src/components, with src/lib the leaves every layer may use and
 * src/i18n (the interface text of each edition) beside them. eslint-plugin-import (brought by
 * eslint-config-next, with its TypeScript resolver, so `@/` paths resolve) checks the imports
 * between folders; tests/unit/layering.test.ts shows each rule failing on a bad import.
 */
const LOADER = [
  "./src/content/load.ts",
  "./src/content/frontMatter.ts",
  "./src/content/editorWarnings.ts",
  "./src/content/files.ts",
  "./src/content/scaffold.ts",
  "./src/content/markdown.ts",
  "./src/content/snapshot.ts",
  "./src/content/buildSnapshot.ts",
  "./src/content/currentIndex.ts",
];

const layers = [
  {
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: ["./src/components", "./src/lib", "./src/publish", "./src/app", "./src/server"],
              from: LOADER,
              message:
                "Only src/content reads files, parses Markdown and chooses the index: ask the content index (@/content) instead.",
            },
            {
              target: ["./src/components", "./src/publish"],
              from: "./src/content",
              except: ["./model.ts"],
              message:
                "Components and src/publish take the content's types from @/content/model and their data as arguments.",
            },
            {
              target: "./src/lib",
              from: "./src",
              except: ["./lib"],
              message:
                "src/lib holds the leaves (settings, dates, clock, page numbers, routes): it imports nothing else of the site.",
            },
            {
              target: "./src/i18n",
              from: "./src",
              except: ["./lib", "./i18n"],
              message: "src/i18n holds the interface text: it imports only src/lib (the editions, the site's name).",
            },
            {
              target: ["./src/content", "./src/publish", "./src/lib", "./src/app", "./src/components", "./src/i18n"],
              from: "./src/server",
              message:
                "src/server is the HTTP front of the server (started by src/instrumentation.ts): nothing of the site imports it.",
            },
            {
              target: ["./src/content", "./src/publish", "./src/lib"],
              from: ["./src/app", "./src/components"],
              message:
                "Data flows one way: routes and components use src/content, src/publish and src/lib, never the other way round.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/components/**", "src/lib/**", "src/publish/**", "src/app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            "fs",
            "node:fs",
            "fs/promises",
            "node:fs/promises",
            "gray-matter",
            "js-yaml",
            "remark",
            "remark-gfm",
            "remark-html",
          ].map((name) => ({
            name,
            message: "Only src/content touches files and parses content: ask the content index (@/content) instead.",
          })),
        },
      ],
    },
  },
  {
    files: ["src/content/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(react|react-dom|next)(/.*)?$",
              message: "src/content is the model and its queries: no React, no Next.",
            },
          ],
        },
      ],
    },
  },
];

/**
 * No interface string in a component or a route: every word readers see comes from the edition's
 * catalogue (src/i18n/messages), so the Dutch edition cannot miss one. Text in JSX is refused
 * (react/jsx-no-literals), and so are literal accessible names and alternatives (aria-label,
 * alt, title, placeholder), which that rule leaves to props. Arrows and punctuation that stand
 * between translated parts are allowed. tests/unit/layering.test.ts shows both failing.
 */
const noInterfaceText = [
  {
    files: ["src/components/**/*.tsx", "src/app/**/*.tsx"],
    rules: {
      "react/jsx-no-literals": ["error", { noStrings: true, ignoreProps: true, allowedStrings: ["→", "←", ":", " "] }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name=/^(aria-label|aria-description|alt|title|placeholder)$/] > Literal",
          message: "Interface text comes from the edition's catalogue (src/i18n): translator(edition, namespace)(key).",
        },
      ],
    },
  },
];

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  ...layers,
  ...noInterfaceText,
  { ignores: ["node_modules/**", ".next/**", ".next-*/**", ".bench/**", "next-env.d.ts", "coverage/**"] },
];

export default config;
