/**
 * Security headers on every response of `next start`, over HTTP: every page
 * type, a 404, a redirect and the static files a page loads.
 */
import { describe, expect, inject, test } from "vitest";
import { nonPagePaths, pageTypes } from "./support/pages";

const siteUrl = inject("siteUrl");

/** The static files the home page references: scripts, styles, fonts, icons. */
async function staticAssetPaths(): Promise<string[]> {
  const html = await (await fetch(`${siteUrl}/`)).text();
  const found = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1]);
  const byKind = new Map<string, string>();
  for (const asset of found)
    byKind.set(asset.split(".").pop() ?? "", byKind.get(asset.split(".").pop() ?? "") ?? asset);
  return [...byKind.values()];
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name.toLowerCase(), values]),
  );
}

/**
 * Files (a dot in the last path segment, outside /_next/: feeds, sitemap, images, anything under
 * public/) get a sandboxing policy of their own instead of the pages' policy.
 */
function isFile(path: string): boolean {
  const pathname = new URL(path, "http://x").pathname;
  return !pathname.startsWith("/_next/") && /\.[^/]*$/.test(pathname);
}

function expectPagePolicy(policy: Map<string, string[]>) {
  expect(policy.get("default-src")).toEqual(["'self'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'none'"]);
  expect(policy.get("form-action")).toEqual(["'self'"]);
  expect(policy.get("style-src")).toEqual(["'self'"]);
  // Only the framework's inline payload scripts need 'unsafe-inline' (docs/QUALITY.md); no other origin may run script.
  expect(policy.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
  // ...and no inline event handler runs, whatever gets into a page.
  expect(policy.get("script-src-attr")).toEqual(["'none'"]);
}

function expectFilePolicy(policy: Map<string, string[]>) {
  expect(policy.get("sandbox")).toEqual([]);
  expect(policy.get("default-src")).toEqual(["'none'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'none'"]);
  expect(policy.get("form-action")).toEqual(["'none'"]);
  expect(policy.has("script-src")).toBe(false);
}

function expectSecurityHeaders(headers: Headers, path: string) {
  const csp = headers.get("content-security-policy");
  expect(csp).toBeTruthy();
  const policy = directives(csp ?? "");
  for (const values of policy.values()) expect(values).not.toContain("'unsafe-eval'");
  if (isFile(path)) expectFilePolicy(policy);
  else expectPagePolicy(policy);

  const hsts = headers.get("strict-transport-security") ?? "";
  const maxAge = Number(/max-age=(\d+)/.exec(hsts)?.[1] ?? 0);
  expect(maxAge).toBeGreaterThanOrEqual(31_536_000);
  expect(headers.get("x-content-type-options")).toBe("nosniff");
  expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(headers.get("cross-origin-opener-policy")).toBe("same-origin");
  expect(headers.get("x-powered-by")).toBeNull();

  const permissions = headers.get("permissions-policy") ?? "";
  for (const feature of ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"]) {
    expect(permissions).toContain(`${feature}=()`);
  }
}

describe("every response carries the security headers", () => {
  test.each([...pageTypes.map((p) => ({ ...p, status: p.status ?? 200 })), ...nonPagePaths])(
    "$name ($path)",
    async ({ path, status }) => {
      const response = await fetch(`${siteUrl}${path}`, { redirect: "manual" });
      expect(response.status).toBe(status);
      expectSecurityHeaders(response.headers, path);
    },
  );

  test("the static files pages load (scripts, styles)", async () => {
    const assets = await staticAssetPaths();
    expect(assets.some((a) => a.endsWith(".js"))).toBe(true);
    expect(assets.some((a) => a.endsWith(".css"))).toBe(true);
    for (const asset of assets) {
      const response = await fetch(`${siteUrl}${asset}`);
      expect(response.status, asset).toBe(200);
      expectSecurityHeaders(response.headers, asset);
    }
  });

  test("a HEAD request and a request with a query string", async () => {
    for (const [path, method] of [
      ["/news?page=2", "GET"],
      ["/", "HEAD"],
    ]) {
      const response = await fetch(`${siteUrl}${path}`, { method, redirect: "manual" });
      expectSecurityHeaders(response.headers, path);
    }
  });
});
