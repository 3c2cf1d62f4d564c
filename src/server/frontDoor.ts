/**
 * The front door: every request the Node server receives passes here before Next sees it
 * (installed around the HTTP server's `request` event by src/instrumentation.ts, however the server
 * was started). It answers in place what must never reach a page, a route handler or Next's cache:
 * - any method but GET and HEAD: 405 (Next would render, and cache, what such a request got);
 * - a path with a malformed percent escape: 400 (Next decodes it into a 500);
 * - an image optimizer request the pages never make: 400 (src/lib/photoAddresses.ts);
 * - a content address that does not exist now (src/content/gate.ts): the edition's real 404
 *   document, or a bare 404 for a file; an old address: its permanent redirect;
 * - a search page asked for again: sent as it was rendered (./keptSearchPages.ts); a new one waits
 *   for its turn to be rendered, or is refused with a 503 when it cannot wait (./searchRenders.ts).
 * Everything else goes on to Next, and its answer gets the security headers as the head is written,
 * wherever the route set none of its own. Why here and not in Next's proxy or `headers()` rules: the
 * cost per request (docs/BENCHMARKS.md, "where a cached article's serving cost went").
 */
import http from "node:http";
import { getPublicationView } from "@/content";
import { verdictFor, type AddressVerdict } from "@/content/gate";
import { EDITIONS, type Edition } from "@/lib/editions";
import { isPageImageRequest } from "@/lib/photoAddresses";
import { searchPath } from "@/lib/routes";
import { FILE_CONTENT_SECURITY_POLICY, securityHeaders } from "@/lib/securityHeaders";
import { SERVER_KEEP_ALIVE_MS } from "@/lib/site";
import { busySearchDocument, notFoundDocument } from "./errorDocuments";
import { keepWhenSent, keptPageKey, KeptPages, sendKeptPage } from "./keptSearchPages";
import { RenderGate } from "./searchRenders";

type Headers = Record<string, string | number>;

/** The site's security headers: on every answer, made here or by Next. */
const SECURITY_HEADERS: Headers = Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value]));
/** A file's (a dot in its last path segment, outside /_next/): opened directly it is a document of its own, sandboxed. */
const FILE_SECURITY_HEADERS: Headers = { ...SECURITY_HEADERS, "Content-Security-Policy": FILE_CONTENT_SECURITY_POLICY };
const SECURITY_HEADER_ENTRIES = Object.entries(SECURITY_HEADERS);
const FILE_SECURITY_HEADER_ENTRIES = Object.entries(FILE_SECURITY_HEADERS);
/** What Next itself sends with the 404 page of an address that matches no route. */
const ERROR_CACHE_CONTROL = "private, no-cache, no-store, max-age=0, must-revalidate";
const ALLOWED_METHODS = "GET, HEAD";
const NEXT_INTERNAL_PREFIX = "/_next/";
const SEARCH_PAGE_EDITIONS = new Map(EDITIONS.map((edition) => [searchPath(edition), edition]));
const keptSearchPages = new KeptPages();
const searchRenders = new RenderGate();
const IMAGE_OPTIMIZER_PATH = "/_next/image";

export interface FrontDoorOptions {
  /** `next dev`: the editors' preview renders any address (drafts, broken files); only redirects and bad escapes are answered here. */
  development: boolean;
}

const INSTALLED = Symbol.for("hsd.frontDoor");

/** Wraps every HTTP server's `request` event of this process, once. */
export function installFrontDoor(options: FrontDoorOptions): void {
  const marked = globalThis as { [INSTALLED]?: true };
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;
  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function emitThroughTheDoor(
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ): boolean {
    if (event === "request") {
      // nginx keeps its upstream connections open for up to a minute: the server must not close them first.
      if (this.keepAliveTimeout !== SERVER_KEEP_ALIVE_MS) {
        this.keepAliveTimeout = SERVER_KEEP_ALIVE_MS;
        this.headersTimeout = SERVER_KEEP_ALIVE_MS + 1_000;
      }
      const passOn = () => emit.call(this, event, ...args);
      if (answeredAtTheDoor(args[0] as http.IncomingMessage, args[1] as http.ServerResponse, options, passOn))
        return true;
    }
    return emit.call(this, event, ...args);
  } as typeof emit;
}

/**
 * Answers the request when it must not reach Next; false when Next should serve it now. A search
 * page to render is handed to Next by `passOn` when its turn comes (true is returned then too).
 */
export function answeredAtTheDoor(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  { development }: FrontDoorOptions,
  passOn: () => void,
): boolean {
  const method = request.method ?? "GET";
  if (method !== "GET" && method !== "HEAD" && !development) {
    send(
      response,
      method,
      405,
      {
        ...SECURITY_HEADERS,
        Allow: ALLOWED_METHODS,
        "Cache-Control": "no-store",
        "Content-Type": "text/plain; charset=utf-8",
      },
      METHOD_NOT_ALLOWED,
    );
    return true;
  }
  const url = request.url ?? "/";
  if (url.startsWith(NEXT_INTERNAL_PREFIX)) {
    // The image optimizer: only the requests the pages make, spelled as they spell them, so other
    // spellings of a photo, width or quality cannot each leave a copy in its cache.
    if (
      url.startsWith(IMAGE_OPTIMIZER_PATH) &&
      !isPageImageRequest(new URLSearchParams(url.slice(url.indexOf("?") + 1 || url.length)))
    ) {
      send(
        response,
        method,
        400,
        { ...SECURITY_HEADERS, "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" },
        BAD_IMAGE_REQUEST,
      );
      return true;
    }
    addMissingHeadersOnWrite(response, SECURITY_HEADER_ENTRIES);
    return false;
  }
  const segments = pathSegments(url);
  if (segments === undefined) {
    send(
      response,
      method,
      400,
      { ...SECURITY_HEADERS, "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" },
      BAD_ADDRESS,
    );
    return true;
  }
  const view = getPublicationView();
  const verdict = verdictFor(view, segments);
  if (verdict.kind === "serve" || (development && verdict.kind !== "redirect")) {
    addMissingHeadersOnWrite(response, isFilePath(segments) ? FILE_SECURITY_HEADER_ENTRIES : SECURITY_HEADER_ENTRIES);
    const searchEdition = development ? undefined : SEARCH_PAGE_EDITIONS.get(`/${segments.join("/")}`);
    if (searchEdition === undefined) return false;
    const key = keptPageKey(request);
    if (key !== undefined && sentFromMemory(request, response, key, view)) return true;
    const render = () => {
      if (key !== undefined) keepOnceSent(request, response, key, view);
      passOn();
    };
    searchRenders.admit(response, render, () => refuseBusySearch(response, method, searchEdition));
    return true;
  }
  answerVerdict(request, response, method, verdict);
  return true;
}

