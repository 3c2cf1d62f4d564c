/**
 * What both editions' root layouts (app/(en)/layout.tsx, app/(nl)/layout.tsx) and the English
 * global 404 share: the document with its `lang`, the skip link, header, main and footer, and the
 * metadata every page of the edition starts from. Two root layouts, one per edition, so that
 * `<html lang>` is right on every page without anything done per request.
 */
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { languageOf, type Edition } from "@/lib/editions";
import { siteUrl } from "@/lib/site";
import { translator } from "@/i18n/translator";
import { feedLinks } from "@/publish/metadata";

export function layoutMetadata(edition: Edition): Metadata {
  const t = translator(edition, "meta");
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t("titleDefault"), template: t("titleTemplate") },
    description: translator(edition, "site")("description"),
    applicationName: translator(edition, "site")("newsTitle"),
    // Pages replace `alternates` with their own (canonical included, via src/publish/metadata); this covers the rest.
    alternates: { types: feedLinks(edition) },
  };
}

export const viewport: Viewport = {
  themeColor: "#0d2b4e",
  width: "device-width",
  initialScale: 1,
};

/** The document of every page of an edition; the page's content goes in `main`. */
export function EditionDocument({ edition, children }: { edition: Edition; children: ReactNode }) {
  return (
    <html lang={languageOf(edition)}>
      <body>
        <a href="#main" className="skip-link">
          {translator(edition, "layout")("skipLink")}
        </a>
        <SiteHeader edition={edition} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter edition={edition} />
      </body>
    </html>
  );
}
