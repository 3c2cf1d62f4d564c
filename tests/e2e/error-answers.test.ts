/**
 * Every error answer of the site, as served (no JavaScript): a 404 of any address is the site's own
 * 404 page in the HTML (its `lang`, heading and text, never Next's empty error shell), the same for a
 * made-up address and one whose article is not out yet, never stored by any cache; a refused address
 * is answered in place, whatever `X-Forwarded-*` says; TRACE and other methods are a 405, not a 500.
 */
import http from "node:http";
import { describe, expect, inject, test } from "vitest";
import { comparableHeaders, rawRequest as rawHttp, type RawAnswer } from "./support/http";
import {
  articlePath,
  articlePreviewImagePath,
  homePath,
  listingPath,
  NEWS_LISTING,
  partnerListing,
  themeListing,
} from "@/lib/routes";

const siteUrl = inject("siteUrl");

const HEADINGS = { en: "Page not found", nl: "Pagina niet gevonden" } as const;

/** Addresses that name no page, in each edition: article, listing pages, theme, partner, anything else. */
const missingPages: { edition: "en" | "nl"; path: string }[] = (["en", "nl"] as const).flatMap((edition) =>
  [
    articlePath(edition, "made-up-article"),
    listingPath(edition, NEWS_LISTING, 9999),
    listingPath(edition, themeListing("smart-society"), 999),
    listingPath(edition, themeListing("no-such-theme")),
    listingPath(edition, partnerListing("no-such-partner"), 2),
    `${homePath(edition).replace(/\/$/, "")}/no/such/address`,
  ].map((path) => ({ edition, path })),
);

describe("every 404 is the site's real 404 page, in the HTML served", () => {
  test.each(missingPages)("$path", async ({ edition, path }) => {
    const response = await fetch(`${siteUrl}${path}`);
    const html = await response.text();
    expect(response.status).toBe(404);
    expect(html).not.toContain("__next_error__");
    expect(html).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${edition}"`));
    expect(html).toMatch(new RegExp(`<h1[^>]*>${HEADINGS[edition]}</h1>`));
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(response.headers.get("cache-control")).toMatch(/no-store/);
  });

  test.each(["en", "nl"] as const)(
    "every 404 of the %s edition is one document with one set of headers",
    async (edition) => {
      const answers = await Promise.all(
        missingPages.filter((page) => page.edition === edition).map(({ path }) => fetch(`${siteUrl}${path}`)),
      );
      const [reference, ...others] = answers;
      const referenceBody = await reference.text();
      for (const other of others) {
        expect(await other.text(), other.url).toBe(referenceBody);
        expect(comparableHeaders(other), other.url).toEqual(comparableHeaders(reference));
      }
    },
  );
});

describe("every error answer says it may not be stored", () => {
  test.each([
    ["a made-up article", articlePath("en", "made-up-article"), 404],
    ["a made-up Dutch article", articlePath("nl", "made-up-article"), 404],
    ["an unknown Dutch address", "/nl/bestaat/niet", 404],
    ["an unknown address", "/does/not/exist", 404],
    ["a missing preview card", articlePreviewImagePath("nl", "made-up-article"), 404],
    ["a malformed escape", "/news/%zz", 400],
  ])("%s (%s)", async (_name, path, status) => {
    const response = await fetch(`${siteUrl}${path}`);
    expect(response.status).toBe(status);
    expect(response.headers.get("cache-control")).toMatch(/no-store/);
    expect(response.headers.get("cache-control")).not.toMatch(/s-maxage|public/);
  });
});

/** A request of the main site through node:http. */
function rawRequest(method: string, path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return rawHttp(`${siteUrl}${path}`, { method, headers });
}

describe("hostile methods and forwarded headers", () => {
  test.each(["/news/page/9999", "/nl/nieuws/pagina/9999", articlePath("en", "made-up-article"), "/news"])(
    "TRACE %s is a 405, not a 500 with a stack trace",
    async (path) => {
      const answer = await rawRequest("TRACE", path);
      expect(answer.status).toBe(405);
      expect(answer.headers.allow).toBe("GET, HEAD");
      expect(answer.body).not.toMatch(/at \w+ \(|node_modules/);
    },
  );

  test.each([
    "/news/page/9999",
    "/nl/nieuws/pagina/9999",
    "/themes/smart-society/page/999",
    articlePath("en", "made-up-article"),
    articlePath("nl", "made-up-article"),
    "/nl/bestaat/niet",
    articlePreviewImagePath("en", "made-up-article"),
    "/news/page/1",
  ])("X-Forwarded-* leaves the answer of %s as it is", async (path) => {
    const plain = await rawRequest("GET", path);
    const variants: Record<string, string>[] = [
      { "X-Forwarded-Proto": "https" },
      { "X-Forwarded-Host": "attacker.example", "X-Forwarded-Proto": "https", "X-Forwarded-Port": "443" },
    ];
    for (const forwarded of variants) {
      const answer = await rawRequest("GET", path, forwarded);
      expect(answer.status, JSON.stringify(forwarded)).toBe(plain.status);
      expect(answer.headers.location, JSON.stringify(forwarded)).toBe(plain.headers.location);
      expect(answer.body, JSON.stringify(forwarded)).toBe(plain.body);
    }
    expect(plain.status).toBeLessThan(500);
  });
});

describe("the server keeps idle connections open longer than the proxy in front", () => {
  test("a connection idle for longer than Node's default 5 s is still open for the next request", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const ask = () =>
      new Promise<boolean>((resolve, reject) => {
        const request = http.get(`${siteUrl}/news`, { agent }, (response) => {
          response.resume();
          response.on("end", () => resolve(request.reusedSocket));
        });
        request.on("error", reject);
      });
    try {
      expect(await ask()).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 6_500));
      expect(await ask()).toBe(true);
    } finally {
      agent.destroy();
    }
  });
});
