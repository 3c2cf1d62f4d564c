/**
 * A deterministic synthetic content folder for benchmarks: N articles of about
 * 600 words (paragraphs, subheadings, a quote, a list, links), dates spread over
 * 15 years, 12 themes, 30 partners, 1-3 of each per article. Every tenth article
 * announces an event; a fifth of those are still to come, counted from `today`
 * (the real day in Amsterdam unless given), so /events always has upcoming and
 * past events. Every fourth article has a Dutch translation (`<slug>.nl.md`,
 * Dutch-looking text of the same shape and length), every theme and some
 * partners a Dutch name; every third article leads with one of four generated 3000x2000 photos
 * (writeBenchPhotos; one stored on its side, as phones do). The same seed, N and day always give the same bytes,
 * and the articles without an event are the same whatever the day, so runs on
 * different days compare like with like; translations draw from a sequence of
 * their own, so the English articles are those of version 2.
 */
import fs from "node:fs";
import path from "node:path";
import { now } from "../../src/lib/clock";
import { siteDayAt } from "../../src/lib/dates";

/**
 * 3: Dutch translations of every fourth article, Dutch names of themes and some partners.
 * 4: a photo on every third article (BENCH_PHOTOS, made by writeBenchPhotos).
 */
export const CORPUS_VERSION = 4;
/** Every PHOTO_EVERY-th article leads with one of BENCH_PHOTOS, in turn. */
export const PHOTO_EVERY = 3;
/**
 * The corpus's photos: 3000x2000 JPEGs made by writeBenchPhotos into public/images/bench/ (ignored by
 * git), the last one stored on its side with EXIF orientation 6, as a phone does.
 */
export const BENCH_PHOTOS = [
  { name: "harbour", orientation: undefined, focus: "30% 40%" },
  { name: "campus", orientation: undefined, focus: "50% 50%" },
  { name: "control-room", orientation: undefined, focus: "70% 30%" },
  { name: "phone-upright", orientation: 6, focus: "50% 20%" },
] as const;
export const BENCH_PHOTO_WIDTH = 3000;
export const BENCH_PHOTO_HEIGHT = 2000;

export function benchPhotoPath(name: string): string {
  return `/images/bench/${name}.jpg`;
}

/**
 * Makes BENCH_PHOTOS under `publicDir`/images/bench/ unless present: smooth colour fields with fine
 * grain, so that they compress like photos (about 1-2 MB each at quality 85), not like flat colour.
 */
export async function writeBenchPhotos(publicDir: string): Promise<string[]> {
  const { default: sharp } = await import("sharp");
  const folder = path.join(publicDir, "images", "bench");
  fs.mkdirSync(folder, { recursive: true });
  const written: string[] = [];
  for (const [position, photo] of BENCH_PHOTOS.entries()) {
    const file = path.join(folder, `${photo.name}.jpg`);
    if (fs.existsSync(file)) continue;
    const random = seededRandom(7919 * (position + 1));
    const width = BENCH_PHOTO_WIDTH;
    const height = BENCH_PHOTO_HEIGHT;
    const pixels = Buffer.alloc(width * height * 3);
    const hue = [random() * 255, random() * 255, random() * 255];
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const at = (y * width + x) * 3;
        const wave = Math.sin(x / (90 + position * 30)) * Math.cos(y / 70) * 60;
        for (let c = 0; c < 3; c++)
          pixels[at + c] = Math.max(
            0,
            Math.min(255, hue[c] * (x / width) + (255 - hue[c]) * (y / height) * 0.5 + wave + (random() - 0.5) * 40),
          );
      }
    }
    let image = sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 85 });
    if (photo.orientation) image = image.withMetadata({ orientation: photo.orientation });
    fs.writeFileSync(file, await image.toBuffer());
    written.push(file);
  }
  return written;
}
/** Every EVENT_EVERY-th article announces an event, and every UPCOMING_EVERY-th event is still to come. */
const EVENT_EVERY = 10;
const UPCOMING_EVERY = 5;
/** Every TRANSLATE_EVERY-th article has a Dutch translation. */
export const TRANSLATE_EVERY = 4;
export const THEME_COUNT = 12;
export const PARTNER_COUNT = 30;
const YEARS = 15;
const FIRST_YEAR = 2011;

