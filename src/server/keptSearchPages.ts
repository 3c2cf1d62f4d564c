/**
 * The search pages as Next rendered them, kept in this process: a query asked again (a shared link,
 * a crowd on one topic) is sent from memory instead of rendered again. A search page is the one page
 * the server renders per request, and the render, not the query, is most of its cost
 * (docs/BENCHMARKS.md, "Issue 18"). Kept: whole documents answered 200, never the router's RSC
 * requests; each for the publication it was rendered under, so an article released since is never
 * missing from a kept page; bounded in pages, bytes and age, so strangers' queries cannot grow it.
 */
import type http from "node:http";

export interface KeptPageLimits {
  pages: number;
  bytes: number;
  maxAgeMs: number;
}

/** 256 pages of 30-60 KB (10 results, inline data included): about 15 MiB at most, within the byte bound. */
export const KEPT_SEARCH_PAGE_LIMITS: KeptPageLimits = { pages: 256, bytes: 16 * 1024 * 1024, maxAgeMs: 300_000 };

/** A page larger than this is sent, not kept: a search page is far smaller, so it would be a fault elsewhere. */
const LARGEST_KEPT_PAGE = 1024 * 1024;

interface KeptPage {
  status: number;
  headers: http.OutgoingHttpHeaders;
  body: Buffer;
  /** What the page was rendered for (the publication at that moment): another one means the page may be out of date. */
  renderedFor: unknown;
  keptAt: number;
}

/** Headers that describe one connection or one sending, not the page: never replayed. */
const PER_SENDING_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length"]);

/** A bounded store of rendered pages, least recently used first out. */
export class KeptPages {
  private readonly pages = new Map<string, KeptPage>();
  private byteCount = 0;

  constructor(private readonly limits: KeptPageLimits = KEPT_SEARCH_PAGE_LIMITS) {}

  get size(): number {
    return this.pages.size;
  }

  get bytes(): number {
    return this.byteCount;
  }

  /** The page kept under `key` if it was rendered for `renderedFor` and is younger than the age bound at `at`. */
  find(key: string, renderedFor: unknown, at: number): KeptPage | undefined {
    const page = this.pages.get(key);
    if (page === undefined) return undefined;
    if (page.renderedFor !== renderedFor || at - page.keptAt >= this.limits.maxAgeMs) {
      this.forget(key, page);
      return undefined;
    }
    // Least recently used first: a page asked for again moves to the end.
    this.pages.delete(key);
    this.pages.set(key, page);
    return page;
  }

  keep(key: string, page: KeptPage): void {
    const earlier = this.pages.get(key);
    if (earlier) this.forget(key, earlier);
    if (page.body.length > LARGEST_KEPT_PAGE || page.body.length > this.limits.bytes) return;
    this.pages.set(key, page);
    this.byteCount += page.body.length;
    for (const [oldestKey, oldest] of this.pages) {
      if (this.pages.size <= this.limits.pages && this.byteCount <= this.limits.bytes) break;
      this.forget(oldestKey, oldest);
    }
  }

  private forget(key: string, page: KeptPage): void {
    this.pages.delete(key);
    this.byteCount -= page.body.length;
  }
}

/**
 * The key of a request whose answer may be kept or sent from memory, or undefined: only a whole
 * document asked for (GET or HEAD, no range), never the App Router's own requests for its data
 * (`RSC` and `Next-Router-*` headers, `_rsc`), which vary by headers the key does not hold. The
 * address is taken as written (filters in it change nothing on the server, but a page per spelling
 * is still bounded) and the answer's encoding follows the request's Accept-Encoding.
 */
export function keptPageKey(request: http.IncomingMessage): string | undefined {
  const { method, url = "/", headers } = request;
  if ((method !== "GET" && method !== "HEAD") || headers.range !== undefined) return undefined;
  if (headers.rsc !== undefined || headers["next-action"] !== undefined || url.includes("_rsc=")) return undefined;
  for (const name in headers) if (name.startsWith("next-router-")) return undefined;
  return `${headers["accept-encoding"] ?? ""}\n${url}`;
}

/** Sends a kept page; a HEAD request gets its head alone. */
export function sendKeptPage(request: http.IncomingMessage, response: http.ServerResponse, page: KeptPage): void {
  response.writeHead(page.status, { ...page.headers, "content-length": page.body.length, "x-search-page": "kept" });
  response.end(request.method === "HEAD" ? undefined : page.body);
}

/**
 * Lets Next answer `response` as usual and, once the whole answer has been sent, keeps a copy when
 * it is a complete 200 that sets no cookie. The copy is of the bytes sent (compressed when they were).
 */
export function keepWhenSent(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  keep: (page: Omit<KeptPage, "renderedFor" | "keptAt">) => void,
): void {
  if (request.method !== "GET") return;
  const chunks: Buffer[] = [];
  let length = 0;
  let headersGiven: http.OutgoingHttpHeaders = {};
  const copy = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function" || length > LARGEST_KEPT_PAGE) return;
    // A chunk handed to write() is not changed afterwards (it may still be queued): kept as it is, not copied.
    const bytes =
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(
              (chunk as Uint8Array).buffer,
              (chunk as Uint8Array).byteOffset,
              (chunk as Uint8Array).byteLength,
            );
    chunks.push(bytes);
    length += bytes.length;
  };
  const { writeHead, write, end } = response;
  response.writeHead = function writeHeadAndNote(this: http.ServerResponse, ...args: unknown[]) {
    const headers = args.find((arg, i) => i > 0 && typeof arg === "object" && arg !== null);
    if (headers && !Array.isArray(headers)) headersGiven = lowerCased(headers as http.OutgoingHttpHeaders);
    return (writeHead as (...a: unknown[]) => http.ServerResponse).apply(this, args);
  } as typeof writeHead;
  response.write = function writeAndCopy(this: http.ServerResponse, chunk: unknown, ...rest: unknown[]) {
    copy(chunk, rest[0]);
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof write;
  response.end = function endAndCopy(this: http.ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    copy(chunk, rest[0]);
    return (end as (...a: unknown[]) => http.ServerResponse).call(this, chunk, ...rest);
  } as typeof end;
  response.once("finish", () => {
    if (response.statusCode !== 200 || length > LARGEST_KEPT_PAGE) return;
    const headers: http.OutgoingHttpHeaders = { ...lowerCased(response.getHeaders()), ...headersGiven };
    if (headers["set-cookie"] !== undefined) return;
    for (const name of PER_SENDING_HEADERS) delete headers[name];
    keep({ status: 200, headers, body: Buffer.concat(chunks, length) });
  });
}

function lowerCased(headers: http.OutgoingHttpHeaders): http.OutgoingHttpHeaders {
  const lower: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) lower[name.toLowerCase()] = value;
  return lower;
}
