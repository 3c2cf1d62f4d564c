/**
 * InstantSearch against a fake Pagefind (the real one runs in Chromium, tests/e2e/browser-search):
 * how its searches are scheduled while the reader types, and when results show. On a throttled
 * phone at 10,000 articles one search of a short prefix keeps Pagefind's worker busy for a second,
 * and each result's data is a fetch of its own: the last word's search must not queue behind
 * searches of earlier prefixes, and the first result must not wait for the tenth.
 */
import path from "node:path";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { InstantSearch, type InstantSearchMessages } from "@/components/InstantSearch";
import { catalogues } from "@/i18n/translator";

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
}
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

/** What the component asked of the fake: each search (with its answer to give), each preload, each result's data. */
interface FakePagefind {
  searches: Array<{ query: string | null; answer: Deferred<unknown> }>;
  preloads: string[];
  running: number;
  mostAtOnce: number;
}
let fake: FakePagefind;
/** The component imports `${staticSearchBase}pagefind.js` at run time: this one hands every call to the test's fake. */
const fakeBase = `${path.resolve("tests/fixtures/fake-pagefind")}/`;

let debounced = 0;
beforeEach(() => {
  fake = { searches: [], preloads: [], running: 0, mostAtOnce: 0 };
  (globalThis as Record<string, unknown>).__fakePagefind = {
    options: async () => undefined,
    init: async () => undefined,
    filters: async () => ({ theme: {}, partner: {}, year: {}, event: {} }),
    preload: async (query: string) => void fake.preloads.push(query),
    search: async (query: string | null) => {
      const answer = deferred<unknown>();
      fake.searches.push({ query, answer });
      fake.running++;
      fake.mostAtOnce = Math.max(fake.mostAtOnce, fake.running);
      const found = await answer.promise;
      fake.running--;
      return found;
    },
    // As Pagefind's own (what the component used before): a preload, a pause, then a search unless a later call came.
    debouncedSearch: async function (this: void, query: string, options: unknown, timeoutMs: number) {
      const id = ++debounced;
      void fake.preloads.push(query);
      await new Promise((resolve) => setTimeout(resolve, timeoutMs));
      if (id !== debounced) return null;
      const found = await (
        globalThis as unknown as { __fakePagefind: { search(query: string): Promise<unknown> } }
      ).__fakePagefind.search(query);
      return id === debounced ? found : null;
    },
  };
  vi.stubGlobal(
    "fetch",
    async () => new Response(JSON.stringify({ records: [] }), { headers: { "content-type": "application/json" } }),
  );
  window.history.replaceState(null, "", "/search");
});
afterEach(() => vi.unstubAllGlobals());

const messages: InstantSearchMessages = {
  search: { count: catalogues.en.search.count, noResults: catalogues.en.search.noResults },
  instantSearch: catalogues.en.instantSearch,
};

/** The search page as the server sends it: the form, and the server's answer as the results. */
function renderSearchPage() {
  render(
    <InstantSearch
      edition="en"
      messages={messages}
      staticSearchBase={fakeBase}
      releasedPath="/search/released.json"
      parameters={{ query: "q", theme: "theme", partner: "partner", year: "year", events: "events" }}
      pageSize={10}
      form={<input type="search" id="search-page-query" aria-label="Search" />}
    >
      <p>the server&apos;s answer</p>
    </InstantSearch>,
  );
}

async function openSearch() {
  renderSearchPage();
  // The reader comes to the form (Pagefind is set up then, not at load); ready once the filters are enabled.
  fireEvent.focusIn(screen.getByRole("searchbox"));
  await waitFor(() => expect(screen.getByRole("group").hasAttribute("disabled")).toBe(false));
}

function result(title: string) {
  const data = deferred<{ url: string; meta: Record<string, string> }>();
  return {
    result: { id: title, data: () => data.promise },
    arrive: () =>
      data.resolve({
        url: `/news/${title}`,
        meta: { title, summary: `About ${title}`, date: "2026-01-01", displayDate: "1 Jan 2026", textLanguage: "en" },
      }),
  };
}

/** Types into the field, one key each `gapMs` of fake time. */
async function type(text: string, gapMs: number) {
  const field = screen.getByRole("searchbox");
  for (let length = 1; length <= text.length; length++) {
    fireEvent.input(field, { target: { value: text.slice(0, length) } });
    await act(async () => void (await vi.advanceTimersByTimeAsync(gapMs)));
  }
}

test("each key preloads its words; a search starts only when the reader pauses, and never beside another", async () => {
  await openSearch();
  vi.useFakeTimers();
  try {
    // Quick keys: preloads only, no search yet.
    await type("pro", 50);
    expect(fake.searches).toEqual([]);
    expect(fake.preloads).toEqual(["pr", "pro"]);
    // A pause: the search of "pro" starts, and takes long (a short prefix on a slow phone).
    await act(async () => void (await vi.advanceTimersByTimeAsync(200)));
    expect(fake.searches.map((s) => s.query)).toEqual(["pro"]);
    // Two more words' worth of keys with pauses while it runs: they wait; only the last is searched next.
    await type("prog", 300);
    await type("progr", 300);
    expect(fake.searches.map((s) => s.query)).toEqual(["pro"]);
    await act(async () => fake.searches[0].answer.resolve({ results: [result("old").result], filters: {} }));
    await act(async () => void (await vi.advanceTimersByTimeAsync(10)));
    expect(fake.searches.map((s) => s.query)).toEqual(["pro", "progr"]);
    expect(fake.mostAtOnce).toBe(1);
  } finally {
    vi.useRealTimers();
  }
});

