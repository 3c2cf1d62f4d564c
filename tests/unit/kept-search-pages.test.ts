/**
 * The search pages kept as rendered (src/server/keptSearchPages.ts): bounded whatever strangers ask,
 * never served for another publication or past its age, never the router's data requests, and a
 * kept answer is the answer that was sent. The HTTP side runs on a real Node server on 127.0.0.1.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, test } from "vitest";
import {
  KEPT_SEARCH_PAGE_LIMITS,
  keepWhenSent,
  keptPageKey,
  KeptPages,
  sendKeptPage,
} from "../../src/server/keptSearchPages";

const page = (body: string, renderedFor: unknown = "p1", keptAt = 0) => ({
  status: 200,
  headers: { "content-type": "text/html; charset=utf-8" },
  body: Buffer.from(body),
  renderedFor,
  keptAt,
});

describe("the store", () => {
  test("10,000 distinct queries leave at most its page bound, within its byte bound", () => {
    const kept = new KeptPages();
    const body = "x".repeat(40_000);
    for (let i = 0; i < 10_000; i++) kept.keep(`\n/search?q=query-${i}`, page(body));
    expect(kept.size).toBe(KEPT_SEARCH_PAGE_LIMITS.pages);
    expect(kept.bytes).toBeLessThanOrEqual(KEPT_SEARCH_PAGE_LIMITS.bytes);
    expect(kept.find("\n/search?q=query-9999", "p1", 0)).toBeDefined();
    expect(kept.find("\n/search?q=query-0", "p1", 0)).toBeUndefined();
  });

  test("the byte bound holds when the pages are large", () => {
    const kept = new KeptPages({ pages: 100, bytes: 250_000, maxAgeMs: 60_000 });
    for (let i = 0; i < 50; i++) kept.keep(`k${i}`, page("y".repeat(100_000)));
    expect(kept.size).toBe(2);
    expect(kept.bytes).toBe(200_000);
  });

  test("a page asked for again is kept longest", () => {
    const kept = new KeptPages({ pages: 2, bytes: 1_000_000, maxAgeMs: 60_000 });
    kept.keep("a", page("A"));
    kept.keep("b", page("B"));
    kept.find("a", "p1", 0);
    kept.keep("c", page("C"));
    expect(kept.find("a", "p1", 0)?.body.toString()).toBe("A");
    expect(kept.find("b", "p1", 0)).toBeUndefined();
  });

  test("a page rendered for another publication (an article released since) or too old is not served, and is let go", () => {
    const kept = new KeptPages({ pages: 10, bytes: 1_000_000, maxAgeMs: 60_000 });
    kept.keep("a", page("A", "before the release", 1_000));
    expect(kept.find("a", "after the release", 1_000)).toBeUndefined();
    expect(kept.size).toBe(0);
    kept.keep("b", page("B", "p1", 1_000));
    expect(kept.find("b", "p1", 60_999)).toBeDefined();
    expect(kept.find("b", "p1", 61_000)).toBeUndefined();
    expect(kept.bytes).toBe(0);
  });
});

describe("which requests", () => {
  const request = (headers: http.IncomingHttpHeaders, url = "/search?q=drones", method = "GET") =>
    ({ method, url, headers }) as http.IncomingMessage;

  test("documents by GET or HEAD, keyed by address and Accept-Encoding", () => {
    expect(keptPageKey(request({}))).toBe("\n/search?q=drones");
    expect(keptPageKey(request({}, undefined, "HEAD"))).toBe("\n/search?q=drones");
    expect(keptPageKey(request({ "accept-encoding": "gzip" }))).toBe("gzip\n/search?q=drones");
  });

  test("never the router's data requests, a range or another method", () => {
    expect(keptPageKey(request({ rsc: "1" }))).toBeUndefined();
    expect(keptPageKey(request({ "next-router-prefetch": "1" }))).toBeUndefined();
    expect(keptPageKey(request({ "next-router-state-tree": "%5B%5D" }))).toBeUndefined();
    expect(keptPageKey(request({}, "/search?q=drones&_rsc=abc12"))).toBeUndefined();
    expect(keptPageKey(request({ range: "bytes=0-10" }))).toBeUndefined();
    expect(keptPageKey(request({}, undefined, "POST"))).toBeUndefined();
  });
});

describe("over HTTP", () => {
  let server: http.Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /**
   * A server that answers like the front door: from the store when it can, otherwise by `render`
   * (which counts its calls), keeping what it sent.
   */
  async function serve(render: (response: http.ServerResponse, url: string) => void) {
    const kept = new KeptPages();
    let renders = 0;
    server = http.createServer((request, response) => {
      const key = keptPageKey(request)!;
      const found = kept.find(key, "p1", 0);
      if (found) return sendKeptPage(request, response, found);
      keepWhenSent(request, response, (sent) => kept.keep(key, { ...sent, renderedFor: "p1", keptAt: 0 }));
      renders++;
      render(response, request.url!);
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
    return { base, kept, renders: () => renders };
  }

  test("a page sent in chunks, compressed, is sent again byte for byte with its headers, without a second render", async () => {
    const html = `<!DOCTYPE html><html lang="en"><title>Search</title>${"<p>result</p>".repeat(500)}</html>`;
    const site = await serve((response) => {
      response.setHeader("Content-Security-Policy", "default-src 'self'");
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip" });
      const gzipped = zlib.gzipSync(html);
      response.write(gzipped.subarray(0, 100));
      response.write(new Uint8Array(gzipped.subarray(100, 200)));
      response.end(gzipped.subarray(200));
    });
    const first = await fetch(`${site.base}/search?q=a`);
    const second = await fetch(`${site.base}/search?q=a`);
    expect(await first.text()).toBe(html);
    expect(await second.text()).toBe(html);
    expect(first.headers.get("x-search-page")).toBeNull();
    expect(site.renders()).toBe(1);
    expect(second.headers.get("x-search-page")).toBe("kept");
    expect(second.headers.get("content-encoding")).toBe("gzip");
    expect(second.headers.get("content-security-policy")).toBe("default-src 'self'");
    expect(second.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const head = await fetch(`${site.base}/search?q=a`, { method: "HEAD" });
    expect(head.headers.get("x-search-page")).toBe("kept");
    expect(Number(head.headers.get("content-length"))).toBe(zlib.gzipSync(html).length);
  });

  test("an answer that is not a 200, or sets a cookie, is rendered every time", async () => {
    const site = await serve((response, url) => {
      if (url.includes("cookie")) response.setHeader("Set-Cookie", "session=1");
      response.statusCode = url.includes("missing") ? 404 : 200;
      response.end("page");
    });
    for (const url of ["/search?q=missing", "/search?q=cookie"]) {
      await (await fetch(site.base + url)).text();
      const again = await fetch(site.base + url);
      await again.text();
      expect(again.headers.get("x-search-page")).toBeNull();
    }
    expect(site.renders()).toBe(4);
    expect(site.kept.size).toBe(0);
  });
});