/** mulberry32: small, fast and good enough to make content look varied. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THEME_NAMES = [
  "Cyber Security",
  "Smart Society",
  "Urban Security",
  "Forensics",
  "Critical Infrastructure",
  "Crisis Management",
  "Identity and Access",
  "Maritime Security",
  "Border Security",
  "Data Science",
  "Human Capital",
  "International Cooperation",
];

const PARTNER_WORDS = [
  "Delta",
  "North Sea",
  "Randstad",
  "Harbour",
  "Lowlands",
  "Beacon",
  "Dune",
  "Polder",
  "Canal",
  "Tulip",
  "Windmill",
  "Dyke",
  "Meridian",
  "Orion",
  "Vector",
  "Sentinel",
  "Bastion",
  "Citadel",
  "Keystone",
  "Lighthouse",
  "Anchor",
  "Compass",
  "Horizon",
  "Summit",
  "Pioneer",
  "Atlas",
  "Harbinger",
  "Nimbus",
  "Quantum",
  "Zenith",
];
const PARTNER_KINDS = [
  "Security",
  "Labs",
  "University",
  "Institute",
  "Systems",
  "Municipality",
  "Cyber",
  "Consulting",
  "Group",
  "Foundation",
];

/** The Dutch names of the themes, in THEME_NAMES order. */
const THEME_NAMES_NL = [
  "Cyberveiligheid",
  "Slimme samenleving",
  "Stedelijke veiligheid",
  "Forensisch onderzoek",
  "Vitale infrastructuur",
  "Crisisbeheersing",
  "Identiteit en toegang",
  "Maritieme veiligheid",
  "Grensbewaking",
  "Datawetenschap",
  "Menselijk kapitaal",
  "Internationale samenwerking",
];
/** Partners of these kinds have a Dutch name too ("Gemeente Delta"); the others keep theirs. */
const PARTNER_KINDS_NL: Record<string, string> = {
  University: "Universiteit",
  Institute: "Instituut",
  Municipality: "Gemeente",
  Foundation: "Stichting",
};

const NOUNS = [
  "resilience",
  "cooperation",
  "innovation",
  "infrastructure",
  "network",
  "platform",
  "coalition",
  "programme",
  "agenda",
  "roadmap",
  "pilot",
  "consortium",
  "standard",
  "framework",
  "exercise",
  "campus",
  "ecosystem",
  "talent",
  "sensor",
  "dataset",
  "protocol",
  "incident",
  "response",
  "strategy",
  "community",
  "policy",
];
const ADJECTIVES = [
  "secure",
  "resilient",
  "digital",
  "regional",
  "national",
  "shared",
  "trusted",
  "practical",
  "open",
  "smart",
  "integrated",
  "urgent",
  "ambitious",
  "concrete",
  "joint",
  "local",
  "European",
  "critical",
  "new",
  "proven",
];
const VERBS = [
  "strengthens",
  "connects",
  "accelerates",
  "supports",
  "tests",
  "shares",
  "develops",
  "protects",
  "scales up",
  "brings together",
  "explores",
  "improves",
  "launches",
  "evaluates",
  "funds",
  "coordinates",
];
const ACTORS = [
  "the municipality",
  "the consortium",
  "HSD",
  "the partners",
  "the ministry",
  "the research team",
  "the working group",
  "the start-ups",
  "the campus",
  "the regional government",
  "the programme office",
  "knowledge institutions",
];
const PLACES = [
  "The Hague",
  "Rotterdam",
  "Delft",
  "Leiden",
  "Amsterdam",
  "Utrecht",
  "Eindhoven",
  "Brussels",
  "Zoetermeer",
];
const PEOPLE = [
  "Anna de Vries",
  "Pieter Jansen",
  "Sanne Bakker",
  "Joris van Dijk",
  "Fatima El Amrani",
  "Lucas Visser",
  "Eva Smit",
  "Daan Mulder",
];

/** The words of one language's sentences, and the small words that join them. */
interface Language {
  nouns: readonly string[];
  adjectives: readonly string[];
  verbs: readonly string[];
  actors: readonly string[];
  places: readonly string[];
  words: {
    a: string;
    for: string;
    in: string;
    with: string;
    the: string;
    of: string;
    see: string;
    and: string;
    across: string;
  };
}

