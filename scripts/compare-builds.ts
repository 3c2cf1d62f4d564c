/**
 * `node --import tsx scripts/compare-builds.ts [--base REV] [--reuse-base]`: shows that a change
 * leaves every response of the site as it was. It builds the site from REV (default `main`) and
 * from the working tree, each over the same content folders, with the same environment and the
 * same fixed clock, serves each build with `next start`, and fetches the same addresses from both.
 * Two content folders:
 * - `e2e`: the main end-to-end content (the real articles, nine archive items and three events,
 *   made as tests/e2e/support/content.ts makes them);
 * - `corpus`: 150 articles of the benchmark's generator (scripts/bench/corpus.ts), so that every
 *   kind of listing has later pages and most pages are rendered on demand, not at build time;
 *   with its Dutch translations, unless REV predates them (it would refuse the files).
 * The addresses: every address in the sitemap, every page type and other response of
 * tests/e2e/support/pages.ts (feeds, calendars, robots, preview images), and every address of
 * the site that a fetched response names (links, images, scripts and stylesheets under /_next/,
 * Open Graph images, JSON-LD urls), each page also as the RSC payload client navigation fetches.
 * Status, headers and body are compared with the build id, the server's port, file times, the
 * ETag (a hash of the body, compared itself) and the length of a compressed body that names the
 * build id set aside; every difference is printed as a diff and the command exits 1. The responses are kept under .bench/compare/.
 *
 * Both trees are built at the same absolute path (a copy under the system's temporary folder,
 * with node_modules hard-linked), since a stylesheet's class names are hashed from its path.
 * `--reuse-base` keeps the base side's responses from an earlier run of the same commit.
 * `--skip PREFIX` (repeatable) leaves every address at or below a path prefix out of the crawl,
 * e.g. `--skip /nl` to compare the English edition of a change that adds the Dutch one.
 */
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { addMainSiteEvents, realContentWithArchive } from "../tests/e2e/support/content";
import { nonPagePaths, pageTypes } from "../tests/e2e/support/pages";
import { writeBenchPhotos, writeCorpus } from "./bench/corpus";
import { projectRoot, siteEnv, startServer, type Server } from "./lib/production";

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const baseRev = option("--base") ?? "main";
const reuseBase = args.includes("--reuse-base");
const skipped = args.flatMap((arg, at) => (arg === "--skip" && args[at + 1] ? [args[at + 1].replace(/\/+$/, "")] : []));
const isSkipped = (address: string) =>
  skipped.some((prefix) => address === prefix || address.startsWith(`${prefix}/`) || address.startsWith(`${prefix}?`));

/** After the newest article of both content folders and before the upcoming events, so every run sees the same site. */
const FIXED_DAY = "2027-06-01";
const FIXED_NOW = `${FIXED_DAY}T12:00`;
const work = path.join(os.tmpdir(), "hsd-compare");
const tree = path.join(work, "tree");
const saved = path.join(projectRoot, ".bench", "compare");
/** Headers that differ between two requests or two identical builds; the ETag is a hash of the body, compared itself. */
const VOLATILE_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding", "etag", "last-modified"]);
const MAX_ADDRESSES = 5000;
const PUBLIC_ORIGIN = "http://localhost:3000";

interface ContentSet {
  name: string;
  dir: string;
}

