import type { Metadata } from "next";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { PartnerIndex } from "@/components/PartnerIndex";
import { ThemeIndex } from "@/components/ThemeIndex";
import { getCatalogue, getPublicationView } from "@/content";
import { otherEdition, type Edition } from "@/lib/editions";
import { partnersPath, themesPath } from "@/lib/routes";
import { translator } from "@/i18n/translator";
import { pageMetadata } from "@/publish/metadata";

/** /themes and /nl/themas: every theme, named in the edition, with its number of articles. */
export function themesRoute(edition: Edition) {
  const t = translator(edition, "themes");
  const metadata: Metadata = pageMetadata({
    edition,
    title: t("title"),
    description: t("description"),
    page: { kind: "themes" },
  });
  function ThemesPage() {
    const published = getPublicationView();
    const themes = published
      .themesWithCounts()
      .map(({ theme, articleCount }) => ({ theme: published.catalogue.themeIn(theme, edition), articleCount }));
    return (
      <>
        <LanguageSwitch edition={edition} href={themesPath(otherEdition(edition))} />
        <ThemeIndex themes={themes} edition={edition} />
      </>
    );
  }
  return { metadata, Page: ThemesPage };
}

/** /partners and /nl/partners: every partner named in the news, named in the edition. */
export function partnersRoute(edition: Edition) {
  const t = translator(edition, "partners");
  const metadata: Metadata = pageMetadata({
    edition,
    title: t("title"),
    description: t("description"),
    page: { kind: "partners" },
  });
  function PartnersPage() {
    const catalogue = getCatalogue();
    return (
      <>
        <LanguageSwitch edition={edition} href={partnersPath(otherEdition(edition))} />
        <PartnerIndex
          partners={catalogue.partners.map((partner) => catalogue.partnerIn(partner, edition))}
          edition={edition}
        />
      </>
    );
  }
  return { metadata, Page: PartnersPage };
}
