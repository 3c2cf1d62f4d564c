/**
 * Articles in two languages as the content index answers them: an article in an edition (the
 * Dutch text where there is a translation, the English marked "en" where not), themes and
 * partners by edition, publication with the original, errors of a broken translation on the
 * Dutch page only, the Dutch search index, and the snapshot carrying all of it.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { PublicationView, type SearchOutcome } from "@/content";
import { buildContentSnapshot } from "@/content/buildSnapshot";
import { loadContent } from "@/content/load";
import { markdownToHtml } from "@/content/markdown";
import { searchFor, serializeSearchIndex } from "@/content/search";
import { readSnapshot, snapshotDir } from "@/content/snapshot";
import { site } from "@/lib/site";

vi.mock("@/content/markdown", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/content/markdown")>();
  return { ...original, markdownToHtml: vi.fn(original.markdownToHtml) };
});
const conversions = vi.mocked(markdownToHtml);

const fixture = path.resolve(__dirname, "../fixtures/translations");
const content = () => loadContent(fixture, { warnings: false });
const BEFORE_THE_SCHEDULED_ONE = Date.parse("2030-01-01T00:00:00Z");

function slugs(outcome: SearchOutcome): string[] {
  if (outcome.kind !== "results") throw new Error(`expected results, got ${outcome.kind}`);
  return outcome.hits.map((hit) => hit.article.slug);
}

describe("an article in an edition", () => {
  const index = PublicationView.of(content());
  const article = (slug: string) => index.catalogue.allArticles.find((candidate) => candidate.slug === slug)!;

  test("in English: the article's own text, language en", () => {
    const signing = index.catalogue.inEdition(article("signing-of-smart-society-declaration"), "en");
    expect(signing).toMatchObject({
      language: "en",
      title: "Signing of Smart Society Declaration",
      summary: "A wide coalition signed the Smart Society Declaration.",
      author: "HSD Foundation",
      imageAlt: "Representatives signing the declaration",
      imageAltLanguage: "en",
      updated: undefined,
    });
    expect(signing.html).toContain("<h2>Upscaling and acceleration in Smart Society agenda</h2>");
  });

  test("in Dutch with a translation: its title, summary, author, image description and body; date, themes, image and event stay the original's", () => {
    const original = article("signing-of-smart-society-declaration");
    const dutch = index.catalogue.inEdition(original, "nl");
    expect(dutch).toMatchObject({
      article: original,
      language: "nl",
      title: "Ondertekening van de Smart Society Declaration",
      summary: "Een brede coalitie heeft de Smart Society Declaration ondertekend.",
      author: "Stichting HSD",
      imageAlt: "Vertegenwoordigers ondertekenen de verklaring",
      imageAltLanguage: "nl",
    });
    expect(dutch.html).toContain("<h2>Opschalen en versnellen van de Smart Society-agenda</h2>");
    expect(dutch.html).not.toContain("Upscaling");
    expect(dutch.article.date.day).toBe("2019-03-20");
    expect(dutch.article.image?.src).toBe("https://www.thehaguesecuritydelta.com/images/declaration.jpg");
    const meeting = index.catalogue.inEdition(article("smart-society-meeting"), "nl");
    expect(meeting.title).toBe("Smart Society-bijeenkomst bij HSD");
    expect(meeting.article.event).toMatchObject({
      start: { day: "2019-04-18", time: "16:00" },
      location: "HSD Campus",
    });
  });

  test("a translation without a summary gets one from its Dutch body; without an author, the original's; its own updated only", () => {
    const cafe = index.catalogue.inEdition(article("hsd-cafe-on-urban-security"), "nl");
    expect(cafe.summary).toBe(
      "Deskundigen van de gemeente en het bedrijfsleven bespraken een geïntegreerde aanpak voor de veiligheid van de slimme stad.",
    );
    expect(cafe.author).toBe("HSD Foundation");
    expect(cafe.updated?.day).toBe("2019-03-29");
    expect(index.catalogue.inEdition(article("hsd-cafe-on-urban-security"), "en").updated?.day).toBe("2019-03-28");
    expect(cafe.imageAlt).toBeUndefined();
    expect(cafe.imageAltLanguage).toBeUndefined();
  });

  test("in Dutch without a translation: the English text, marked en, the very same answer as the English edition's", () => {
    const untranslated = article("untranslated-announcement");
    const dutch = index.catalogue.inEdition(untranslated, "nl");
    expect(dutch.language).toBe("en");
    expect(dutch.title).toBe("Untranslated announcement on cyber security");
    expect(dutch).toBe(index.catalogue.inEdition(untranslated, "en"));
  });

  test("each body, English or Dutch, is rendered only when read, and once", () => {
    const fresh = PublicationView.of(content());
    const cafe = fresh.catalogue.allArticles.find((candidate) => candidate.slug === "hsd-cafe-on-urban-security")!;
    conversions.mockClear();
    const dutch = fresh.catalogue.inEdition(cafe, "nl");
    const english = fresh.catalogue.inEdition(cafe, "en");
    expect(dutch.summary).toContain("Deskundigen");
    expect(conversions).not.toHaveBeenCalled();
    for (let i = 0; i < 3; i++) {
      expect(fresh.catalogue.inEdition(cafe, "nl").html).toContain("<strong>geïntegreerde</strong>");
      expect(english.html).toContain("<strong>integrated</strong>");
    }
    expect(conversions).toHaveBeenCalledTimes(2);
    expect(fresh.catalogue.inEdition(cafe, "nl")).toBe(dutch);
  });
});

describe("themes and partners in an edition", () => {
  const index = PublicationView.of(content());
  const theme = (id: string) => index.catalogue.theme(id)!;
  const partner = (id: string) => index.catalogue.partner(id)!;

  test("the Dutch name and description where themes.yml gives them, else the English ones marked en", () => {
    expect(index.catalogue.themeIn(theme("smart-society"), "nl")).toMatchObject({
      id: "smart-society",
      name: "Slimme samenleving",
      description: "Data en technologie voor een leefbare, veilige samenleving.",
      language: "nl",
      descriptionLanguage: "nl",
    });
    expect(index.catalogue.themeIn(theme("urban-security"), "nl")).toMatchObject({
      name: "Slimme steden en stedelijke veiligheid",
      description: undefined,
      language: "nl",
    });
    expect(index.catalogue.themeIn(theme("cyber-security"), "nl")).toMatchObject({
      name: "Cyber Security",
      description: "Securing the digital society.",
      language: "en",
      descriptionLanguage: "en",
    });
    expect(index.catalogue.themeIn(theme("smart-society"), "en")).toMatchObject({
      name: "Smart Society",
      description: "Data and technology for a liveable, safe society.",
      language: "en",
    });
    expect(index.catalogue.themeName(theme("smart-society"), "nl")).toBe("Slimme samenleving");
    expect(index.catalogue.themeIn(theme("smart-society"), "nl")).toBe(
      index.catalogue.themeIn(theme("smart-society"), "nl"),
    );
  });

  test("a partner's Dutch name where partners.yml gives one", () => {
    expect(index.catalogue.partnerIn(partner("municipality-of-the-hague"), "nl")).toMatchObject({
      name: "Gemeente Den Haag",
      url: "https://www.denhaag.nl/en",
      language: "nl",
    });
    expect(index.catalogue.partnerIn(partner("vng"), "nl")).toMatchObject({
      name: "VNG (Vereniging van Nederlandse Gemeenten)",
      language: "en",
    });
    expect(index.catalogue.partnerName(partner("municipality-of-the-hague"), "en")).toBe("Municipality of The Hague");
  });
});

describe("publication: a translation is published with its original", () => {
  const index = PublicationView.of(content());

  test("a draft and its translation are nowhere; a scheduled article and its translation appear together", () => {
    const before = index.publishedAt(BEFORE_THE_SCHEDULED_ONE);
    expect(before.bySlug("draft-in-progress")).toBeUndefined();
    expect(before.bySlug("scheduled-release")).toBeUndefined();
    const after = index.publishedAt(Date.parse("2099-01-01T08:00:00Z"));
    expect(index.catalogue.inEdition(after.bySlug("scheduled-release")!, "nl").title).toBe("Geplande publicatie");
  });
});

describe("the preview: a broken translation shows its errors on the Dutch page only", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-translations-"));
    fs.cpSync(fixture, dir, { recursive: true });
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("the original stays, in both editions; the Dutch page lists the translation's error", () => {
    fs.writeFileSync(
      path.join(dir, "news/hsd-cafe-on-urban-security.nl.md"),
      "---\ntitle: HSD Café\ndate: 2019-03-26\n---\n\nTekst.\n",
    );
    const index = PublicationView.of(loadContent(dir, { warnings: false }), { preview: true });
    const cafe = index.bySlug("hsd-cafe-on-urban-security")!;
    expect(cafe.title).toBe("HSD Café on urban security");
    expect(index.catalogue.inEdition(cafe, "nl").language).toBe("en");
    expect(index.catalogue.errorsForSlug("hsd-cafe-on-urban-security")).toEqual([]);
    expect(
      index.catalogue
        .errorsForSlug("hsd-cafe-on-urban-security", "nl")
        .map((p) => `${path.basename(p.file)}: ${p.field}: ${p.message}`),
    ).toEqual(["hsd-cafe-on-urban-security.nl.md: date: comes from hsd-cafe-on-urban-security.md; remove it here"]);
    // Not an error of a shared file: no other article's page shows it.
    expect(index.catalogue.errorsForSlug("untranslated-announcement", "nl")).toEqual([]);
  });

  test("outside the preview the same broken translation stops the build's content snapshot with its error", () => {
    fs.writeFileSync(
      path.join(dir, "news/hsd-cafe-on-urban-security.nl.md"),
      "---\ntitle: HSD Café\ndraft: true\n---\n\nTekst.\n",
    );
    const output = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-snapshot-"));
    try {
      expect(() => buildContentSnapshot(snapshotDir(output), dir)).toThrow(
        /news\/hsd-cafe-on-urban-security\.nl\.md: draft: is true but hsd-cafe-on-urban-security\.md is published/,
      );
      expect(fs.readdirSync(output)).toEqual([]);
    } finally {
      fs.rmSync(output, { recursive: true, force: true });
    }
  });
});

describe("search in the Dutch edition", () => {
  const index = PublicationView.of(content());
  const dutch = searchFor(index, "nl");
  const english = searchFor(index, "en");

  test("finds the Dutch text of translated articles, and the English text of those without a translation", () => {
    expect(slugs(dutch.search("ondertekening"))).toEqual(["signing-of-smart-society-declaration"]);
    expect(english.search("ondertekening")).toMatchObject({ kind: "results", total: 0 });
    expect(slugs(dutch.search("announcement"))).toEqual(["untranslated-announcement"]);
    // A translated article is found by its Dutch words, not by its English ones.
    expect(dutch.search("upscaling")).toMatchObject({ kind: "results", total: 0 });
    expect(slugs(english.search("upscaling"))).toEqual(["signing-of-smart-society-declaration"]);
  });

  test("accents are folded as in English: geintegreerde finds geïntegreerde, coordinatie finds Coördinatie", () => {
    expect(slugs(dutch.search("geintegreerde"))).toEqual(["hsd-cafe-on-urban-security"]);
    expect(slugs(dutch.search("COORDINATIE"))).toEqual(["smart-society-meeting"]);
  });

  test("theme and partner names as the Dutch edition shows them", () => {
    expect(slugs(dutch.search("stedelijke")).sort()).toEqual([
      "hsd-cafe-on-urban-security",
      "signing-of-smart-society-declaration",
      "untranslated-announcement",
    ]);
    expect(english.search("stedelijke")).toMatchObject({ kind: "results", total: 0 });
    expect(slugs(dutch.search("Gemeente Den Haag")).sort()).toEqual([
      "hsd-cafe-on-urban-security",
      "signing-of-smart-society-declaration",
    ]);
  });

  test("hits carry the text the edition shows: Dutch title and summary with the matches marked, or the English marked en", () => {
    const outcome = dutch.search("coalitie");
    if (outcome.kind !== "results") throw new Error(outcome.kind);
    const [hit] = outcome.hits;
    expect(hit.inEdition).toMatchObject({ language: "nl", title: "Ondertekening van de Smart Society Declaration" });
    expect(hit.summary.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(["coalitie"]);
    expect(hit.summary.map((segment) => segment.text).join("")).toBe(hit.inEdition.summary);
    const english = dutch.search("announcement");
    expect(english.kind === "results" && english.hits[0].inEdition.language).toBe("en");
  });

  test("the same bounds as English: too long, no words, and only what is published at the moment", () => {
    expect(dutch.search("x".repeat(site.searchMaxQueryLength + 1)).kind).toBe("too-long");
    expect(dutch.search("!!! ???").kind).toBe("no-words");
    expect(dutch.search("concept")).toMatchObject({ kind: "results", total: 0 });
    expect(dutch.search("geplande")).toMatchObject({ kind: "results", total: 0 });
  });

  test("the Dutch index counts its own document frequencies", () => {
    const articles = index.upcoming.articles;
    const frequencies = (edition: "en" | "nl") =>
      (
        JSON.parse(serializeSearchIndex(index.catalogue, articles, edition)) as {
          documentFrequency: Record<string, number>;
        }
      ).documentFrequency;
    const nl = frequencies("nl");
    const en = frequencies("en");
    expect(nl.de).toBe(3);
    expect(en.de).toBeUndefined();
    expect(nl.stedelijke).toBe(3);
    expect(en.upscaling).toBe(1);
    expect(nl.upscaling).toBeUndefined();
  });
});

describe("the snapshot", () => {
  let output: string;
  beforeEach(() => {
    output = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-snapshot-"));
  });
  afterEach(() => fs.rmSync(output, { recursive: true, force: true }));

  test("carries every published and scheduled translation as the loader read it, and none of a draft", () => {
    expect(buildContentSnapshot(snapshotDir(output), fixture)).toEqual({ articles: 5, drafts: 1, translated: 4 });
    const live = PublicationView.of(content());
    const snapshot = readSnapshot(output);
    const translationsOf = (articles: readonly { slug: string; translations?: { nl?: object } }[]) =>
      articles.map(({ slug, translations }) => ({ slug, nl: translations?.nl ? { ...translations.nl } : undefined }));
    expect(translationsOf(snapshot.articles)).toEqual(translationsOf(live.upcoming.articles));
    expect(fs.readFileSync(path.join(snapshotDir(output), "index.json"), "utf8")).not.toContain("Concept in bewerking");
  });

  test("Dutch bodies are read only when a page first needs one, from a file of their own", () => {
    buildContentSnapshot(snapshotDir(output), fixture);
    const snapshot = readSnapshot(output);
    fs.rmSync(path.join(snapshotDir(output), "bodies.nl.json"));
    const signing = snapshot.articles.find((article) => article.slug === "signing-of-smart-society-declaration")!;
    expect(signing.translations?.nl?.title).toBe("Ondertekening van de Smart Society Declaration");
    expect(signing.translations?.nl?.summary).toBe(
      "Een brede coalitie heeft de Smart Society Declaration ondertekend.",
    );
    expect(signing.markdown).toContain("During the 'Conference Nederland Digitaal'");
    expect(() => signing.translations?.nl?.markdown).toThrow(/bodies\.nl\.json/);
  });

  test("the prebuilt Dutch search answers like a Dutch search built from the content folder", () => {
    buildContentSnapshot(snapshotDir(output), fixture);
    const snapshot = readSnapshot(output);
    const fromSnapshot = PublicationView.of(
      { ...snapshot, problems: [] },
      { prebuiltSearchIndex: snapshot.readSearchIndex },
    );
    const live = PublicationView.of(content());
    for (const query of [
      "ondertekening",
      "announcement",
      "geintegreerde",
      "stedelijke",
      "Gemeente",
      "upscaling",
      "samenlevin",
      "ondertekenig",
    ]) {
      for (const edition of ["en", "nl"] as const) {
        const a = searchFor(fromSnapshot, edition).search(query);
        const b = searchFor(live, edition).search(query);
        expect(
          a.kind === "results" ? a.hits.map((hit) => [hit.article.slug, hit.inEdition.title]) : a.kind,
          `${edition} ${query}`,
        ).toEqual(b.kind === "results" ? b.hits.map((hit) => [hit.article.slug, hit.inEdition.title]) : b.kind);
      }
    }
  });

  test("a snapshot of another format is refused with a message that says what to do", () => {
    buildContentSnapshot(snapshotDir(output), fixture);
    const file = path.join(snapshotDir(output), "index.json");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^\{"format":\d+/, '{"format":1'));
    expect(() => readSnapshot(output)).toThrow(/has format 1, this server reads format 3: rebuild the site/);
  });
});
