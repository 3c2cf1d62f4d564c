/**
 * The site's two editions: English at the root, Dutch under /nl. Every page, feed and card is
 * made for one edition, named explicitly (no request, cookie or header decides it), so every
 * page stays static. What differs per edition lives where it belongs: the paths in routes.ts,
 * the dates in dates.ts, the interface text in src/i18n.
 */
export const EDITIONS = ["en", "nl"] as const;

/**
 * An edition, named by its language: also the type of a text's language in the content model
 * (src/content/model.ts names it there; src/lib imports nothing of the site, so it is made here).
 */
export type Edition = (typeof EDITIONS)[number];

/** The edition readers reach without choosing one: hreflang's x-default. */
export const DEFAULT_EDITION: Edition = "en";

/** The other edition: where the language switch leads. */
export function otherEdition(edition: Edition): Edition {
  return edition === "en" ? "nl" : "en";
}

/**
 * The language of an edition as HTML, hreflang, feeds and JSON-LD write it. `nl`, not `nl-NL`:
 * the text is plain Dutch, for Flemish readers too.
 */
export function languageOf(edition: Edition): string {
  return edition;
}

/** Open Graph's og:locale (language and territory): British English, Dutch of the Netherlands. */
export function ogLocaleOf(edition: Edition): string {
  return edition === "en" ? "en_GB" : "nl_NL";
}

export function isEdition(value: string): value is Edition {
  return (EDITIONS as readonly string[]).includes(value);
}
