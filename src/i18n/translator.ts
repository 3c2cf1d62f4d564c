/**
 * The interface text of each edition, from one catalogue per language (messages/en.json,
 * messages/nl.json), in ICU MessageFormat as next-intl reads it. Used without next-intl's routing
 * and middleware: the edition is always named by the caller (every page and feed knows its own),
 * so nothing depends on a request and every page stays static.
 *
 * next-intl's `createTranslator` rather than its `getTranslations`: the same catalogue format,
 * plurals and rich text, but synchronous and with no request configuration, so components stay
 * plain synchronous server components (testable as they are), src/publish can use it outside
 * React, and each translator is made once per process and edition instead of once per request.
 */
import type { ReactNode } from "react";
import { createTranslator, type RichTranslationValues, type TranslationValues } from "next-intl";
import type { Edition } from "../lib/editions";
import { site } from "../lib/site";
import en from "./messages/en.json";
import nl from "./messages/nl.json";

export type Catalogue = typeof en;

/** Both catalogues; nl must have en's shape (the type says so, tests/unit/catalogues.test.ts checks the placeholders). */
export const catalogues: Record<Edition, Catalogue> = { en, nl };

export type Namespace = keyof Catalogue;

type NextIntlTranslator<N extends Namespace> = ReturnType<typeof createTranslator<Catalogue, N>>;

/** A message's key within its namespace, checked by the compiler against the English catalogue. */
export type MessageKey<N extends Namespace> = Parameters<NextIntlTranslator<N>>[0];

/** The texts of one namespace in one edition. */
export interface Translator<N extends Namespace> {
  (key: MessageKey<N>, values?: TranslationValues): string;
  /** A message with tags (`<link>…</link>`), each turned into markup by the function given for it. */
  rich(key: MessageKey<N>, values?: RichTranslationValues): ReactNode;
}

/**
 * What every message may name without being given it: the site's name, its short name, and the
 * edition's own title of the news ("HSD News", "HSD Nieuws").
 */
function commonValues(edition: Edition): TranslationValues {
  return { siteName: site.name, shortName: site.shortName, newsTitle: catalogues[edition].site.newsTitle };
}

const made = new Map<string, Translator<Namespace>>();

/**
 * The texts of `namespace` in `edition`, made once per process. A missing message or a message
 * that does not format throws, so a gap in a catalogue fails the build instead of showing a key.
 */
export function translator<N extends Namespace>(edition: Edition, namespace: N): Translator<N> {
  const key = `${edition}\u0000${namespace}`;
  let found = made.get(key) as Translator<N> | undefined;
  if (!found) {
    const t = createTranslator<Catalogue, N>({
      locale: edition,
      messages: catalogues[edition],
      namespace,
      onError(error) {
        throw error;
      },
    });
    const common = commonValues(edition);
    // The keys are checked by Translator's own types; next-intl's generic signatures are set aside here.
    const format = t as unknown as (messageKey: string, values: TranslationValues) => string;
    const formatRich = t.rich as unknown as (messageKey: string, values: RichTranslationValues) => ReactNode;
    const plain = ((messageKey: MessageKey<N>, values?: TranslationValues) =>
      format(messageKey as string, { ...common, ...values })) as Translator<N>;
    plain.rich = (messageKey, values) => formatRich(messageKey as string, { ...common, ...values });
    found = plain;
    made.set(key, found as Translator<Namespace>);
  }
  return found;
}
