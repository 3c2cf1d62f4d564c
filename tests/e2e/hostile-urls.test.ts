/**
 * Odd and hostile requests against `next start` of the main e2e build: every
 * answer is a 404, 400 or a same-site redirect, never a 5xx, never the raw
 * content of a file, and the server logs no stack trace.
 */
import http from "node:http";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { distDirFor, startSite, type RunningSite } from "./support/site";

const article = "signing-of-smart-society-declaration";
const long = "a".repeat(6000);

/** Paths that must never answer with a page. Sent byte for byte, so no client normalises `..` or `%2e%2e` away. */
const hostilePaths: [label: string, path: string][] = [
  ["encoded traversal ..%2f", "/news/..%2f..%2fpackage.json"],
  ["encoded traversal ..%2F upper case", "/news/..%2F..%2F..%2Fetc%2Fpasswd"],
  ["encoded dots %2e%2e", "/news/%2e%2e/%2e%2e/package.json"],
  ["encoded dots at the root", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd"],
  ["double encoding", "/news/%252e%252e%252fpackage.json"],
  ["backslash traversal", "/news/..%5c..%5cpackage.json"],
  ["overlong UTF-8 dot", "/news/%c0%ae%c0%ae/%c0%ae%c0%ae/package.json"],
  ["overlong UTF-8 slash", "/news/..%c0%af..%c0%afpackage.json"],
  ["traversal into static files", "/_next/static/..%2f..%2f..%2fpackage.json"],
  ["dots into static files", "/_next/static/%2e%2e/%2e%2e/%2e%2e/package.json"],
  ["NUL byte", "/news/%00"],
  ["NUL before .md", `/news/${article}%00.md`],
  ["invalid escape", "/news/%zz"],
  ["truncated escape", "/news/%e2%82"],
  ["lone percent", "/news/100%"],
  ["6,000-character article slug", `/news/${long}`],
  ["6,000-character segment at the root", `/${long}`],
  ["6,000-character page number", `/news/page/${"9".repeat(6000)}`],
  ["wrong case: section", "/NEWS"],
  ["wrong case: slug", `/news/${article.toUpperCase()}`],
  ["wrong case: statement", "/Accessibility"],
  ["trailing segment after an article", `/news/${article}/extra`],
  ["trailing segment after a page", "/news/page/2/extra"],
  [".md suffix", `/news/${article}.md`],
  [".md suffix, upper case", `/news/${article}.MD`],
  ["page number 0", "/news/page/0"],
  ["negative page number", "/news/page/-1"],
  ["page number with a leading zero", "/news/page/02"],
  ["page number in exponent form", "/news/page/1e1"],
  ["fractional page number", "/news/page/2.0"],
  ["hexadecimal page number", "/news/page/0x2"],
  ["page number beyond the last", "/news/page/99999999999999999999"],
  ["encoded page number", "/news/page/%32%2e"],
  ["dotfile .env", "/.env"],
  ["dotfile .env.local", "/.env.local"],
  [".git/config", "/.git/config"],
  [".git/HEAD", "/.git/HEAD"],
  ["package.json", "/package.json"],
  ["package-lock.json", "/package-lock.json"],
  ["next.config.ts", "/next.config.ts"],
  ["tsconfig.json", "/tsconfig.json"],
  ["an article's source", `/content/news/${article}.md`],
  ["partners.yml", "/content/partners.yml"],
  ["source code", "/src/lib/site.ts"],
  ["build output", "/.next/BUILD_ID"],
  ["server bundle", "/_next/server/app/index.html"],
  ["node_modules", "/node_modules/next/package.json"],
  ["protocol-relative path", "//evil.example/%2e%2e"],
  ["backslash host", "/%5c%5cevil.example"],
];

/** Hostile query strings on real pages: the page itself (or a 404/400/redirect), never an error and never the payload echoed raw. */
const hostileQueries: [label: string, path: string][] = [
  ["script in a parameter", "/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E"],
  ["prototype pollution", "/news?__proto__[polluted]=1&constructor[prototype][polluted]=1"],
  ["page parameter", "/news?page=-1"],
  ["invalid escape in a parameter name", "/news?%zz=1"],
  ["NUL in a parameter", "/news?x=%00"],
  ["traversal in the RSC parameter", "/news?_rsc=..%2f..%2fpackage.json"],
  ["a thousand parameters", `/news?${"a=1&".repeat(1000)}`],
  ["6,000-character parameter", `/news/${article}?x=${long}`],
];

/** Lines that only appear in files that must never be served. */
const fileMarkers = [
  /"name":\s*"hsd-news"/,
  /"devDependencies"/,
  /^\s*\[core\]/m,
  /root:x:0:0/,
  /^---\r?\ntitle:/m,
  /compilerOptions/,
  /export const site\b/,
  /^- id: /m,
];
const stackTrace = /^\s+at .+(\(.+:\d+:\d+\)|:\d+:\d+)$/m;

let server: RunningSite;

function rawGet(base: string, path: string): Promise<{ status: number; location?: string; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, path, method: "GET" }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, location: response.headers.location, body }),
      );
    });
    request.on("error", reject);
    request.end();
  });
}

beforeAll(async () => {
  // A server of its own on the main build, so its log can be read.
  server = await startSite({ distDir: distDirFor("main"), contentDir: inject("siteContentDir") });
});

afterAll(async () => {
  await server?.stop();
});

function expectNoFileContent(body: string) {
  for (const marker of fileMarkers) expect(body).not.toMatch(marker);
  expect(body).not.toMatch(stackTrace);
}

describe("hostile paths", () => {
  test.each(hostilePaths)("%s: %s", async (_label, path) => {
    const { status, location, body } = await rawGet(server.url, path);
    expect([400, 404, 301, 302, 307, 308]).toContain(status);
    if (location) expect(new URL(location, server.url).origin).toBe(server.url);
    expectNoFileContent(body);
  });
});

describe("hostile query strings", () => {
  test.each(hostileQueries)("%s", async (_label, path) => {
    const { status, location, body } = await rawGet(server.url, path);
    expect([200, 400, 404, 301, 302, 307, 308]).toContain(status);
    if (location) expect(new URL(location, server.url).origin).toBe(server.url);
    expect(body).not.toContain("<script>alert(1)</script>");
    expectNoFileContent(body);
  });
});

test("the server logged no stack trace and no error for any of them", () => {
  const log = server.logs();
  expect(log).not.toMatch(stackTrace);
  expect(log).not.toMatch(/\b(Error|TypeError|RangeError|URIError):/);
});
