/**
 * SITE_URL in the docs: every command of docs/DEPLOYMENT.md that builds or serves the site
 * refuses to run without SITE_URL and passes it on when set, and the README's serve command still
 * works without it. The commands are run by bash as written, with npm and node replaced by stand-ins
 * that print what they were given.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

const root = path.resolve(__dirname, "../..");

/** The lines of a Markdown file's ```sh blocks that build or start the site. */
function serveCommands(file: string): string[] {
  const markdown = fs.readFileSync(path.join(root, file), "utf8");
  const blocks = [...markdown.matchAll(/^([ \t]*)```sh\n([\s\S]*?)^\1```/gm)].map((match) => match[2]);
  return blocks
    .flatMap((block) => block.split("\n"))
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter((line) => /\b(npm run build|npm start|next start|node server\.js)\b/.test(line));
}

/** Runs one command line in bash with stand-ins; returns its exit status and what it printed. */
function run(line: string, siteUrl?: string): { status: number | null; output: string } {
  const standIns =
    'npm() { echo "npm $* SITE_URL=${SITE_URL:-}"; }; node() { echo "node $* SITE_URL=${SITE_URL:-}"; }; cd() { :; }; cp() { :; };';
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, NODE_ENV: "production" };
  if (siteUrl) env.SITE_URL = siteUrl;
  const result = spawnSync("bash", ["-c", `${standIns}\n${line}`], { env, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("docs/DEPLOYMENT.md", () => {
  const commands = serveCommands("docs/DEPLOYMENT.md");

  test("has build and start commands", () => {
    expect(commands.some((c) => c.includes("npm run build"))).toBe(true);
    expect(commands.some((c) => c.includes("npm start"))).toBe(true);
    expect(commands.some((c) => c.includes("node server.js"))).toBe(true);
  });

  test.each(commands)("`%s` stops without SITE_URL, naming it", (command) => {
    const { status, output } = run(command);
    expect(status).not.toBe(0);
    expect(output).toContain("SITE_URL");
    expect(output).not.toMatch(/^(npm|node) /m);
  });

  test.each(commands)("`%s` passes SITE_URL on when it is set", (command) => {
    const { status, output } = run(command, "https://news.example.org");
    expect(status).toBe(0);
    expect(output).toMatch(/^(npm|node) .*SITE_URL=https:\/\/news\.example\.org$/m);
  });
});

test("the README's serve command works without SITE_URL", () => {
  const [command] = serveCommands("README.md").filter((c) => c.includes("npm start"));
  expect(command).toBe("npm install && npm run build && npm start");
  expect(run(command).status).toBe(0);
});
