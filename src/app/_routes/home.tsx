import type { Metadata } from "next";
import { AllNewsLink } from "@/components/AllNewsLink";
import { FeaturedArticle } from "@/components/FeaturedArticle";
import { JsonLd } from "@/components/JsonLd";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { RecentNews } from "@/components/RecentNews";
import { UpcomingEvents } from "@/components/UpcomingEvents";
import { getPublicationView } from "@/content";
import { otherEdition, type Edition } from "@/lib/editions";
import { homePath } from "@/lib/routes";
import { site } from "@/lib/site";
import { translator } from "@/i18n/translator";
import { pageMetadata } from "@/publish/metadata";
import { websiteJsonLd } from "@/publish/structuredData";
import { cardView } from "./cards";

/** The home page of an edition: the newest article, the next events, recent news. */
export function homeRoute(edition: Edition) {
  const t = translator(edition, "home");
  const metadata: Metadata = {
    ...pageMetadata({
      edition,
      title: t("title"),
      description: translator(edition, "site")("description"),
      page: { kind: "home" },
    }),
    // The home page's title stands alone, without the layout's "| HSD News" suffix.
    title: { absolute: t("title") },
  };

  function HomePage() {
    const published = getPublicationView();
    const cards = cardView(published, edition);
    const [featured, ...recent] = published.latest(1 + site.homeCardCount);
    return (
      <>
        <LanguageSwitch edition={edition} href={homePath(otherEdition(edition))} />
        <JsonLd data={websiteJsonLd(edition)} />
        <h1 className="visually-hidden">{t("heading")}</h1>
        {featured && (
          <FeaturedArticle
            text={published.catalogue.inEdition(featured, edition)}
            edition={edition}
            status={cards.statusOf?.(featured)}
          />
        )}
        <UpcomingEvents articles={published.upcomingEvents()} cards={cards} />
        <RecentNews articles={recent} cards={cards} />
        <AllNewsLink edition={edition} />
      </>
    );
  }

  return { metadata, Page: HomePage };
}
