import { getPublicationView } from "@/content";
import { isFingerprinted, readStaticSearchFile, releasedSince } from "@/content/staticSearch";
import type { Edition } from "@/lib/editions";

/**
 * Lifetimes of the browser search's files. The index chunks carry their content's hash in their
 * names: kept for a year. Pagefind asks for its entry file with a new `?ts=` each time, so that
 * one is never reused anyway; its script, worker and WebAssembly change only with Pagefind's
 * version: a day.
 */
const FINGERPRINTED = "public, max-age=31536000, immutable";
const ENTRY = "no-cache";
const PROGRAM = "public, max-age=86400, stale-while-revalidate=604800";

/**
 * Pagefind searches in a web worker, which runs under the policy its own script arrives with:
 * WebAssembly ('wasm-unsafe-eval') and fetching the index from this origin, nothing else. The
 * pages keep theirs, without 'wasm-unsafe-eval'.
 */
const WORKER_POLICY = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";
/** Every other file of the bundle: never a document (the site's policy for files, next.config.ts). */
const FILE_POLICY = "sandbox; default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** /pagefind/<file>: the build's Pagefind bundle, from the content snapshot. */
export async function staticSearchFileResponse(params: Promise<{ file: string[] }>): Promise<Response> {
  const file = (await params).file.join("/");
  const found = readStaticSearchFile(file);
  if (!found)
    return new Response("Not found\n", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  const headers: Record<string, string> = {
    "content-type": found.contentType,
    "x-content-type-options": "nosniff",
    "content-security-policy": file === "pagefind-worker.js" ? WORKER_POLICY : FILE_POLICY,
    "cache-control": isFingerprinted(file) ? FINGERPRINTED : file === "pagefind-entry.json" ? ENTRY : PROGRAM,
  };
  return new Response(new Uint8Array(found.body), { headers });
}

/**
 * What an edition published since the build's browser search index, for the browser to merge into
 * its results: computed per request (a walk over the newest articles down to the build's moment),
 * kept by browsers and the proxy for a minute, so a release is found within a minute or two.
 */
export function releasedSearchResponse(edition: Edition): Response {
  return Response.json(
    { records: releasedSince(getPublicationView(), edition) },
    { headers: { "cache-control": "public, max-age=60, s-maxage=60" } },
  );
}
