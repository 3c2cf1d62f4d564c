/**
 * The front-matter contract of an article, and of themes.yml and partners.yml.
 * This file is the readable specification editors' tools and checks rely on:
 * change it only together with docs and the check's tests.
 */
import { z } from "zod";
import { parseContentDate, type ContentDate } from "../lib/dates";
import { LOCAL_PHOTO_PATTERN } from "../lib/photoAddresses";
import { site } from "../lib/site";
import type { ArticleEvent, Partner, PhotoFocus, Theme, TranslationLanguage } from "./model";
import { nearest, quotedAlternatives } from "./suggest";

/** File name of an article without `.md`; also the shape of aliases, theme and partner ids. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Every front-matter field an article may carry, in the order the docs list them. */
export const ARTICLE_FIELDS = [
  "title",
  "date",
  "updated",
  "author",
  "summary",
  "themes",
  "partners",
  "image",
  "imageAlt",
  "imageCaption",
  "imageCredit",
  "imageFocus",
  "draft",
  "aliases",
  "event",
] as const;

/** The fields of an article's optional `event` block, in the order the docs list them. */
export const EVENT_FIELDS = ["start", "end", "location", "address", "online", "registration"] as const;

/**
 * Invisible control characters: XML 1.0 forbids most of them, so one in a title would make every
 * feed unreadable, and HTML counts them all as errors. Tab, line feed and carriage return are
 * ordinary white space; U+007F to U+009F, U+FFFE, U+FFFF and unpaired surrogates are refused too.
 * They come with text pasted from other programs, or from YAML escapes such as "\x07".
 */
const CONTROL_CHARACTER =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first control character in `text` as `U+000B` and its position (0-based), if there is one. */
export function findControlCharacter(text: string): { code: string; index: number } | undefined {
  const match = CONTROL_CHARACTER.exec(text);
  if (!match) return undefined;
  return { code: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`, index: match.index };
}

/** The end of every control-character message: what to do, and why it matters. */
export const CONTROL_CHARACTER_ADVICE =
  "delete it (it is invisible, and often comes with text pasted from another program): feeds cannot carry it";

const nonEmptyText = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `${what} must be text`) })
    .superRefine((text, ctx) => {
      const found = findControlCharacter(text);
      if (found)
        ctx.addIssue({
          code: "custom",
          message: `contains the control character ${found.code} at character ${found.index + 1}; ${CONTROL_CHARACTER_ADVICE}`,
        });
    })
    .trim()
    .min(1, `${what} must not be empty`);

const contentDate = z
  .string({
    error: (issue) =>
      issue.input === undefined ? "a date is required" : "must be a date written as YYYY-MM-DD or YYYY-MM-DDTHH:mm",
  })
  .transform((text, ctx): ContentDate => {
    const parsed = parseContentDate(text.trim());
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.reason });
      return z.NEVER;
    }
    return parsed.value;
  });

/** "first", "second", ... "21st": a position in a list as people count it, not `[0]`. */
export function ordinal(index: number): string {
  const words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
  if (index < words.length) return words[index];
  const n = index + 1;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/**
 * What one entry of a list of ids must be, checked entry by entry so that each mistake gets one
 * message, naming the entry by its text (or, when it is no text, by its position as people count).
 * `problemOf` answers for a well-formed entry; undefined means it is fine.
 */
const idList = (what: string, example: string, problemOf: (entry: string) => string | undefined) =>
  z
    .array(z.unknown(), {
      error: (issue) =>
        typeof issue.input === "string" && SLUG_PATTERN.test(issue.input.trim())
          ? `must be a list between square brackets: [${issue.input.trim()}]`
          : `must be a list between square brackets, e.g. [${example}]`,
    })
    .superRefine((entries, ctx) => {
      const seen = new Set<string>();
      entries.forEach((entry, index) => {
        if (typeof entry !== "string") {
          ctx.addIssue({
            code: "custom",
            message: `the ${ordinal(index)} ${what} is not text: write ${what}s as words joined by hyphens, e.g. [${example}]`,
            input: entry,
          });
          return;
        }
        const problem = problemOf(entry);
        if (problem) ctx.addIssue({ code: "custom", message: problem, input: entry });
        else if (seen.has(entry)) ctx.addIssue({ code: "custom", message: `lists "${entry}" twice`, input: entry });
        seen.add(entry);
      });
    })
    .transform((entries) => entries as string[]);

/** An alias must be the shape of a slug; whose address it is, the loader checks. */
const aliasList = idList("alias", "old-address", (alias) =>
  SLUG_PATTERN.test(alias)
    ? undefined
    : `"${alias}" is not a valid alias: an old address is written like a file name without .md, lower-case letters, digits and single hyphens`,
);

/** An image is a path under public/ (`/images/x.jpg`) or an https URL; a partner's logo may be either. */
const imageReference = z
  .string({ error: "must be a path under public/ such as /images/photo.jpg, or an https:// URL" })
  .refine(
    (value) => {
      if (value.startsWith("/")) return /^\/(?!.*\.\.)[A-Za-z0-9._~\/-]+$/.test(value) && !value.startsWith("//");
      try {
        return new URL(value).protocol === "https:";
      } catch {
        return false;
      }
    },
    {
      error: (issue) =>
        `"${String(issue.input)}" is neither a path under public/ (starting with /) nor an https:// URL`,
    },
  );