const ENGLISH: Language = {
  nouns: NOUNS,
  adjectives: ADJECTIVES,
  verbs: VERBS,
  actors: ACTORS,
  places: PLACES,
  words: { a: "a", for: "for", in: "in", with: "with", the: "the", of: "of", see: "see", and: "and", across: "across" },
};

/** Dutch-looking text for the translations: real Dutch words, some with accents (search folds them). */
const DUTCH: Language = {
  nouns: [
    "weerbaarheid",
    "samenwerking",
    "innovatie",
    "infrastructuur",
    "netwerk",
    "platform",
    "coalitie",
    "programma",
    "agenda",
    "routekaart",
    "proef",
    "samenwerkingsverband",
    "norm",
    "kader",
    "oefening",
    "campus",
    "ecosysteem",
    "talent",
    "sensor",
    "dataset",
    "protocol",
    "incident",
    "aanpak",
    "strategie",
    "gemeenschap",
    "beleid",
  ],
  adjectives: [
    "veilige",
    "weerbare",
    "digitale",
    "regionale",
    "landelijke",
    "gedeelde",
    "betrouwbare",
    "praktische",
    "open",
    "slimme",
    "geïntegreerde",
    "urgente",
    "ambitieuze",
    "concrete",
    "gezamenlijke",
    "lokale",
    "Europese",
    "vitale",
    "nieuwe",
    "financiële",
  ],
  verbs: [
    "versterkt",
    "verbindt",
    "versnelt",
    "ondersteunt",
    "test",
    "deelt",
    "ontwikkelt",
    "beschermt",
    "vergroot",
    "brengt samen",
    "verkent",
    "verbetert",
    "lanceert",
    "evalueert",
    "financiert",
    "coördineert",
  ],
  actors: [
    "de gemeente",
    "het consortium",
    "HSD",
    "de partners",
    "het ministerie",
    "het onderzoeksteam",
    "de werkgroep",
    "de start-ups",
    "de campus",
    "de provincie",
    "het programmabureau",
    "kennisinstellingen",
  ],
  places: ["Den Haag", "Rotterdam", "Delft", "Leiden", "Amsterdam", "Utrecht", "Eindhoven", "Brussel", "Zoetermeer"],
  words: {
    a: "een",
    for: "voor",
    in: "in",
    with: "met",
    the: "de",
    of: "van",
    see: "zie",
    and: "en",
    across: "in heel",
  },
};

/**
 * A word found in every article of every corpus: it is both an actor ("the programme office")
 * and a noun of the templates, so each article of about 600 words holds it (checked at 100 and
 * 10,000 articles; the search probe counts its matches in every run). A query for it matches the
 * whole archive: the worst case of a one-word search.
 */
export const WORD_IN_EVERY_ARTICLE = "programme";

/** Every distinct word (lower case, two letters or more) the templates draw from: real words of the corpus. */
export function corpusVocabulary(): string[] {
  const lists = [NOUNS, ADJECTIVES, VERBS, ACTORS, PLACES, PEOPLE, THEME_NAMES, PARTNER_WORDS, PARTNER_KINDS];
  const words = lists.flat().flatMap((phrase) => phrase.toLowerCase().split(/[^a-z]+/));
  return [...new Set(words.filter((word) => word.length > 1))].sort();
}

export interface CorpusOptions {
  count: number;
  seed?: number;
  /** Every how many articles one has a Dutch translation (TRANSLATE_EVERY by default; 0 for none). */
  translateEvery?: number;
  /** `YYYY-MM-DD`: the day upcoming and past events are counted from; today in Amsterdam by default. */
  today?: string;
}

/** A `YYYY-MM-DD` day moved by whole days (calendar arithmetic on the parts, no time zone involved). */
function addDays(day: string, days: number): string {
  const [year, month, dayOfMonth] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, dayOfMonth + days)).toISOString().slice(0, 10);
}

const VENUES = [
  "HSD Campus",
  "World Forum",
  "The Hague City Hall",
  "Campus Delft",
  "Leiden Bio Science Park",
  "Rotterdam Ahoy",
];

/**
 * The event block of an announcement published on `published`: all-day (one day or several),
 * timed with or without an end, on site, online or both. Past events start one to eight weeks
 * after the announcement, but always before `today`; upcoming ones within half a year of it.
 */
