"use client";

import { createTranslator } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { StaticSearchRecord } from "@/content/model";
import type { Catalogue } from "@/i18n/translator";
import type { Edition } from "@/lib/editions";
import styles from "./InstantSearch.module.css";

/** Pagefind's browser API, as much of it as this component uses (its script is served from /pagefind/, not bundled). */
interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; meta: StaticSearchRecord["meta"] }>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  preload(query: string, options: { filters?: Record<string, string[]> }): Promise<void>;
  search(
    query: string | null,
    options: { filters?: Record<string, string[]> },
  ): Promise<{ results: PagefindResult[]; filters: FilterCounts }>;
}

/** What the reader asked for: the words and the filters, as the address carries them. */
interface Ask {
  query: string;
  theme: string;
  partner: string;
  year: string;
  events: boolean;
}

interface Hit {
  url: string;
  meta: StaticSearchRecord["meta"];
}

interface Answer {
  ask: Ask;
  total: number;
  hits: Hit[];
  /** Loads the data of the next results (and whether any are left); undefined when all are shown. */
  more?: () => Promise<{ hits: Hit[]; done: boolean }>;
  counts: FilterCounts;
}

export interface InstantSearchMessages {
  search: Pick<Catalogue["search"], "count" | "noResults">;
  instantSearch: Catalogue["instantSearch"];
}

export interface InstantSearchProps {
  edition: Edition;
  /** The edition's catalogue texts this component shows: only these reach the browser. */
  messages: InstantSearchMessages;
  /** Where Pagefind's files are served, and the list of articles released since the build. */
  staticSearchBase: string;
  releasedPath: string;
  /** Names of the address's parameters. */
  parameters: { query: string; theme: string; partner: string; year: string; events: string };
  pageSize: number;
  /** The server's form. */
  form: ReactNode;
  /**
   * The server's answer: shown until the reader asks something else (or from the start when the
   * address has filters, which the server does not know), and whenever Pagefind cannot load.
   */
  children: ReactNode;
}

const FILTER = { theme: "theme", partner: "partner", year: "year", event: "event" } as const;
const EVENT_VALUE = "yes";
const WORD = /[\p{L}\p{N}]+/gu;

function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

function wordsOf(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

function askFromAddress(parameters: InstantSearchProps["parameters"]): Ask {
  const found = new URLSearchParams(window.location.search);
  return {
    query: found.get(parameters.query) ?? "",
    theme: found.get(parameters.theme) ?? "",
    partner: found.get(parameters.partner) ?? "",
    year: found.get(parameters.year) ?? "",
    events: found.get(parameters.events) === "1",
  };
}

function addressOf(ask: Ask, parameters: InstantSearchProps["parameters"]): string {
  const search = new URLSearchParams();
  if (ask.query) search.set(parameters.query, ask.query);
  if (ask.theme) search.set(parameters.theme, ask.theme);
  if (ask.partner) search.set(parameters.partner, ask.partner);
  if (ask.year) search.set(parameters.year, ask.year);
  if (ask.events) search.set(parameters.events, "1");
  const text = search.toString();
  return `${window.location.pathname}${text ? `?${text}` : ""}`;
}

function sameAsk(one: Ask, other: Ask): boolean {
  return (
    one.query.trim() === other.query.trim() &&
    one.theme === other.theme &&
    one.partner === other.partner &&
    one.year === other.year &&
    one.events === other.events
  );
}

function filtersOf(ask: Ask): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  if (ask.theme) filters[FILTER.theme] = [ask.theme];
  if (ask.partner) filters[FILTER.partner] = [ask.partner];
  if (ask.year) filters[FILTER.year] = [ask.year];
  if (ask.events) filters[FILTER.event] = [EVENT_VALUE];
  return filters;
}

/** An article released since the build matches when each word asked for starts a word of its text and every filter holds. */
function releasedMatches(record: StaticSearchRecord, ask: Ask, queryWords: readonly string[]): boolean {
  for (const [name, values] of Object.entries(filtersOf(ask)))
    if (!values.every((value) => record.filters[name]?.includes(value))) return false;
  const words = wordsOf(record.content);
  return queryWords.every((wanted) => words.some((word) => word.startsWith(wanted)));
}

