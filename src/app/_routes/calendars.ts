import { getPublicationView } from "@/content";
import type { Edition } from "@/lib/editions";
import { calendarResponse, eventCalendar, eventsCalendar, isEventArticle } from "@/publish/calendar";

const NOT_FOUND_CACHE_CONTROL = "private, no-cache, no-store, max-age=0, must-revalidate";

/**
 * An event article's calendar file in an edition (/news/<slug>/event.ics, /nl/nieuws/<slug>/event.ics):
 * its title, summary and link in the edition's language. None is built ahead: each file is written
 * on its first request and then served from the cache; the front door lets through only published events.
 */
export function articleCalendarRoute(edition: Edition) {
  return {
    generateStaticParams(): { slug: string }[] {
      return [];
    },
    async GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
      const published = getPublicationView();
      const article = published.bySlug((await params).slug);
      // A scheduled announcement's file is a 404 until its release: like Next's own 404s, never kept by a cache.
      if (!article || !isEventArticle(article))
        return new Response("Not found", {
          status: 404,
          headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": NOT_FOUND_CACHE_CONTROL },
        });
      return calendarResponse(
        eventCalendar(article, edition, published.catalogue.inEdition(article, edition)),
        `${article.slug}.ics`,
      );
    },
  };
}

/** Every upcoming event and the recent past ones in an edition's words, for calendar applications to subscribe to (/events.ics, /nl/evenementen.ics). */
export function eventsCalendarRoute(edition: Edition) {
  return {
    GET() {
      const published = getPublicationView();
      const { catalogue } = published;
      return calendarResponse(
        eventsCalendar(published.calendarEvents(), edition, (article) => catalogue.inEdition(article, edition)),
      );
    },
  };
}