/** A search page asked for again is sent as it was rendered (./keptSearchPages.ts), if it is still the current one. */
function sentFromMemory(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  key: string,
  view: ReturnType<typeof getPublicationView>,
): boolean {
  const kept = keptSearchPages.find(key, view.publishedAt(), Date.now());
  if (kept) sendKeptPage(request, response, kept);
  return kept !== undefined;
}

/** Keeps the page Next is about to render, once sent, for the publication it is rendered under. */
function keepOnceSent(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  key: string,
  view: ReturnType<typeof getPublicationView>,
): void {
  const renderedFor = view.publishedAt();
  keepWhenSent(request, response, (page) => keptSearchPages.keep(key, { ...page, renderedFor, keptAt: Date.now() }));
}

/** A search refused while the server renders as many as it takes: 503, try again in a few seconds, in the edition's language. */
function refuseBusySearch(response: http.ServerResponse, method: string, edition: Edition): void {
  send(
    response,
    method,
    503,
    {
      ...SECURITY_HEADERS,
      "Cache-Control": "no-store",
      "Content-Type": "text/html; charset=utf-8",
      "Content-Language": edition,
      "Retry-After": 5,
    },
    busySearchDocument(edition),
  );
}

/**
 * Adds each header the answer does not have by the time its head is written (every way of answering
 * writes it through writeHead): a route's own value wins, as Next lets a header set before the route
 * win over the route's.
 */
function addMissingHeadersOnWrite(response: http.ServerResponse, entries: readonly [string, string | number][]): void {
  const writeHead = response.writeHead;
  response.writeHead = function writeHeadWithDefaults(
    this: http.ServerResponse,
    ...args: Parameters<typeof writeHead>
  ) {
    for (const [name, value] of entries) if (!this.hasHeader(name)) this.setHeader(name, value);
    return writeHead.apply(this, args);
  } as typeof writeHead;
}

/** A file, not a page: its last segment has a dot (feeds, the sitemap, images, anything under public/). Slugs and ids have none. */
function isFilePath(segments: readonly string[]): boolean {
  return segments.length > 0 && segments[segments.length - 1].includes(".");
}

const METHOD_NOT_ALLOWED = Buffer.from("Method not allowed: this site answers GET and HEAD only.\n");
const BAD_ADDRESS = Buffer.from("Bad request: the address is not valid.\n");
const FILE_NOT_FOUND = Buffer.from("Not found\n");
const BAD_IMAGE_REQUEST = Buffer.from("Bad request: the pages ask for no such image.\n");

function answerVerdict(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  method: string,
  verdict: Exclude<AddressVerdict, { kind: "serve" }>,
): void {
  switch (verdict.kind) {
    case "redirect":
      send(response, method, 308, { ...SECURITY_HEADERS, Location: verdict.location }, Buffer.alloc(0));
      return;
    case "missing-file":
      send(
        response,
        method,
        404,
        { ...FILE_SECURITY_HEADERS, "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" },
        FILE_NOT_FOUND,
      );
      return;
    case "missing-page": {
      const document = notFoundDocument(verdict.edition);
      const gzip = acceptsGzip(request);
      const headers: Headers = {
        ...SECURITY_HEADERS,
        "Cache-Control": ERROR_CACHE_CONTROL,
        "Content-Type": "text/html; charset=utf-8",
        Vary: "Accept-Encoding",
      };
      if (gzip) headers["Content-Encoding"] = "gzip";
      send(response, method, 404, headers, gzip ? document.gzip : document.html);
      return;
    }
  }
}

function send(response: http.ServerResponse, method: string, status: number, headers: Headers, body: Buffer): void {
  response.writeHead(status, { ...headers, "Content-Length": body.length });
  response.end(method === "HEAD" ? undefined : body);
}

/** The decoded segments of the request's path; undefined for a malformed percent escape (`%zz`, half a UTF-8 sequence). */
function pathSegments(url: string): string[] | undefined {
  // The request target may be absolute (`GET http://host/path`): only its path counts.
  const pathAndQuery = url.startsWith("/") ? url : url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "");
  const queryAt = pathAndQuery.indexOf("?");
  const path = queryAt === -1 ? pathAndQuery : pathAndQuery.slice(0, queryAt);
  const segments = path.split("/").filter(Boolean);
  if (!path.includes("%")) return segments;
  try {
    return segments.map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

function acceptsGzip(request: http.IncomingMessage): boolean {
  const accepted = request.headers["accept-encoding"];
  return typeof accepted === "string" && /\bgzip\b/i.test(accepted);
}
