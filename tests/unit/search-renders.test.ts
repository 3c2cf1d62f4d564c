/**
 * The gate in front of search renders (src/server/searchRenders.ts), on a real Node server on
 * 127.0.0.1: never more renders at once than allowed, a bounded line waiting, the rest refused at
 * once, and a client that left while waiting costs no render.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
import { RenderGate } from "../../src/server/searchRenders";

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server whose every request goes through `gate`; a render answers after `renderMs`; a refusal is a 503. */
async function gatedServer(gate: RenderGate, renderMs: number) {
  const seen = { renders: 0, mostAtOnce: 0, atOnce: 0, rendered: [] as string[] };
  server = http.createServer((request, response) => {
    gate.admit(
      response,
      () => {
        seen.renders++;
        seen.rendered.push(request.url!);
        seen.atOnce++;
        seen.mostAtOnce = Math.max(seen.mostAtOnce, seen.atOnce);
        setTimeout(() => {
          seen.atOnce--;
          response.end("rendered");
        }, renderMs);
      },
      () => {
        response.statusCode = 503;
        response.end("busy");
      },
    );
  });
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { base: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, seen };
}

describe("search renders", () => {
  test("one at a time, eight waiting, the rest refused at once", async () => {
    const gate = new RenderGate({ running: 1, waiting: 8, waitMs: 5_000 });
    const { base, seen } = await gatedServer(gate, 30);
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        fetch(`${base}/search?q=${i}`).then(async (response) => ({
          status: response.status,
          body: await response.text(),
          ms: performance.now() - started,
        })),
      ),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(9);
    expect(answers.filter((a) => a.status === 503)).toHaveLength(11);
    expect(seen.mostAtOnce).toBe(1);
    // The refused are answered before the first render ends, not after the line.
    for (const refused of answers.filter((a) => a.status === 503)) expect(refused.ms).toBeLessThan(200);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
    // Once the line is gone, a new search is rendered again.
    expect((await fetch(`${base}/search?q=later`)).status).toBe(200);
  });

  test("a request whose turn does not come within its wait is refused then, and leaves the line", async () => {
    const gate = new RenderGate({ running: 1, waiting: 8, waitMs: 100 });
    const { base, seen } = await gatedServer(gate, 400);
    const started = performance.now();
    const timed = (url: string) =>
      fetch(base + url).then((response) => ({ status: response.status, ms: performance.now() - started }));
    const first = timed("/search?q=slow");
    await new Promise((resolve) => setTimeout(resolve, 20));
    const waiting = await timed("/search?q=waiting");
    expect(waiting.status).toBe(503);
    expect(waiting.ms).toBeGreaterThanOrEqual(100);
    expect(waiting.ms).toBeLessThan(400);
    expect((await first).status).toBe(200);
    expect(seen.rendered).toEqual(["/search?q=slow"]);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  test("a client that left while waiting is not rendered for, and the line moves on", async () => {
    const gate = new RenderGate({ running: 1, waiting: 8, waitMs: 5_000 });
    const { base, seen } = await gatedServer(gate, 150);
    const first = fetch(`${base}/search?q=first`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const leaving = new AbortController();
    const left = fetch(`${base}/search?q=left`, { signal: leaving.signal }).catch(() => "aborted");
    await new Promise((resolve) => setTimeout(resolve, 20));
    const last = fetch(`${base}/search?q=last`);
    leaving.abort();
    expect(await left).toBe("aborted");
    expect((await first).status).toBe(200);
    expect((await last).status).toBe(200);
    expect(seen.rendered).toEqual(["/search?q=first", "/search?q=last"]);
  });
});