function git(...gitArgs: string[]): string {
  const result = spawnSync("git", gitArgs, { cwd: projectRoot, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`git ${gitArgs.join(" ")} failed:\n${result.stderr}`);
  return result.stdout;
}

/** A fresh copy of REV's files, or of the working tree's (tracked and untracked, not ignored), at `tree`, with node_modules hard-linked. */
function prepareTree(rev: string | undefined): void {
  fs.rmSync(tree, { recursive: true, force: true });
  fs.mkdirSync(tree, { recursive: true });
  if (rev) {
    const archive = spawnSync("sh", ["-c", `git archive ${JSON.stringify(rev)} | tar -x -C ${JSON.stringify(tree)}`], {
      cwd: projectRoot,
      encoding: "utf8",
    });
    if (archive.status !== 0) throw new Error(`git archive ${rev} failed:\n${archive.stderr}`);
  } else {
    const files = git("ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0").filter(Boolean);
    for (const file of files) {
      const from = path.join(projectRoot, file);
      if (!fs.existsSync(from)) continue; // deleted in the working tree
      fs.mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
      fs.copyFileSync(from, path.join(tree, file));
    }
  }
  const linked = spawnSync("cp", ["-al", path.join(projectRoot, "node_modules"), path.join(tree, "node_modules")]);
  if (linked.status !== 0) throw new Error(`could not hard-link node_modules into ${tree}: ${linked.stderr}`);
}

function environment(set: ContentSet, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return siteEnv({ distDir: `.next-compare-${set.name}`, contentDir: set.dir, env: { HSD_NOW: FIXED_NOW, ...extra } });
}

function build(set: ContentSet): void {
  const next = path.join(tree, "node_modules/next/dist/bin/next");
  const result = spawnSync(process.execPath, [next, "build"], {
    cwd: tree,
    env: environment(set, { NEXT_SKIP_TYPECHECK: "1" }),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`next build of ${set.name} in ${tree} failed:\n${result.stdout}${result.stderr}`);
}

interface Answer {
  status: number;
  headers: [string, string][];
  body: Buffer;
}

/** Same-origin addresses a text names: href, src and content attributes, absolute URLs of the site, the sitemap's <loc>s. */
function namedAddresses(text: string, serverUrl: string): string[] {
  const found: string[] = [];
  const origins = [serverUrl, PUBLIC_ORIGIN];
  for (const match of text.matchAll(
    /(?:href|src|content)="([^"]+)"|<loc>([^<]+)<\/loc>|(http:\/\/localhost:3000[^"'<>\s\\&]*)/g,
  )) {
    const raw = (match[1] ?? match[2] ?? match[3]).replace(/&amp;/g, "&");
    let address = raw;
    for (const origin of origins) if (raw.startsWith(origin)) address = raw.slice(origin.length) || "/";
    if (address.startsWith("/") && !address.startsWith("//")) found.push(address.split("#")[0]);
  }
  return found;
}

async function fetchAnswer(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  const answer = await fetch(url, { redirect: "manual", headers });
  const body = Buffer.from(await answer.arrayBuffer());
  return { status: answer.status, headers: [...answer.headers].filter(([name]) => !VOLATILE_HEADERS.has(name)), body };
}

