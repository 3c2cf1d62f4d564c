/**
 * The benchmark's load generator: wrk's report must be read right (a misread
 * unit or a missed error line would turn every verdict), its Lua script must
 * really give each request its own address (or "uncached" search would be
 * cached), and a machine without wrk must get a message saying how to fix it.
 */
import { spawnSync } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { distinctPathsScript, parseWrk, runWrk, socketErrorCount, wrkDurationMs } from "../../scripts/lib/wrk";

const projectRoot = path.resolve(__dirname, "../..");

/** Printed by wrk 4.1.0 (Debian) with --latency against a quick server. */
const CLEAN = `Running 1s test @ http://127.0.0.1:18777/
  1 threads and 10 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    75.39ms  118.43ms 442.91ms   83.60%
    Req/Sec     1.89k     2.36k    6.13k    83.33%
  Latency Distribution
     50%    4.65ms
     75%  121.61ms
     90%  281.27ms
     99%  426.90ms
  1262 requests in 1.01s, 152.82KB read
Requests/sec:   1251.21
Transfer/sec:    151.51KB
`;

/** Against a server answering every third request 503 and every fiftieth after 2.5 s (past wrk's 2 s time-out). */
const WITH_ERRORS = `Running 3s test @ http://127.0.0.1:18778/
  1 threads and 20 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     2.12ms    5.90ms  91.15ms   97.30%
    Req/Sec     2.58k     1.64k    4.28k    57.14%
  Latency Distribution
     50%  742.00us
     75%    2.23ms
     90%    4.17ms
     99%    1.02s
  1980 requests in 3.01s, 250.75KB read
  Socket errors: connect 0, read 2, write 0, timeout 20
  Non-2xx or 3xx responses: 659
Requests/sec:    658.10
Transfer/sec:     83.34KB
`;

describe("reading wrk's report", () => {
  it("reads requests, req/s and the 50th and 99th percentiles in milliseconds", () => {
    expect(parseWrk(CLEAN)).toEqual({
      requests: 1262,
      requestsPerSecond: 1251.21,
      p50Ms: 4.65,
      p99Ms: 426.9,
      socketErrors: { connect: 0, read: 0, write: 0, timeout: 0 },
      non2xx: 0,
    });
  });

  it("converts microseconds and seconds, and counts socket errors and error statuses", () => {
    const result = parseWrk(WITH_ERRORS);
    expect(result.p50Ms).toBeCloseTo(0.742, 6);
    expect(result.p99Ms).toBe(1020);
    expect(result.socketErrors).toEqual({ connect: 0, read: 2, write: 0, timeout: 20 });
    expect(socketErrorCount(result)).toBe(22);
    expect(result.non2xx).toBe(659);
  });

  it("refuses a report without the latency distribution instead of guessing", () => {
    const withoutLatency = CLEAN.replace(/ {2}Latency Distribution[\s\S]*?(?= {2}1262)/, "");
    expect(() => parseWrk(withoutLatency)).toThrow(/50% latency \(was --latency given\?\)/);
  });

  it("knows wrk's units", () => {
    expect(wrkDurationMs("870.00us")).toBeCloseTo(0.87, 6);
    expect(wrkDurationMs("12.34ms")).toBe(12.34);
    expect(wrkDurationMs("2.00s")).toBe(2000);
    expect(wrkDurationMs("1.50m")).toBe(90_000);
    expect(() => wrkDurationMs("12 parsecs")).toThrow(/not a wrk duration/);
  });
});

/**
 * Against a real wrk. The quick start promises `npm test` with Node.js and Chromium only, so without
 * wrk these are skipped there, loudly; CI (CI=true) installs wrk and never skips them.
 */
const wrkMissing = spawnSync("sh", ["-c", "command -v wrk"]).status !== 0;
const skipRealWrk = wrkMissing && !process.env.CI;
if (skipRealWrk) console.warn("SKIPPED: the benchmark's wrk tests need wrk (apt-get install -y wrk)");

describe.skipIf(skipRealWrk)("wrk against a real server", () => {
  const seen = new Map<string, number>();
  let answered = 0;
  let refused = 0;
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      const url = request.url ?? "";
      seen.set(url, (seen.get(url) ?? 0) + 1);
      answered++;
      if (url.startsWith("/missing")) {
        refused++;
        response.statusCode = 404;
      }
      response.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("sends each path of the script in turn, so no two requests in a row ask for the same", async () => {
    seen.clear();
    answered = 0;
    refused = 0;
    const paths = Array.from({ length: 5000 }, (_, i) => (i % 10 === 9 ? `/missing?q=${i}` : `/search?q=word+${i}`));
    const result = await runWrk({
      url: `${base}/`,
      connections: 4,
      durationS: 1,
      luaScript: distinctPathsScript(paths),
    });
    expect(result.requests).toBeGreaterThan(100);
    // wrk counts what it finished; the server may have answered a few more as the run ended.
    expect(answered - result.requests).toBeGreaterThanOrEqual(0);
    expect(answered - result.requests).toBeLessThanOrEqual(4);
    expect([...seen.keys()].every((url) => paths.includes(url))).toBe(true);
    // Within the first 5,000 requests nothing repeats; after that the list starts over from its first path.
    const repeats = [...seen.values()].filter((count) => count > 1).length;
    expect(repeats).toBe(Math.min(paths.length, Math.max(0, answered - paths.length)));
    expect(result.non2xx).toBeGreaterThan(0);
    expect(Math.abs(result.non2xx - refused)).toBeLessThanOrEqual(4);
  });

  it("loads one address when given no script", async () => {
    seen.clear();
    const result = await runWrk({ url: `${base}/only`, connections: 2, durationS: 1 });
    expect([...seen.keys()]).toEqual(["/only"]);
    expect(result.non2xx).toBe(0);
    expect(result.p99Ms).toBeGreaterThanOrEqual(result.p50Ms);
  });
});

describe("a machine without wrk", () => {
  it("stops the benchmark before any build, with the command that installs wrk", () => {
    const started = Date.now();
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench/run.ts", "--smoke"], {
      cwd: projectRoot,
      env: { ...process.env, WRK_PATH: "/nonexistent/wrk" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "bench: wrk is not installed: the benchmark loads the server with Debian's wrk. Install it (apt-get install -y wrk)",
    );
    expect(result.stderr).not.toMatch(/building|npm run build/);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
