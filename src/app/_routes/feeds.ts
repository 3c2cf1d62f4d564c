import { getCatalogue, getPublicationView } from "@/content";
import type { Edition } from "@/lib/editions";
import { feedResponse, siteFeed, themeFeed, type FeedFormat } from "@/publish/feeds";

/** An edition's feed of the newest articles in one format (/feed.xml, /nl/atom.xml...). */
export function siteFeedRoute(edition: Edition, format: FeedFormat) {
  return {
    GET() {
      return feedResponse(siteFeed(getPublicationView(), edition, format), format);
    },
  };
}

/** A theme's RSS feed in an edition; every theme's is built, any other id is a 404. */
export function themeFeedRoute(edition: Edition) {
  return {
    generateStaticParams(): { id: string }[] {
      return getCatalogue().themes.map((theme) => ({ id: theme.id }));
    },
    async GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
      const published = getPublicationView();
      const { catalogue } = published;
      const theme = catalogue.theme((await params).id);
      if (!theme) return new Response("Not found", { status: 404 });
      return feedResponse(themeFeed(published, edition, catalogue.themeIn(theme, edition)), "rss");
    },
  };
}