/** Fetches every address reachable from the seeds, in the same order on every run, each once; pages also as RSC payloads. */
async function crawl(server: Server, seeds: readonly string[]): Promise<Map<string, Answer>> {
  const answers = new Map<string, Answer>();
  const queue = [...new Set(seeds)].filter((address) => !isSkipped(address));
  const seen = new Set(queue);
  while (queue.length > 0 && answers.size < MAX_ADDRESSES) {
    const address = queue.shift()!;
    const answer = await fetchAnswer(server.url + address);
    answers.set(address, answer);
    const type = answer.headers.find(([name]) => name === "content-type")?.[1] ?? "";
    if (type.startsWith("text/html"))
      answers.set(`${address} (RSC)`, await fetchAnswer(server.url + address, { rsc: "1" }));
    if (!/html|xml|json|text/.test(type)) continue;
    for (const next of namedAddresses(answer.body.toString("utf8"), server.url)) {
      if (!seen.has(next) && !isSkipped(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return answers;
}

function fileNameFor(address: string): string {
  return encodeURIComponent(address).replace(/%2F/g, "~");
}

/** One file an answer: status, headers, a blank line, the body (a binary one as its length and hash), with the volatile parts replaced. */
function save(dir: string, answers: Map<string, Answer>, buildId: string, server: Server): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const normalise = (text: string) =>
    text
      .split(buildId)
      .join("<BUILD_ID>")
      .split(`localhost:${server.port}`)
      .join("<SERVER>")
      .split(`127.0.0.1:${server.port}`)
      .join("<SERVER>");
  for (const [address, answer] of answers) {
    const isText = answer.body.indexOf(0) === -1;
    const body = isText
      ? normalise(answer.body.toString("utf8"))
      : `<${answer.body.length} bytes, sha1 ${crypto.createHash("sha1").update(answer.body).digest("hex")}>`;
    // A compressed body's length varies with the random letters of a build id it names: set aside (the body itself is compared).
    const lengthVaries = answer.headers.some(([name]) => name === "content-encoding") && answer.body.includes(buildId);
    const head = [
      address,
      `status ${answer.status}`,
      ...answer.headers.map(
        ([name, value]) =>
          `${name}: ${name === "content-length" && lengthVaries ? "<compressed, names the build id>" : normalise(value)}`,
      ),
    ];
    fs.writeFileSync(path.join(dir, fileNameFor(address)), `${head.join("\n")}\n\n${body}`);
  }
}

const seeds = ["/", "/sitemap.xml", ...pageTypes.map((page) => page.path), ...nonPagePaths.map((other) => other.path)];

/** Builds, serves and crawls one tree over each content folder, into .bench/compare/<label>/<content>/. */
async function side(label: string, rev: string | undefined, sets: readonly ContentSet[]): Promise<string> {
  console.log(`${label}: copying ${rev ?? "the working tree"} ...`);
  prepareTree(rev);
  // The corpus's photos are made, not committed (public/images/bench/ is ignored): the same bytes on both sides.
  await writeBenchPhotos(path.join(tree, "public"));
  for (const set of sets) {
    console.log(`${label}: building over ${set.name} ...`);
    build(set);
    const server = await startServer({ cwd: tree, env: environment(set) });
    try {
      const answers = await crawl(server, seeds);
      const buildId = fs.readFileSync(path.join(tree, `.next-compare-${set.name}`, "BUILD_ID"), "utf8").trim();
      console.log(`${label}: ${answers.size} answers over ${set.name}`);
      save(path.join(saved, label, set.name), answers, buildId, server);
    } finally {
      await server.stop();
    }
  }
  return path.join(saved, label);
}

/** A base from before translations (the Dutch edition) refuses `<slug>.nl.md` files: both sides then get a corpus without any. */
function readsTranslations(sha: string): boolean {
  return git("show", `${sha}:src/content/schema.ts`).includes("TRANSLATION_LANGUAGES");
}

function contentSets(translations: boolean): ContentSet[] {
  const e2e = path.join(work, "content-e2e");
  const made = realContentWithArchive();
  addMainSiteEvents(made);
  // Fixed paths, so nothing of a run's temporary names reaches either build.
  fs.renameSync(made, e2e);
  const corpus = path.join(work, "content-corpus");
  writeCorpus(corpus, { count: 150, today: FIXED_DAY, ...(translations ? {} : { translateEvery: 0 }) });
  return [
    { name: "e2e", dir: e2e },
    { name: "corpus", dir: corpus },
  ];
}

async function main() {
  const baseSha = git("rev-parse", baseRev).trim();
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  try {
    const sets = contentSets(readsTranslations(baseSha));
    const baseLabel = `base-${baseSha.slice(0, 12)}`;
    const reused = reuseBase && sets.every((set) => fs.existsSync(path.join(saved, baseLabel, set.name)));
    const baseDir = reused ? path.join(saved, baseLabel) : await side(baseLabel, baseSha, sets);
    const headDir = await side("head", undefined, sets);
    const diff = spawnSync("diff", ["-ru", baseDir, headDir], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    const counts = sets
      .map((set) => `${fs.readdirSync(path.join(headDir, set.name)).length} over ${set.name}`)
      .join(", ");
    if (diff.status === 0) {
      console.log(
        `no difference: ${counts}; every status, header and body is identical to ${baseRev} (${baseSha.slice(0, 12)})`,
      );
      return;
    }
    process.stdout.write(diff.stdout);
    console.log(
      `\ndifferences against ${baseRev} (${baseSha.slice(0, 12)}) (${counts}); the answers are in ${path.relative(projectRoot, saved)}/`,
    );
    process.exitCode = 1;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