/** The hosts an https:// photo may come from, as messages list them. */
const photoHostList = () => site.photoHosts.join(", ");

/**
 * An article's photo (`image`): a file under public/images/ (`/images/harbour.jpg`), or an https://
 * URL on one of the hosts the site allows (site.photoHosts). Whether the file exists and is a photo
 * is the image check's (src/content/photos.ts): it needs the file.
 */
export const photoReference = z
  .string({ error: "must be a photo under public/images/ such as /images/harbour.jpg, or an https:// URL" })
  .superRefine((value, ctx) => {
    if (value.startsWith("/")) {
      if (!LOCAL_PHOTO_PATTERN.test(value)) {
        const message = /\.svg$/i.test(value)
          ? `"${value}" is an SVG drawing; a photo must be a JPEG, PNG, WebP or AVIF file`
          : `"${value}" is not a photo under public/images/: write /images/ and a file name of lower-case letters, digits and hyphens ending in .jpg, .jpeg, .png, .webp or .avif (e.g. /images/harbour-2026.jpg)`;
        ctx.addIssue({ code: "custom", message });
      }
      return;
    }
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({
        code: "custom",
        message: `"${value}" is neither a file under public/images/ (starting with /images/) nor an https:// URL`,
      });
      return;
    }
    if (url.protocol !== "https:") {
      ctx.addIssue({ code: "custom", message: `"${value}" is not an https:// URL` });
    } else if (!(site.photoHosts as readonly string[]).includes(url.hostname)) {
      ctx.addIssue({
        code: "custom",
        message: `"${url.hostname}" is not a host the site shows photos from; the allowed hosts are ${photoHostList()} (or put the file under public/images/)`,
      });
    }
  });

const FOCUS_PATTERN = /^(\d{1,3}(?:\.\d+)?)%\s+(\d{1,3}(?:\.\d+)?)%$/;

/** `imageFocus`: `"30% 40%"`, the point of the photo (across, down) every crop keeps in view. */
export const photoFocus = z
  .string({ error: 'must be two percentages in quotes, across then down, e.g. "30% 40%"' })
  .transform((text, ctx): PhotoFocus => {
    const match = FOCUS_PATTERN.exec(text.trim());
    const x = match ? Number(match[1]) : NaN;
    const y = match ? Number(match[2]) : NaN;
    if (!match || x > 100 || y > 100) {
      ctx.addIssue({
        code: "custom",
        message: `"${text}" is not two percentages from 0% to 100%, across then down, e.g. "30% 40%" (the middle is "50% 50%")`,
      });
      return z.NEVER;
    }
    return { x, y };
  });

/** A link readers follow to join or register: https only, so no one is sent over an open connection. */
const httpsLink = z
  .string({ error: "must be a web address starting with https://" })
  .trim()
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      // `example.org/live`: the editor left the scheme off.
      const hint = /^[\w-]+(\.[\w-]+)+(\/|$)/.test(value) ? `, e.g. "https://${value}"` : ", starting with https://";
      ctx.addIssue({ code: "custom", message: `"${value}" is not a web address: write it in full${hint}` });
      return;
    }
    if (url.protocol === "http:") {
      ctx.addIssue({
        code: "custom",
        message: `"${value}" is an http:// link; use the https:// address, e.g. "https://${value.slice("http://".length)}"`,
      });
    } else if (url.protocol !== "https:") {
      ctx.addIssue({ code: "custom", message: `"${value}" is not a web address starting with https://` });
    }
  });