function eventBlock(random: () => number, published: string, today: string, upcoming: boolean): string[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  let day = upcoming
    ? addDays(today, 1 + Math.floor(random() * 180))
    : addDays(published, 7 + Math.floor(random() * 50));
  if (!upcoming && day >= today) day = addDays(today, -1 - Math.floor(random() * 30));
  const kind = random();
  const hour = 9 + Math.floor(random() * 10);
  const at = (d: string, h: number, m: string) => `${d}T${String(h).padStart(2, "0")}:${m}`;
  const minutes = random() < 0.5 ? "00" : "30";
  const lines = ["event:"];
  if (kind < 0.4) {
    lines.push(
      `  start: ${at(day, hour, minutes)}`,
      `  end: ${at(day, Math.min(23, hour + 1 + Math.floor(random() * 3)), minutes)}`,
    );
  } else if (kind < 0.55) {
    lines.push(`  start: ${at(day, hour, minutes)}`);
  } else if (kind < 0.85) {
    lines.push(`  start: ${day}`);
  } else {
    lines.push(`  start: ${day}`, `  end: ${addDays(day, 1 + Math.floor(random() * 3))}`);
  }
  const where = random();
  if (where < 0.7) {
    lines.push(`  location: ${pick(VENUES)}`);
    if (random() < 0.5)
      lines.push(
        `  address: ${1 + Math.floor(random() * 200)} ${pick(["Main Street", "Harbour Road", "Campus Lane"])}, ${pick(PLACES)}`,
      );
  }
  if (where >= 0.55) lines.push(`  online: https://events.example.org/live/${Math.floor(random() * 1e6)}`);
  if (random() < 0.5) lines.push(`  registration: https://events.example.org/register/${Math.floor(random() * 1e6)}`);
  return lines;
}

/** The front matter of an article's photo: one of BENCH_PHOTOS in turn, with alt text, credit and focus. */
function photoLines(turn: number): string[] {
  const photo = BENCH_PHOTOS[turn % BENCH_PHOTOS.length];
  return [
    `image: ${benchPhotoPath(photo.name)}`,
    `imageAlt: A generated test photo (${photo.name})`,
    `imageCaption: Test photo ${turn + 1}`,
    "imageCredit: Benchmark",
    `imageFocus: "${photo.focus}"`,
  ];
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function sentence(
  random: () => number,
  pick: <T>(list: readonly T[]) => T,
  links: string[],
  language: Language = ENGLISH,
): string {
  const { nouns, adjectives, verbs, actors, places, words } = language;
  const parts = [
    capitalised(pick(actors)),
    pick(verbs),
    `${words.a} ${pick(adjectives)} ${pick(nouns)}`,
    random() < 0.5 ? `${words.for} ${pick(adjectives)} ${pick(nouns)}` : `${words.in} ${pick(places)}`,
  ];
  let text = parts.join(" ");
  if (random() < 0.35)
    text += `, ${words.with} ${random() < 0.5 ? "**" + pick(adjectives) + " " + pick(nouns) + "**" : words.the + " " + pick(nouns) + " " + words.of + " " + pick(places)}`;
  if (random() < 0.12 && links.length > 0) text += ` (${words.see} [${pick(nouns)}](${pick(links)}))`;
  if (random() < 0.3) text += ` ${words.and} ${pick(adjectives)} ${pick(nouns)} ${words.across} ${pick(places)}`;
  return `${text}.`;
}

function paragraph(
  random: () => number,
  pick: <T>(list: readonly T[]) => T,
  links: string[],
  sentences: number,
  language: Language = ENGLISH,
): string {
  return Array.from({ length: sentences }, () => sentence(random, pick, links, language)).join(" ");
}

/**
 * The body of an article in a language: an opening paragraph, three or four sections (a quote
 * in the first, a list in the second, sometimes a numbered list in the third), topped up to
 * about 600 words.
 */
function articleBody(
  random: () => number,
  pick: <T>(list: readonly T[]) => T,
  links: string[],
  language: Language = ENGLISH,
): string {
  const { nouns, adjectives, places, words } = language;
  const blocks: string[] = [paragraph(random, pick, links, 3 + Math.floor(random() * 2), language)];
  const sections = 3 + Math.floor(random() * 2);
  for (let s = 0; s < sections; s++) {
    blocks.push(`## ${capitalised(pick(adjectives))} ${pick(nouns)} ${words.for} ${pick(places)}`);
    blocks.push(paragraph(random, pick, links, 3 + Math.floor(random() * 3), language));
    if (s === 0) blocks.push(`> ${pick(PEOPLE)}: "${paragraph(random, pick, [], 2, language)}"`);
    if (s === 1)
      blocks.push(
        Array.from(
          { length: 3 + Math.floor(random() * 3) },
          () => `- ${pick(adjectives)} ${pick(nouns)} ${words.in} ${pick(places)}`,
        ).join("\n"),
      );
    if (s === 2 && random() < 0.5)
      blocks.push(
        Array.from({ length: 3 }, (_, n) => `${n + 1}. ${sentence(random, pick, links, language)}`).join("\n"),
      );
    blocks.push(paragraph(random, pick, links, 2 + Math.floor(random() * 3), language));
  }
  // Top up to about 600 words, as real news items are.
  while (wordCount(blocks.join("\n")) < 590) blocks.push(paragraph(random, pick, links, 3, language));
  return blocks.join("\n\n");
}

/** The Dutch translation of an article: its own title, a summary half the time, its own body. */
function translationText(random: () => number, links: string[], hasPhoto = false): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const title = `${capitalised(pick(DUTCH.adjectives))} ${pick(DUTCH.nouns)} ${pick(DUTCH.verbs)} ${pick(DUTCH.adjectives)} ${pick(DUTCH.nouns)} in ${pick(DUTCH.places)}`;
  const frontMatter = [
    "---",
    `title: ${title}`,
    random() < 0.5
      ? `summary: ${paragraph(random, pick, [], 1, DUTCH).replace(/\*\*/g, "").replace(/[:#]/g, "")}`
      : undefined,
    ...(hasPhoto ? ["imageAlt: Een gegenereerde testfoto", "imageCaption: Testfoto"] : []),
    "---",
  ];
  return `${frontMatter.filter((line) => line !== undefined).join("\n")}\n\n${articleBody(random, pick, links, DUTCH)}\n`;
}