/** The summary with the words asked for marked: a word is marked when it starts with one of them (or one starts with it). */
function Highlighted({ text, queryWords }: { text: string; queryWords: readonly string[] }) {
  const pieces = text.split(/([\p{L}\p{N}]+)/u);
  return (
    <>
      {pieces.map((piece, position) => {
        const word = fold(piece);
        const match =
          position % 2 === 1 &&
          queryWords.some((wanted) => word.startsWith(wanted) || (word.length >= 4 && wanted.startsWith(word)));
        return match ? <mark key={position}>{piece}</mark> : piece;
      })}
    </>
  );
}

/** Pushes a new history entry when the reader pauses this long; quicker changes replace the current one. */
const HISTORY_PAUSE_MS = 1500;
/**
 * A search starts when the reader pauses this long; each key before only preloads the index chunks
 * of the words typed so far, so that they are in the browser when the last key comes (on a phone,
 * a fetch started after it costs a round trip of half a second). Pagefind searches one at a time
 * in its worker, and a search of a short prefix keeps it busy for a second on a throttled phone at
 * 10,000 articles: a search started at every pause queued the last one behind them.
 */
const TYPING_PAUSE_MS = 120;

/**
 * The search page's results as the reader types, from the build's Pagefind index (and the
 * articles released since, from the server), with filters by theme, partner, year and events.
 * Enhances the server's form: until Pagefind is loaded, or if it cannot be, the server's answer
 * stays. Never moves focus; the count is announced in a live region; the address follows.
 */