/** A time written alone (`17:00`), which editors mean as "on the event's day". */
const TIME_ONLY = /^\d{1,2}:\d{2}$/;

/** The end of an event given as a time only: reported by the event block, which knows the start's day to suggest. */
interface TimeWithoutDate {
  timeWithoutDate: string;
}

/** `start` or `end` of an event: a date, or a date and time, like `date`; a bare time is kept for the block to report. */
const eventMoment = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? "is required: the day the event starts, e.g. 2030-04-02 or 2030-04-02T14:00"
        : "must be a date written as YYYY-MM-DD or YYYY-MM-DDTHH:mm",
  })
  .transform((text, ctx): ContentDate | TimeWithoutDate => {
    const trimmed = text.trim();
    if (TIME_ONLY.test(trimmed)) return { timeWithoutDate: trimmed };
    const parsed = parseContentDate(trimmed);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.reason });
      return z.NEVER;
    }
    return parsed.value;
  });

function isTimeWithoutDate(value: unknown): value is TimeWithoutDate {
  return typeof value === "object" && value !== null && typeof (value as TimeWithoutDate).timeWithoutDate === "string";
}

/** `HH:mm` padded, so that `9:30` suggests `T09:30`. */
function paddedTime(time: string): string {
  const [hours, minutes] = time.split(":");
  return `${hours.padStart(2, "0")}:${minutes}`;
}

/**
 * The optional `event` block: when (start, optional end; all day when no time is given) and where
 * (a place, an online link, or both), and where to register. Every check runs even when another
 * field is wrong, so the editor sees each mistake at once.
 */
const eventBlock = z
  .strictObject(
    {
      start: eventMoment,
      end: eventMoment.optional(),
      location: nonEmptyText("the location").optional(),
      address: nonEmptyText("the address").optional(),
      online: httpsLink.optional(),
      registration: httpsLink.optional(),
    },
    {
      error:
        "must be a block of indented fields, e.g. start: 2030-04-02T14:00 and location: HSD Campus on the lines below event:",
    },
  )
  .superRefine(
    (event, ctx) => {
      const start = isContentDate(event.start) ? event.start : undefined;
      if (isTimeWithoutDate(event.start)) {
        ctx.addIssue({
          code: "custom",
          path: ["start"],
          message: `"${event.start.timeWithoutDate}" is a time without a date: write the day and the time, e.g. 2030-04-02T${paddedTime(event.start.timeWithoutDate)}`,
        });
      }
      if (isTimeWithoutDate(event.end)) {
        const time = paddedTime(event.end.timeWithoutDate);
        const message = start
          ? `"${event.end.timeWithoutDate}" is a time without a date; did you mean ${start.day}T${time}?`
          : `"${event.end.timeWithoutDate}" is a time without a date: write the day and the time, e.g. 2030-04-02T${time}`;
        ctx.addIssue({ code: "custom", path: ["end"], message });
      }
      const end = isContentDate(event.end) ? event.end : undefined;
      if (start && end) {
        if (start.time && !end.time) {
          ctx.addIssue({
            code: "custom",
            path: ["end"],
            message: `"${end.day}" has no time but start has one: give both a time (e.g. ${end.day}T17:00), or neither for an event that lasts all day`,
          });
        } else if (!start.time && end.time) {
          ctx.addIssue({
            code: "custom",
            path: ["end"],
            message: `"${end.day}T${end.time}" has a time but start has none: give both a time (e.g. ${start.day}T09:00), or neither for an event that lasts all day`,
          });
        } else if (start.time ? end.epochMs <= start.epochMs : end.day < start.day) {
          const shown = (date: ContentDate) => (date.time ? `${date.day}T${date.time}` : date.day);
          ctx.addIssue({
            code: "custom",
            path: ["end"],
            message: `"${shown(end)}" is ${end.epochMs === start.epochMs ? "the same moment as" : "before"} the start "${shown(start)}"`,
          });
        }
      }
      if (event.location === undefined && event.online === undefined) {
        ctx.addIssue({
          code: "custom",
          message: "needs a location (the place's name), an online link (online: https://...), or both",
        });
      }
      if (event.address !== undefined && event.location === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["address"],
          message: "is set but there is no location: give the place's name in location",
        });
      }
    },
    // Runs whatever else is wrong in the block, as long as it is a block.
    { when: (payload) => typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value) },
  )
  .transform((event) => event as ArticleEvent);

function isContentDate(value: unknown): value is ContentDate {
  return typeof value === "object" && value !== null && typeof (value as ContentDate).epochMs === "number";
}