function wordCount(markdown: string): number {
  return markdown.split(/\s+/).filter(Boolean).length;
}

/** Writes the corpus into `dir` (replacing what was there) unless an identical one is already present. */
export function writeCorpus(
  dir: string,
  { count, seed = 20260101, today = siteDayAt(now()), translateEvery = TRANSLATE_EVERY }: CorpusOptions,
): { dir: string; reused: boolean; words: number; translations: number } {
  const stampFile = path.join(dir, ".corpus.json");
  if (fs.existsSync(stampFile)) {
    const saved = JSON.parse(fs.readFileSync(stampFile, "utf8")) as {
      version: number;
      count: number;
      seed: number;
      today?: string;
      translateEvery?: number;
      words: number;
      translations?: number;
    };
    if (
      saved.version === CORPUS_VERSION &&
      saved.count === count &&
      saved.seed === seed &&
      saved.today === today &&
      saved.translateEvery === translateEvery
    ) {
      return { dir, reused: true, words: saved.words, translations: saved.translations ?? 0 };
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "news"), { recursive: true });

  const random = seededRandom(seed);
  // Events draw from their own sequence, so the other articles stay the same whatever the day.
  const eventRandom = seededRandom(seed ^ 0x5eed);
  // So do translations, so the English articles are the same with or without them.
  const translationRandom = seededRandom(seed ^ 0x4e4c);
  let events = 0;
  let translations = 0;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const pickSome = <T>(list: readonly T[], max: number): T[] => {
    const wanted = 1 + Math.floor(random() * max);
    const chosen = new Set<T>();
    while (chosen.size < wanted) chosen.add(pick(list));
    return [...chosen];
  };

  const themes = THEME_NAMES.slice(0, THEME_COUNT).map((name, i) => ({
    id: slugify(name),
    name,
    description: `News about ${name.toLowerCase()} in the security cluster.`,
    nl: {
      name: THEME_NAMES_NL[i],
      description: `Nieuws over ${THEME_NAMES_NL[i].toLowerCase()} in het veiligheidscluster.`,
    },
  }));
  const partners = Array.from({ length: PARTNER_COUNT }, (_, i) => {
    const word = PARTNER_WORDS[i % PARTNER_WORDS.length];
    const kind = PARTNER_KINDS[i % PARTNER_KINDS.length];
    const name = `${word} ${kind}`;
    return {
      id: slugify(name),
      name,
      url: `https://www.${slugify(name)}.example`,
      nlName: PARTNER_KINDS_NL[kind] ? `${PARTNER_KINDS_NL[kind]} ${word}` : undefined,
    };
  });
  fs.writeFileSync(
    path.join(dir, "themes.yml"),
    themes
      .map(
        (t) =>
          `- id: ${t.id}\n  name: ${t.name}\n  description: ${t.description}\n  nl:\n    name: ${t.nl.name}\n    description: ${t.nl.description}\n`,
      )
      .join(""),
  );
  fs.writeFileSync(
    path.join(dir, "partners.yml"),
    partners
      .map(
        (p) => `- id: ${p.id}\n  name: ${p.name}\n  url: ${p.url}\n${p.nlName ? `  nl:\n    name: ${p.nlName}\n` : ""}`,
      )
      .join(""),
  );

  const start = Date.UTC(FIRST_YEAR, 0, 1);
  const span = Date.UTC(FIRST_YEAR + YEARS, 0, 1) - start;
  const slugs: string[] = [];
  let totalWords = 0;
  for (let i = 0; i < count; i++) {
    const title = `${pick(ADJECTIVES).replace(/^./, (c) => c.toUpperCase())} ${pick(NOUNS)} ${pick(VERBS)} ${pick(ADJECTIVES)} ${pick(NOUNS)} in ${pick(PLACES)}`;
    // The index keeps slugs unique; the number also keeps them stable when titles repeat.
    const slug = `${slugify(title)}-${i + 1}`;
    const day = new Date(start + Math.floor(random() * span)).toISOString().slice(0, 10);
    const withTime =
      random() < 0.2
        ? `T${String(8 + Math.floor(random() * 10)).padStart(2, "0")}:${random() < 0.5 ? "00" : "30"}`
        : "";
    const articleThemes = pickSome(themes, 3).map((t) => t.id);
    const articlePartners = pickSome(partners, 3);
    const links = [
      ...articlePartners.map((p) => p.url),
      ...slugs.slice(-5).map((s) => `/news/${s}`),
      "https://www.thehaguesecuritydelta.com",
    ];
    const frontMatter = [
      "---",
      `title: ${title}`,
      `date: ${day}${withTime}`,
      random() < 0.7 ? `author: ${pick(PEOPLE)}` : undefined,
      random() < 0.3
        ? `summary: ${paragraph(random, pick, [], 1).replace(/\*\*/g, "").replace(/[:#]/g, "")}`
        : undefined,
      `themes: [${articleThemes.join(", ")}]`,
      `partners: [${articlePartners.map((p) => p.id).join(", ")}]`,
      ...(i % EVENT_EVERY === EVENT_EVERY - 1
        ? eventBlock(eventRandom, day, today, events++ % UPCOMING_EVERY === 0)
        : []),
      // No draw from `random`: the articles' text is the same with or without photos.
      ...(i % PHOTO_EVERY === PHOTO_EVERY - 1 ? photoLines(Math.floor(i / PHOTO_EVERY)) : []),
      "---",
    ].filter((line) => line !== undefined);

    const body = articleBody(random, pick, links);
    totalWords += wordCount(body);
    fs.writeFileSync(path.join(dir, "news", `${slug}.md`), `${frontMatter.join("\n")}\n\n${body}\n`);
    if (translateEvery > 0 && i % translateEvery === translateEvery - 1) {
      fs.writeFileSync(
        path.join(dir, "news", `${slug}.nl.md`),
        translationText(translationRandom, links, i % PHOTO_EVERY === PHOTO_EVERY - 1),
      );
      translations++;
    }
    slugs.push(slug);
  }
  fs.writeFileSync(
    stampFile,
    JSON.stringify({ version: CORPUS_VERSION, count, seed, today, translateEvery, words: totalWords, translations }),
  );
  return { dir, reused: false, words: totalWords, translations };
}