export function InstantSearch({
  edition,
  messages,
  staticSearchBase,
  releasedPath,
  parameters,
  pageSize,
  form,
  children,
}: InstantSearchProps) {
  const t = useMemo(() => createTranslator<InstantSearchMessages>({ locale: edition, messages }), [edition, messages]);
  const root = useRef<HTMLDivElement>(null);
  const engine = useRef<{ pagefind: Pagefind; released: StaticSearchRecord[]; all: FilterCounts } | undefined>(
    undefined,
  );
  const lastPush = useRef(0);
  /** The ask of the address the page opened with, when the server's answer to it is the one shown. */
  const arrival = useRef<Ask | undefined>(undefined);
  const [ready, setReady] = useState(false);
  const [ask, setAsk] = useState<Ask | undefined>(undefined);
  const [answer, setAnswer] = useState<Answer | undefined>(undefined);

  const input = () => root.current?.querySelector<HTMLInputElement>("input[type=search]") ?? null;

  /** Counts the asks answered, so that a search's data arriving late never replaces a later answer. */
  const answered = useRef(0);
  /** The one search Pagefind runs at a time, and the latest ask waiting for it (due once its pause is over). */
  const queue = useRef<{
    busy: boolean;
    waiting?: { wanted: Ask; byReader: boolean };
    due: boolean;
    timer?: ReturnType<typeof setTimeout>;
  }>({ busy: false, due: false });

  const answerNow = useCallback(
    async (wanted: Ask, byReader: boolean) => {
      const loaded = engine.current;
      if (!loaded) return;
      const generation = ++answered.current;
      const filters = filtersOf(wanted);
      const hasFilters = Object.keys(filters).length > 0;
      if (!wanted.query.trim() && !hasFilters) {
        // Nothing asked: the server's advice on arrival; once the reader emptied the field, no results
        // rather than the server's answer to the query the page opened with.
        setAnswer(byReader ? { ask: wanted, total: 0, hits: [], counts: loaded.all } : undefined);
        return;
      }
      // One letter starts nearly every word: it would keep Pagefind busy for seconds and narrow nothing.
      if (wanted.query.trim().length === 1 && !hasFilters) return;
      const found = await loaded.pagefind.search(wanted.query.trim() || null, { filters });
      // Superseded by a later key: not shown, and its data not fetched (at 10,000 articles the first page
      // of a prefix shared 2 of its 10 articles with the whole word's, and its fetches held the
      // connections the word's first page needed).
      if (queue.current.waiting) return;
      const queryWords = wordsOf(wanted.query);
      const released: Hit[] = loaded.released
        .filter((record) => releasedMatches(record, wanted, queryWords))
        .map(({ url, meta }) => ({ url, meta }));
      let shown = 0;
      const next = async (): Promise<Hit[]> => {
        const batch = found.results.slice(shown, shown + pageSize);
        shown += batch.length;
        return Promise.all(batch.map((result) => result.data()));
      };
      const total = found.results.length + released.length;
      const more = async () => ({ hits: await next(), done: shown >= found.results.length });
      // The first page shows as its data arrives, in rank order: each result's data is a fetch of its
      // own, and a browser fetches six at a time from one server, so the last of ten comes a round
      // trip after the first.
      const firstPage = found.results.slice(0, pageSize);
      shown = firstPage.length;
      const arrived: Array<Hit | undefined> = firstPage.map(() => undefined);
      // Shown once the first result has its data (the count with an empty list would read as nothing found).
      let ready = 0;
      const show = () => {
        const hits: Hit[] = [];
        for (const hit of arrived) {
          if (!hit) break;
          hits.push(hit);
        }
        if (hits.length === ready) return;
        ready = hits.length;
        setAnswer({
          ask: wanted,
          total,
          hits: [...released, ...hits],
          more: hits.length === firstPage.length && shown < found.results.length ? more : undefined,
          counts: found.filters,
        });
      };
      if (firstPage.length === 0 && generation === answered.current)
        setAnswer({ ask: wanted, total, hits: released, counts: found.filters });
      // Not awaited: the next ask's search need not wait for this one's data.
      firstPage.forEach((result, position) => {
        void result.data().then(
          (hit) => {
            arrived[position] = hit;
            // Not once a later ask took over.
            if (generation === answered.current && !queue.current.waiting) show();
          },
          () => undefined,
        );
      });
    },
    [pageSize],
  );

  /** Answers the waiting asks one after another, each once its pause is over. */
  const drain = useCallback(async () => {
    const state = queue.current;
    if (state.busy) return;
    state.busy = true;
    try {
      while (state.waiting && state.due) {
        const { wanted, byReader } = state.waiting;
        state.waiting = undefined;
        await answerNow(wanted, byReader).catch(() => undefined);
      }
    } finally {
      state.busy = false;
    }
  }, [answerNow]);

  /**
   * The server's answer again, for the address the page opened with: the searches still to come
   * are dropped, and the data of one under way is not shown.
   */
  const showServerAnswer = useCallback(() => {
    const state = queue.current;
    state.waiting = undefined;
    clearTimeout(state.timer);
    answered.current++;
    setAnswer(undefined);
  }, []);

  const run = useCallback(
    (wanted: Ask, byReader: boolean, pauseMs = 0) => {
      const loaded = engine.current;
      if (!loaded) return;
      const query = wanted.query.trim();
      if (query.length > 1) void loaded.pagefind.preload(query, { filters: filtersOf(wanted) }).catch(() => undefined);
      const state = queue.current;
      state.waiting = { wanted, byReader };
      state.due = false;
      clearTimeout(state.timer);
      state.timer = setTimeout(() => {
        state.due = true;
        void drain();
      }, pauseMs);
    },
    [drain],
  );

  // The reader's change: the answer, and the address follows when the reader pauses (a new history
  // entry after a longer pause). Not at each key: Chromium fetches the page's icon again at each
  // change of the address, and the icon is sent with max-age=0 (at 10,000 articles, nine fetches of
  // 1.3 KB a query, one after another, each holding a connection the search needed).
  const addressTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const change = useCallback(
    (wanted: Ask) => {
      setAsk(wanted);
      const address = addressOf(wanted, parameters);
      clearTimeout(addressTimer.current);
      addressTimer.current = setTimeout(() => {
        const at = Date.now();
        if (at - lastPush.current > HISTORY_PAUSE_MS) window.history.pushState(window.history.state, "", address);
        else window.history.replaceState(window.history.state, "", address);
        lastPush.current = at;
      }, TYPING_PAUSE_MS);
      run(wanted, true, TYPING_PAUSE_MS);
    },
    [parameters, run],
  );

  // Pagefind is set up when the reader comes to the form (a pointer over it, a touch, focus, a key),
  // not at load: its script, worker and first calls were most of the page's blocking time under
  // Lighthouse (/search?q=programme at 1,000 articles: 80-170 ms of total blocking time with them,
  // 37-49 ms without), and a reader who only reads the server's answer needs none of it. An address with
  // filters, which only the browser can answer, sets it up at once.
  const [wanted, setWanted] = useState(false);
  const typedBeforeReady = useRef(false);
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    if (Object.keys(filtersOf(askFromAddress(parameters))).length > 0 || element.contains(document.activeElement)) {
      setWanted(true);
      return;
    }
    const events = ["pointerover", "pointerdown", "touchstart", "focusin", "keydown"] as const;
    const come = () => setWanted(true);
    for (const name of events) element.addEventListener(name, come, { once: true, passive: true });
    return () => {
      for (const name of events) element.removeEventListener(name, come);
    };
  }, [parameters]);

  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    (async () => {
      try {
        const pagefind = (await import(
          /* webpackIgnore: true */ /* turbopackIgnore: true */ `${staticSearchBase}pagefind.js`
        )) as Pagefind;
        await pagefind.options({ basePath: staticSearchBase });
        await pagefind.init();
        const [all, released] = await Promise.all([
          pagefind.filters(),
          fetch(releasedPath)
            .then((response) =>
              response.ok ? (response.json() as Promise<{ records: StaticSearchRecord[] }>) : { records: [] },
            )
            .then((body) => body.records)
            .catch(() => [] as StaticSearchRecord[]),
        ]);
        if (cancelled) return;
        engine.current = { pagefind, released, all };
        const initial = askFromAddress(parameters);
        setAsk(initial);
        setReady(true);
        if (Object.keys(filtersOf(initial)).length === 0) {
          // The server has answered the address's words: its results stay until the reader asks
          // something else. Replaced by the browser's own render of the same results, they were
          // painted again seconds after the server's, and Lighthouse took that late paint as the
          // page's largest (/search?q=programme at 1,000 articles: 3.1 s instead of 0.95 s).
          // Their words are preloaded, for the reader's next key or filter.
          arrival.current = initial;
          const query = initial.query.trim();
          if (query.length > 1) void pagefind.preload(query, {}).catch(() => undefined);
        } else run(initial, false); // the server knows nothing of the filters: the browser answers
        // Keys typed while Pagefind was loading: answered now.
        const field = input();
        if (typedBeforeReady.current && field) change({ ...initial, query: field.value });
      } catch {
        // No Pagefind (an old browser, a blocked script): the server's form and answer stay as they are.
      }
    })();
    const state = queue.current;
    return () => {
      cancelled = true;
      clearTimeout(state.timer);
    };
  }, [wanted, staticSearchBase, releasedPath, parameters, run, change]);

  // The back and forward buttons: the words and filters of that address, and its answer.
  useEffect(() => {
    if (!ready) return;
    const restore = () => {
      // A change the reader made just before is not written over the address gone back to.
      clearTimeout(addressTimer.current);
      const wanted = askFromAddress(parameters);
      const field = input();
      if (field) field.value = wanted.query;
      setAsk(wanted);
      if (arrival.current && sameAsk(wanted, arrival.current)) showServerAnswer();
      else run(wanted, true);
    };
    window.addEventListener("popstate", restore);
    return () => window.removeEventListener("popstate", restore);
  }, [ready, parameters, run, showServerAnswer]);

  const current = ask ?? { query: "", theme: "", partner: "", year: "", events: false };
  const counts = answer?.counts ?? engine.current?.all ?? {};
  const all = engine.current?.all ?? {};
  const options = (name: string) => {
    const names = Object.keys(all[name] ?? {});
    return name === FILTER.year ? names.sort().reverse() : names.sort((a, b) => a.localeCompare(b, edition));
  };
  const select = (name: "theme" | "partner" | "year", label: string, any: string) => (
    <label className={styles.filter}>
      <span>{label}</span>
      <select
        value={current[name]}
        onChange={(event) => change({ ...current, query: input()?.value ?? current.query, [name]: event.target.value })}
      >
        <option value="">{any}</option>
        {options(name).map((value) => (
          <option key={value} value={value}>
            {t("instantSearch.option", { name: value, count: counts[name]?.[value] ?? 0 })}
          </option>
        ))}
      </select>
    </label>
  );

  const showMore = async () => {
    if (!answer?.more) return;
    const { hits, done } = await answer.more();
    setAnswer((shown) =>
      shown && shown.ask === answer.ask
        ? { ...shown, hits: [...shown.hits, ...hits], more: done ? undefined : shown.more }
        : shown,
    );
  };

  const queryWords = wordsOf(answer?.ask.query ?? "");
  const nothingAsked =
    answer !== undefined && !answer.ask.query.trim() && Object.keys(filtersOf(answer.ask)).length === 0;
  const status =
    !answer || nothingAsked
      ? ""
      : answer.ask.query.trim()
        ? answer.total === 0
          ? t("search.noResults", { query: answer.ask.query.trim() })
          : t("search.count", { total: answer.total, query: answer.ask.query.trim() })
        : t("instantSearch.countFiltered", { total: answer.total });

  return (
    <div
      ref={root}
      onInput={(event) => {
        if (!(event.target instanceof HTMLInputElement) || event.target.type !== "search") return;
        if (ready) change({ ...current, query: event.target.value });
        else typedBeforeReady.current = true;
      }}
      onSubmit={(event) => {
        // The answer is already on the page; the form still submits when the browser search is not ready.
        if (ready) event.preventDefault();
      }}
    >
      {form}
      {/* In the page from the start, disabled until the browser search is ready, and not shown
          without JavaScript (CSS): inserted later, it pushed the server's results down (Lighthouse
          counted a layout shift of 0.16 on /search). */}
      <fieldset className={styles.filters} disabled={!ready}>
        <legend className={styles.legend}>{t("instantSearch.filters")}</legend>
        {select("theme", t("instantSearch.theme"), t("instantSearch.anyTheme"))}
        {select("partner", t("instantSearch.partner"), t("instantSearch.anyPartner"))}
        {select("year", t("instantSearch.year"), t("instantSearch.anyYear"))}
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={current.events}
            onChange={(event) =>
              change({ ...current, query: input()?.value ?? current.query, events: event.target.checked })
            }
          />
          <span>{t("instantSearch.eventsOnly")}</span>
        </label>
      </fieldset>
      {/* Always in the page, so that screen readers announce what changes in it. */}
      <p className={styles.count} role="status">
        {status}
      </p>
      {answer ? (
        <>
          <ol className={styles.list}>
            {answer.hits.map(({ url, meta }) => {
              const lang = meta.textLanguage === edition ? undefined : meta.textLanguage;
              return (
                <li key={url} className={styles.item}>
                  <h2 className={styles.title} lang={lang}>
                    <a href={url}>{meta.title}</a>
                  </h2>
                  <p className={styles.date}>
                    {meta.event && <span className={styles.event}>{t("instantSearch.event")}</span>}
                    <time dateTime={meta.date}>{meta.displayDate}</time>
                  </p>
                  <p className={styles.summary} lang={lang}>
                    <Highlighted text={meta.summary} queryWords={queryWords} />
                  </p>
                </li>
              );
            })}
          </ol>
          {answer.more && (
            <button type="button" className={styles.more} onClick={() => void showMore()}>
              {t("instantSearch.showMore")}
            </button>
          )}
        </>
      ) : (
        children
      )}
    </div>
  );
}
