/**
 * How many search pages this process renders at once. A new query's page costs about ten times a
 * cached article's CPU (docs/BENCHMARKS.md, "Issue 18"), so a crowd of strangers' queries, from as
 * many addresses as it likes (nginx's limit is per address), would otherwise take most of the process
 * and slow every article it serves. One page is rendered at a time, a few more wait their turn (a
 * reader's search waits milliseconds, not seconds), and past that a search is refused at once with a
 * page that says so, at no cost; a page kept as rendered (./keptSearchPages.ts) never waits.
 */
import type http from "node:http";

export interface RenderLimits {
  /** Renders under way at once. */
  running: number;
  /** Requests waiting for their turn; one more is refused. */
  waiting: number;
}

/**
 * One at a time, eight waiting. At 10,000 articles, 50 clients sending new queries beside 50 reading an
 * article: the article kept 0.87-0.90 x its rate alone (0.47 x without this gate); with searches alone,
 * 135 pages a second were still rendered (156 without). Two at a time measured no better (0.89 x; 99 a second).
 */
export const SEARCH_RENDER_LIMITS: RenderLimits = { running: 1, waiting: 8 };

export class RenderGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limits: RenderLimits = SEARCH_RENDER_LIMITS) {}

  /** Renders under way and waiting now. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /**
   * Starts `render` now, or once a render ends, and counts it until its answer is sent or its client
   * has gone; false when the waiting line is full (nothing is started: the caller refuses).
   */
  admit(response: http.ServerResponse, render: () => void): boolean {
    if (this.running < this.limits.running) {
      this.start(response, render);
      return true;
    }
    if (this.waiting.length >= this.limits.waiting) return false;
    this.waiting.push(() => {
      // A client that left while waiting is not rendered for.
      if (response.destroyed || response.socket?.destroyed) return this.next();
      this.start(response, render);
    });
    return true;
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
    if (this.running < this.limits.running) this.waiting.shift()?.();
  }
}