export interface KnownIds {
  themeIds: ReadonlySet<string>;
  partnerIds: ReadonlySet<string>;
  /** The names editors may write by mistake instead of an id (each theme's and partner's, in every language), by namedKey. */
  themeNames?: ReadonlyMap<string, string>;
  partnerNames?: ReadonlyMap<string, string>;
}

/** A name as looked up among the names of themes or partners: case and runs of spaces ignored. */
export function namedKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Every name of the entries (English and Dutch), by namedKey, to its id. */
export function namesToIds(
  entries: readonly { id: string; name: string; nl?: { name: string } }[],
): Map<string, string> {
  const names = new Map<string, string>();
  for (const entry of entries)
    for (const name of [entry.name, entry.nl?.name]) if (name !== undefined) names.set(namedKey(name), entry.id);
  return names;
}

/**
 * One message for one wrong entry of `themes` or `partners`: a theme's or partner's name written
 * instead of its id gets that id (`"Cyber Security" is the name of the theme 'cyber-security':
 * write cyber-security`), anything else the closest ids (`unknown theme "cyber-securty" (not in
 * themes.yml); closest: 'cyber-security', 'smart-society' or 'urban-security'`).
 */
function unknownIdMessage(
  kind: string,
  id: string,
  knownIds: ReadonlySet<string>,
  names: ReadonlyMap<string, string> | undefined,
  listFile: string,
): string | undefined {
  if (knownIds.has(id)) return undefined;
  const named = names?.get(namedKey(id));
  if (named !== undefined) return `"${id}" is the name of the ${kind} '${named}': write ${named}`;
  const closest = nearest(id, knownIds);
  const hint = closest.length > 0 ? `; closest: ${quotedAlternatives(closest)}` : `; ${listFile} lists no ${kind}s yet`;
  return `unknown ${kind} "${id}" (not in ${listFile})${hint}`;
}

/** The schema of one article's front matter, checked against the known theme and partner ids. */
export function articleFrontMatterSchema(known: KnownIds) {
  return (
    z
      .strictObject({
        title: nonEmptyText("a title"),
        date: contentDate,
        updated: contentDate.optional(),
        author: nonEmptyText("the author").optional(),
        summary: nonEmptyText("the summary").optional(),
        themes: idList("theme", "cyber-security", (id) =>
          unknownIdMessage("theme", id, known.themeIds, known.themeNames, "themes.yml"),
        ).default([]),
        partners: idList("partner", "vng", (id) =>
          unknownIdMessage("partner", id, known.partnerIds, known.partnerNames, "partners.yml"),
        ).default([]),
        image: photoReference.optional(),
        imageAlt: nonEmptyText("the image's alternative text").optional(),
        /** Shown under the photo. */
        imageCaption: nonEmptyText("the caption").optional(),
        /** Who took the photo or owns it: "Photo: ..." under it; required for a photo from another site. */
        imageCredit: nonEmptyText("the credit").optional(),
        imageFocus: photoFocus.optional(),
        draft: z.boolean({ error: "must be true or false" }).default(false),
        aliases: aliasList.default([]),
        event: eventBlock.optional(),
      })
      .superRefine((fm, ctx) => {
        if (fm.image !== undefined && fm.imageAlt === undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["imageAlt"],
            message: "is required when image is set: describe the image for readers who cannot see it",
          });
        }
        for (const field of ["imageAlt", "imageCaption", "imageCredit", "imageFocus"] as const) {
          if (fm[field] !== undefined && fm.image === undefined)
            ctx.addIssue({ code: "custom", path: [field], message: "is set but there is no image" });
        }
        if (fm.image !== undefined && !fm.image.startsWith("/") && fm.imageCredit === undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["imageCredit"],
            message:
              "is required for a photo from another site: name the photographer or the source, as its owner asks to be credited",
          });
        }
      })
      // Checked even when another field is wrong, so the editor sees every error at once.
      .refine((fm) => !fm.updated || fm.updated.epochMs >= fm.date.epochMs, {
        path: ["updated"],
        error: (issue) => {
          const { date, updated } = issue.input as { date: ContentDate; updated: ContentDate };
          return `"${updated.day}" is before the date "${date.day}"`;
        },
        when: (payload) => {
          const { date, updated } = (payload.value ?? {}) as { date?: unknown; updated?: unknown };
          return isContentDate(date) && (updated === undefined || isContentDate(updated));
        },
      })
  );
}

