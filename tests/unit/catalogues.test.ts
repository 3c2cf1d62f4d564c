/**
 * The two catalogues of interface text (src/i18n/messages): the Dutch one has every key of the
 * English one and no other, each message parses as ICU MessageFormat, and both name the same
 * placeholders and tags, so no Dutch page can miss a value or a link its English twin shows.
 */
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, test } from "vitest";
import { catalogues, translator } from "@/i18n/translator";

type Tree = { [key: string]: string | Tree };

/** Every message of a catalogue by its dotted key. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const messages = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") messages.set(path, value);
    else for (const [inner, text] of flatten(value, path)) messages.set(inner, text);
  }
  return messages;
}

/** The arguments ({name}, plurals, selects) and the tags (<link>) a message names, at any depth. */
function namesIn(elements: MessageFormatElement[], found = { arguments: new Set<string>(), tags: new Set<string>() }) {
  for (const element of elements) {
    if (
      element.type === TYPE.argument ||
      element.type === TYPE.number ||
      element.type === TYPE.date ||
      element.type === TYPE.time
    )
      found.arguments.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      found.arguments.add(element.value);
      for (const option of Object.values(element.options)) namesIn(option.value, found);
    }
    if (element.type === TYPE.tag) {
      found.tags.add(element.value);
      namesIn(element.children, found);
    }
  }
  return found;
}

/**
 * Where the Dutch rightly names less than the English. The event box's English names the zone's
 * abbreviation ("Amsterdam time (CEST)"); the Dutch says "Nederlandse tijd" instead (CET and CEST are
 * English abbreviations, nl-copy.md 2.4). Each exception is listed here, nothing else may differ.
 */
const DUTCH_OMITS: Record<string, string[]> = {
  "eventWhen.open": ["zone"],
  "eventWhen.openShort": ["zone"],
  "eventWhen.sameDay": ["zone"],
  "eventWhen.sameDayShort": ["zone"],
  "eventWhen.severalDays": ["zone"],
  "eventWhen.severalDaysShort": ["zone"],
};
/** A tag only the Dutch needs: <en> marks an English name inside the Dutch text (WCAG 3.1.2). */
const DUTCH_ONLY_TAGS = new Set(["en"]);

const english = flatten(catalogues.en as unknown as Tree);
const dutch = flatten(catalogues.nl as unknown as Tree);

test("the Dutch catalogue has exactly the English one's keys", () => {
  expect([...dutch.keys()].sort()).toEqual([...english.keys()].sort());
});

test("no message is empty, and no Dutch message is the English one's left untranslated by mistake", () => {
  for (const [key, text] of [...english, ...dutch]) expect(text.trim(), key).not.toBe("");
  // The same words in both languages, on purpose: names, formats and words Dutch uses as they are.
  const sameOnPurpose = new Set([
    "meta.titleDefault",
    "meta.titleTemplate",
    "header.home",
    "header.partners",
    "home.title",
    "share.email",
    "eventDetails.online",
    "eventLine.online",
    "eventWhen.allDayShort",
    "partnerProfile.website",
    "preview.kicker",
    "preview.siteAlt",
    "preview.articleAlt",
    "feed.rssTitle",
    "feed.atomTitle",
    "feed.jsonTitle",
    "feed.title",
    "feed.themeTitle",
    "feed.rights",
    "theme.feedTitle",
    "instantSearch.partner",
    "instantSearch.option",
  ]);
  const untranslated = [...english]
    .filter(([key, text]) => dutch.get(key) === text && !sameOnPurpose.has(key))
    .map(([key]) => key);
  expect(untranslated).toEqual([]);
});

describe("each message parses, and both languages name the same placeholders and tags", () => {
  test.each([...english.keys()])("%s", (key) => {
    const en = namesIn(parse(english.get(key)!));
    const nl = namesIn(parse(dutch.get(key)!));
    const omitted = new Set(DUTCH_OMITS[key] ?? []);
    expect([...nl.arguments].sort(), "arguments").toEqual(
      [...en.arguments].filter((name) => !omitted.has(name)).sort(),
    );
    expect([...nl.tags].filter((tag) => !DUTCH_ONLY_TAGS.has(tag)).sort(), "tags").toEqual([...en.tags].sort());
  });
});

describe("the translator", () => {
  test("fills in the site's names and the edition's own title of the news", () => {
    expect(translator("en", "preview")("siteAlt")).toBe("HSD News: The Hague Security Delta");
    expect(translator("nl", "preview")("siteAlt")).toBe("HSD Nieuws: The Hague Security Delta");
    expect(translator("nl", "events")("calendarTitle")).toBe("HSD-evenementen (iCalendar)");
  });

  test("plurals in each language, 0 taking the plural", () => {
    const en = translator("en", "themeIndex");
    const nl = translator("nl", "themeIndex");
    expect([0, 1, 2].map((count) => en("count", { count }))).toEqual(["0 articles", "1 article", "2 articles"]);
    expect([0, 1, 2].map((count) => nl("count", { count }))).toEqual(["0 artikelen", "1 artikel", "2 artikelen"]);
    expect(translator("en", "search")("count", { total: 1, query: "x" })).toBe("1 article matches “x”.");
    expect(translator("nl", "search")("count", { total: 3, query: "x" })).toBe("3 artikelen gevonden voor ‘x’.");
  });

  test("a missing value fails loudly instead of showing a placeholder", () => {
    expect(() => translator("nl", "search")("noResults")).toThrow();
  });
});
