/**
 * How many search pages this process renders at once. A new query's page costs about ten times a
 * cached article's CPU (docs/BENCHMARKS.md, "Issue 18"), so a crowd of strangers' queries, from as
 * many addresses as it likes (nginx's limit is per address), would otherwise take most of the process
 * and slow every article it serves. One page is rendered at a time, a bounded line waits its turn,
 * and a search that cannot wait (the line is full, or its turn has not come within a second) is refused
 * with a page that says so, at no cost; a page kept as rendered (./keptSearchPages.ts) never waits.
 */
import type http from "node:http";

export interface RenderLimits {
  /** Renders under way at once. */
  running: number;
  /** Requests waiting for their turn; one more is refused. */
  waiting: number;
  /** How long a request waits for its turn before it is refused after all. */
  waitMs: number;
}

/**
 * One at a time, 64 waiting, a second at most. At 10,000 articles, with 50 clients sending new queries
 * beside 50 reading an article, the article kept 0.88-0.92 x its rate alone (0.45 x without the gate,
 * docs/BENCHMARKS.md); a search then waits behind every article request at each step of its render,
 * hence the bound on the wait. The line is long enough for a crowd's searches to wait rather than be
 * refused while the renders keep up (a render takes 7-10 ms): with eight waiting, 50 clients asking again
 * at once after each refusal got about 5,900 refusals a second, whose cost halved the renders (70 answered
 * a second against 110-124 with 64 waiting, and none refused).
 */
export const SEARCH_RENDER_LIMITS: RenderLimits = { running: 1, waiting: 64, waitMs: 1_000 };

interface Waiting {
  start: () => void;
  timer: NodeJS.Timeout;
}

export class RenderGate {
  private running = 0;
  private readonly waiting: Waiting[] = [];

  constructor(private readonly limits: RenderLimits = SEARCH_RENDER_LIMITS) {}

  /** Renders under way and waiting now. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /**
   * Starts `render` now, or when its turn comes, and counts it until its answer is sent or its client
   * has gone; calls `refuse` instead (at once, or when its wait runs out) when it cannot wait.
   */
  admit(response: http.ServerResponse, render: () => void, refuse: () => void): void {
    if (this.running < this.limits.running) return this.start(response, render);
    if (this.waiting.length >= this.limits.waiting) return refuse();
    const waiting: Waiting = {
      start: () => {
        clearTimeout(waiting.timer);
        // A client that left while waiting is not rendered for.
        if (response.destroyed || response.socket?.destroyed) return this.next();
        this.start(response, render);
      },
      timer: setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(waiting), 1);
        if (!response.destroyed) refuse();
      }, this.limits.waitMs),
    };
    this.waiting.push(waiting);
  }

  private start(response: http.ServerResponse, render: () => void): void {
    this.running++;
    response.once("close", () => {
      this.running--;
      this.next();
    });
    render();
  }

  private next(): void {
    this.waiting.shift()?.start();
  }
}
