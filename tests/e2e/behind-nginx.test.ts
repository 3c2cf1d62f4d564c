/**
 * The documented nginx in front of the main e2e site (scripts/lib/nginx.ts, the config the guide and
 * the scale-out rig use): it refuses other methods itself, the way the server does; it compresses
 * for the reader while the server sends plain bytes; it sets X-Forwarded-* itself, whatever the
 * client sent; and its idle upstream connections close before the server's.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { rawRequest } from "./support/http";
import { freePort } from "./support/site";
import { cachingProxyBlock, NGINX_UPSTREAM_KEEPALIVE_SECONDS, startNginx, type Nginx } from "../../scripts/lib/nginx";
import { SERVER_KEEP_ALIVE_MS } from "@/lib/site";

let nginx: Nginx | undefined;
let proxyUrl: string;

beforeAll(async () => {
  const upstreamPort = Number(new URL(inject("siteUrl")).port);
  const port = await freePort();
  nginx = await startNginx((prefix) => [cachingProxyBlock(prefix, port, [upstreamPort])], port);
  proxyUrl = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await nginx?.stop();
});

describe("behind the documented nginx", () => {
  test.each(["POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"])(
    "%s is refused by nginx with the server's 405 headers",
    async (method) => {
      for (const path of [
        "/news",
        "/feed.xml",
        "/news/signing-of-smart-society-declaration/preview.png",
        "/nl/zoeken",
      ]) {
        const answer = await rawRequest(`${proxyUrl}${path}`, { method });
        expect(answer.status, path).toBe(405);
        expect(answer.headers.allow, path).toBe("GET, HEAD");
        expect(answer.headers["cache-control"], path).toBe("no-store");
        expect(answer.headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
        expect(answer.headers["x-content-type-options"], path).toBe("nosniff");
      }
    },
  );

  test("a GET is untouched by the refusal's headers, and compressed once, by nginx", async () => {
    const response = await fetch(`${proxyUrl}/news`, { headers: { "Accept-Encoding": "gzip" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("allow")).toBeNull();
    expect(response.headers.get("cache-control")).toMatch(/s-maxage=/);
    // fetch decompresses what it is sent: one layer of gzip gives the page's HTML.
    expect(await response.text()).toMatch(/^<!DOCTYPE html>/);
    const raw = await rawRequest(`${proxyUrl}/news`, { headers: { "Accept-Encoding": "gzip" } });
    expect(raw.headers["content-encoding"]).toBe("gzip");
  });

  test("the client's X-Forwarded-Proto changes nothing: nginx says what it saw", async () => {
    for (const path of ["/news/page/9999", "/nl/nieuws/pagina/9999", "/news/made-up-article"]) {
      const plain = await rawRequest(`${proxyUrl}${path}`);
      const forged = await rawRequest(`${proxyUrl}${path}`, {
        headers: { "X-Forwarded-Proto": "https", "X-Forwarded-Host": "attacker.example" },
      });
      expect(forged.status, path).toBe(404);
      expect(forged.body, path).toBe(plain.body);
    }
  });

  test("the server keeps an idle connection open longer than nginx keeps its upstream ones", () => {
    expect(SERVER_KEEP_ALIVE_MS).toBeGreaterThan(NGINX_UPSTREAM_KEEPALIVE_SECONDS * 1000);
  });
});
