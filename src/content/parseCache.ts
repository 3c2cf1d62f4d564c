/**
 * The build's cache of each content file's own parse: the front matter as the schema
 * returned it and where the body starts, by the file's content hash. A rebuild after one changed
 * article parses that article again and takes every other one from here, instead of parsing YAML and
 * running the schema for thousands of files. Kept in the build folder's cache/ (which `next build`
 * keeps between builds) by scripts/build-snapshot.ts; `npm run check`, the preview and the tests
 * load without it.
 *
 * Only a file whose own parse found no problem is ever stored, so a broken file is never taken for a
 * good one and its errors are found again on every build. A cached entry stands for exactly the same
 * parse: the key holds the file's bytes (hashed), its name, the lists its ids are checked against
 * (themes.yml and partners.yml) and the code that parses (`codeFingerprint`, from the caller). What
 * looks beyond the file (translations against their original, aliases, the editor warnings) runs on
 * every load, cached or not.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Raised with every change to this file's shape, so a build never reads entries it does not understand. */
const FORMAT = 2;

/**
 * One file's parse as stored: the schema's output (plain JSON: strings, numbers, booleans), the body's
 * offset in the text, and the summary derived from the body when the front matter gives none (deriving
 * every summary was about 2.6 s of CPU at 10,000 articles, the costliest part of the parse).
 */
export interface ParsedFile {
  data: unknown;
  bodyStart: number;
  derivedSummary?: string;
}

interface CacheFile {
  format: number;
  /** The code and lists the entries were parsed with; any other key empties the cache. */
  key: string;
  entries: Record<string, { hash: string; parsed: ParsedFile }>;
}

export function contentHash(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}

/**
 * The entries of one load: those of the last build that still apply, and the ones parsed now. Files
 * are named by their name in news/ (`x.md`, `x.nl.md`): a renamed file is parsed again.
 */
export class ParseCache {
  /** Files taken from the cache and files parsed (and stored) in this load, for the build's log and the tests. */
  reused = 0;
  parsed = 0;
  private previous: CacheFile["entries"] = {};
  private readonly current: CacheFile["entries"] = {};
  private key = "";

  /** `file`: the cache's JSON file; `codeFingerprint`: what identifies the parsing code (see scripts/build-snapshot.ts). */
  constructor(
    private readonly file: string,
    private readonly codeFingerprint: string,
  ) {}

  /** Called by the loader once it has read themes.yml and partners.yml (their texts, as read): entries parsed against other lists are dropped. */
  open(listsText: string): void {
    this.key = `${FORMAT}:${this.codeFingerprint}:${contentHash(listsText)}`;
    let stored: CacheFile | undefined;
    try {
      stored = JSON.parse(fs.readFileSync(this.file, "utf8")) as CacheFile;
    } catch {
      // No cache yet, or an unreadable one: every file is parsed.
    }
    this.previous = stored && stored.format === FORMAT && stored.key === this.key ? stored.entries : {};
  }

  get(name: string, hash: string): ParsedFile | undefined {
    const entry = this.previous[name];
    if (!entry || entry.hash !== hash) return undefined;
    this.current[name] = entry;
    this.reused++;
    return entry.parsed;
  }

  /** Only for a file whose own parse found no problem at all. */
  set(name: string, hash: string, parsed: ParsedFile): void {
    this.current[name] = { hash, parsed };
    this.parsed++;
  }

  /** Writes the entries of this load (files since deleted drop out), into a file beside it renamed into place. */
  save(): void {
    if (!this.key) return;
    const content: CacheFile = { format: FORMAT, key: this.key, entries: this.current };
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const staging = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(staging, JSON.stringify(content));
    fs.renameSync(staging, this.file);
  }
}
