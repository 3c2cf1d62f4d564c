import { ImageResponse } from "next/og";
import { PreviewCard } from "@/components/PreviewCard";
import { getPublicationView } from "@/content";
import { formatDisplayDate } from "@/lib/dates";
import type { Edition } from "@/lib/editions";
import { translator } from "@/i18n/translator";
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from "@/publish/metadata";

/**
 * An article's generated link preview in an edition: its title in the edition's text, the date as
 * the edition writes it, the edition's name of the news. None is built ahead: each is drawn on its
 * first request and then served from Next's cache (force-static in the route files), so the build
 * does not pay for thousands of PNGs that few people will fetch.
 */
export function articlePreviewImageRoute(edition: Edition) {
  return {
    generateStaticParams(): { slug: string }[] {
      return [];
    },
    async GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
      const published = getPublicationView();
      const article = published.bySlug((await params).slug);
      // Articles with their own image share that image; only the others have a card.
      if (!article || article.image) return new Response("Not found", { status: 404 });
      const text = published.catalogue.inEdition(article, edition);
      return new ImageResponse(
        <PreviewCard
          title={text.title}
          date={formatDisplayDate(article.date, edition)}
          kicker={translator(edition, "preview")("kicker")}
        />,
        {
          width: PREVIEW_WIDTH,
          height: PREVIEW_HEIGHT,
          // A card changes only when its article's title or date does, which is a new build.
          headers: { "Cache-Control": "public, max-age=86400, stale-while-revalidate=604800" },
        },
      );
    },
  };
}

/** The edition's own link preview, for every page that is not an article; built once at build time. */
export function sitePreviewImageRoute(edition: Edition) {
  return {
    GET() {
      const t = translator(edition, "preview");
      return new ImageResponse(
        <PreviewCard title={translator(edition, "site")("description")} kicker={t("kicker")} />,
        { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT },
      );
    },
  };
}