export type ArticleFrontMatter = z.output<ReturnType<typeof articleFrontMatterSchema>>;

/** The languages an article may be translated into: `<slug>.nl.md` beside `<slug>.md` (English). */
export const TRANSLATION_LANGUAGES = ["nl"] as const satisfies readonly TranslationLanguage[];

/** Every field a translation may carry: its own text. */
export const TRANSLATION_FIELDS = [
  "title",
  "summary",
  "author",
  "imageAlt",
  "imageCaption",
  "updated",
  "draft",
] as const;

/** Fields a translation takes from its original and may not repeat: one article has one date, one set of themes... */
export const INHERITED_FIELDS = [
  "date",
  "themes",
  "partners",
  "image",
  "imageCredit",
  "imageFocus",
  "aliases",
  "event",
] as const;

/** What an editor reads for an inherited field in a translation (`originalName`: `<slug>.md`). */
export function inheritedFieldMessage(originalName: string): string {
  return `comes from ${originalName}; remove it here`;
}

/**
 * The schema of a translation's front matter (`<slug>.nl.md`): its own title, optional summary,
 * author, image description, updated date and draft flag. The fields of the original are
 * declared as `never`, so that each names its file (translationParseContext) instead of being an
 * "unknown field". Checks against the original (draft, updated, imageAlt) are the loader's: they
 * need the other file. One schema serves the whole folder, like the articles'.
 */
export function translationFrontMatterSchema() {
  const inherited = Object.fromEntries(INHERITED_FIELDS.map((field) => [field, z.never().optional()])) as Record<
    (typeof INHERITED_FIELDS)[number],
    z.ZodOptional<z.ZodNever>
  >;
  return z.strictObject({
    title: nonEmptyText("a title"),
    summary: nonEmptyText("the summary").optional(),
    author: nonEmptyText("the author").optional(),
    imageAlt: nonEmptyText("the image's alternative text").optional(),
    imageCaption: nonEmptyText("the caption").optional(),
    updated: contentDate.optional(),
    draft: z.boolean({ error: "must be true or false" }).default(false),
    ...inherited,
  });
}

export type TranslationFrontMatter = z.output<ReturnType<typeof translationFrontMatterSchema>>;

/**
 * What one translation's parse adds to the shared schema's messages: an inherited field names
 * the original's file. (zod asks a parse's own error map only for issues whose schema has no
 * message of its own, so every other message stays as the schema wrote it.)
 */
export function translationParseContext(originalName: string): z.core.ParseContext<z.core.$ZodIssue> {
  return {
    error: (issue) =>
      issue.code === "invalid_type" && issue.expected === "never" ? inheritedFieldMessage(originalName) : undefined,
  };
}

export const THEME_FIELDS = ["id", "name", "description", "nl"] as const;
export const PARTNER_FIELDS = ["id", "name", "url", "logo", "nl"] as const;
/** The fields of the `nl:` block of a theme and of a partner. */
export const THEME_NL_FIELDS = ["name", "description"] as const;
export const PARTNER_NL_FIELDS = ["name"] as const;

export const themeSchema = z.strictObject({
  id: z.string({ error: "an id is required" }).regex(SLUG_PATTERN, "must be lower case words joined by hyphens"),
  name: nonEmptyText("a name"),
  description: nonEmptyText("the description").optional(),
  /** The Dutch edition's name and description; absent, the English ones are shown there. */
  nl: z
    .strictObject(
      { name: nonEmptyText("the Dutch name"), description: nonEmptyText("the Dutch description").optional() },
      {
        error:
          "must be a block of indented fields: nl: on its own line, then name: (the Dutch name) and optionally description: below it, indented",
      },
    )
    .optional(),
}) satisfies z.ZodType<Theme>;

export const partnerSchema = z.strictObject({
  id: z.string({ error: "an id is required" }).regex(SLUG_PATTERN, "must be lower case words joined by hyphens"),
  name: nonEmptyText("a name"),
  url: z.url({ protocol: /^https?$/, error: "must be the partner's web address, starting with https://" }),
  logo: imageReference.optional(),
  /** The Dutch edition's name; absent, the English one is shown there. */
  nl: z
    .strictObject(
      { name: nonEmptyText("the Dutch name") },
      {
        error:
          "must be a block of indented fields: nl: on its own line, then name: (the Dutch name) below it, indented",
      },
    )
    .optional(),
}) satisfies z.ZodType<Partner>;