test("the first results show as their data arrives, in rank order, without waiting for the rest of the page", async () => {
  await openSearch();
  vi.useFakeTimers();
  try {
    await type("programme", 20);
    await act(async () => void (await vi.advanceTimersByTimeAsync(200)));
    const [first, second, third] = [result("first"), result("second"), result("third")];
    await act(async () =>
      fake.searches.at(-1)!.answer.resolve({ results: [first.result, second.result, third.result], filters: {} }),
    );
    // The second's data first: nothing shows before the first's, which ranks above it.
    await act(async () => second.arrive());
    expect(screen.queryAllByRole("heading", { level: 2 })).toEqual([]);
    await act(async () => first.arrive());
    expect(screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent)).toEqual([
      "first",
      "second",
    ]);
    expect(screen.getByRole("status").textContent).toBe("3 articles match “programme”.");
    await act(async () => third.arrive());
    expect(screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent)).toEqual([
      "first",
      "second",
      "third",
    ]);
  } finally {
    vi.useRealTimers();
  }
});

test("the address follows once the reader pauses, not at each key (Chromium fetches the page's icon again at each change)", async () => {
  await openSearch();
  const replaced = vi.spyOn(window.history, "replaceState");
  const pushed = vi.spyOn(window.history, "pushState");
  vi.useFakeTimers();
  try {
    await type("programme", 50);
    expect(replaced.mock.calls.length + pushed.mock.calls.length).toBe(0);
    await act(async () => void (await vi.advanceTimersByTimeAsync(200)));
    expect(replaced.mock.calls.length + pushed.mock.calls.length).toBe(1);
    expect(window.location.search).toBe("?q=programme");
  } finally {
    vi.useRealTimers();
    replaced.mockRestore();
    pushed.mockRestore();
  }
});

test("the filters are in the page, disabled, before the browser search is ready (inserted later, they pushed the server's results down)", async () => {
  let ready!: () => void;
  (globalThis as unknown as { __fakePagefind: { init(): Promise<void> } }).__fakePagefind.init = () =>
    new Promise<void>((resolve) => (ready = resolve));
  renderSearchPage();
  expect(screen.getByRole("group", { name: catalogues.en.instantSearch.filters }).hasAttribute("disabled")).toBe(true);
  fireEvent.focusIn(screen.getByRole("searchbox"));
  await waitFor(() => expect(ready).toBeTypeOf("function"));
  await act(async () => ready());
  await waitFor(() =>
    expect(screen.getByRole("group", { name: catalogues.en.instantSearch.filters }).hasAttribute("disabled")).toBe(
      false,
    ),
  );
});

test("the server's answer to the address's words stays when the browser search is ready, until the reader asks something else (its late repaint was the page's largest paint)", async () => {
  window.history.replaceState(null, "", "/search?q=programme");
  await openSearch();
  await act(async () => void (await new Promise((resolve) => setTimeout(resolve, 50))));
  expect(fake.searches).toEqual([]);
  expect(fake.preloads).toEqual(["programme"]);
  expect(screen.getByText("the server's answer")).toBeTruthy();
  // The reader's next key: the browser answers.
  fireEvent.input(screen.getByRole("searchbox"), { target: { value: "programmes" } });
  await waitFor(() => expect(fake.searches.map((s) => s.query)).toEqual(["programmes"]));
  await act(async () => fake.searches[0].answer.resolve({ results: [], filters: {} }));
  await waitFor(() => expect(screen.queryByText("the server's answer")).toBeNull());
  // Back to the address the page opened with: the server's answer again, with no search.
  window.history.pushState(null, "", "/search?q=programme");
  await act(async () => void window.dispatchEvent(new PopStateEvent("popstate")));
  expect(screen.getByText("the server's answer")).toBeTruthy();
  expect(fake.searches).toHaveLength(1);
});

test("an address with filters, which the server does not know, is answered by the browser from the start", async () => {
  window.history.replaceState(null, "", "/search?q=programme&events=1");
  await openSearch();
  await waitFor(() => expect(fake.searches.map((s) => s.query)).toEqual(["programme"]));
  await act(async () => fake.searches[0].answer.resolve({ results: [], filters: {} }));
  await waitFor(() => expect(screen.queryByText("the server's answer")).toBeNull());
});

test("Pagefind is set up when the reader comes to the form, not at load (most of the page's blocking time), and keys typed meanwhile are answered", async () => {
  let initialised = 0;
  (globalThis as unknown as { __fakePagefind: { init(): Promise<void> } }).__fakePagefind.init = async () =>
    void initialised++;
  renderSearchPage();
  await act(async () => void (await new Promise((resolve) => setTimeout(resolve, 50))));
  expect(initialised).toBe(0);
  const field = screen.getByRole("searchbox");
  fireEvent.focusIn(field);
  fireEvent.input(field, { target: { value: "programme" } });
  await waitFor(() => expect(screen.getByRole("group").hasAttribute("disabled")).toBe(false));
  expect(initialised).toBe(1);
  await waitFor(() => expect(fake.searches.map((s) => s.query)).toEqual(["programme"]));
});
