import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { AllNewsLink } from "@/components/AllNewsLink";
import { ArticleBody } from "@/components/ArticleBody";
import { ArticleHeader } from "@/components/ArticleHeader";
import { ArticleImage } from "@/components/ArticleImage";
import { ContentProblemList } from "@/components/ContentProblemList";
import { EditionNote } from "@/components/EditionNote";
import { EventDetails } from "@/components/EventDetails";
import { JsonLd } from "@/components/JsonLd";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { MoreNews } from "@/components/MoreNews";
import { PartnersInvolved } from "@/components/PartnersInvolved";
import { PreviewBanner } from "@/components/PreviewBanner";
import { ShareLinks } from "@/components/ShareLinks";
import { getPublicationView } from "@/content";
import { verdictFor } from "@/content/gate";
import { otherEdition, type Edition } from "@/lib/editions";
import { articleCalendarPath, articlePath } from "@/lib/routes";
import { absoluteUrl, prerenderSettings } from "@/lib/site";
import { translator } from "@/i18n/translator";
import { addressesOf, articleMetadata, articlePreviewImage } from "@/publish/metadata";
import { eventJsonLd, newsArticleJsonLd } from "@/publish/structuredData";
import { cardView, themesIn } from "./cards";

type Params = { slug: string };

/**
 * An article's page in an edition. The newest articles are rendered at build
 * (prerenderSettings); any other article on its first request, then served from
 * the cache the same way. An address that is no published article at that
 * moment (a made-up slug, a draft, a scheduled article) renders the edition's
 * 404 page, which is never cached (src/cache-handler.mjs); an old address
 * (alias) redirects. Every article has a page in every edition: a Dutch page of
 * an article without a Dutch translation shows its English text, marked
 * `lang="en"`, under a short Dutch note.
 */
export function articleRoute(edition: Edition) {
  function generateStaticParams(): Params[] {
    const published = getPublicationView();
    const { catalogue } = published;
    const slugs = published.latest(prerenderSettings(edition).articles).map((article) => article.slug);
    // The preview also serves files too broken to load, to show their errors.
    if (catalogue.preview) slugs.push(...catalogue.rejectedSlugs);
    return slugs.map((slug) => ({ slug }));
  }

  async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
    const published = getPublicationView();
    const { catalogue } = published;
    const article = published.bySlug((await params).slug);
    if (!article) return {};
    const metadata = articleMetadata(
      catalogue.inEdition(article, edition),
      edition,
      themesIn(catalogue, article, edition),
      catalogue.isTranslated(article),
    );
    // Only the preview can show an unpublished article; keep it out of every index regardless.
    if (published.statusOf(article) !== "published") metadata.robots = { index: false, follow: false };
    return metadata;
  }

  async function ArticlePage({ params }: { params: Promise<Params> }) {
    const published = getPublicationView();
    const { catalogue } = published;
    const { slug } = await params;
    const t = translator(edition, "article");
    // The edition's own errors: a broken translation shows on the Dutch page, never as "English only".
    const errors = catalogue.preview ? catalogue.errorsForSlug(slug, edition) : [];
    if (errors.length > 0) {
      return (
        <ContentProblemList headingLevel={1} title={t("errorsTitle")} intro={t("errorsIntro")} problems={errors} />
      );
    }
    const article = published.bySlug(slug);
    if (!article) {
      // The front door asks the same gate first (src/server/frontDoor.ts); in the editors' preview it does not: an old address redirects, anything else is a 404.
      const verdict = verdictFor(published, articlePath(edition, slug).split("/").filter(Boolean));
      if (verdict.kind === "redirect") permanentRedirect(verdict.location);
      notFound();
    }
    const text = catalogue.inEdition(article, edition);
    // The article's own words in another language than the page's: marked with their language (WCAG 3.1.2).
    const lang = text.language === edition ? undefined : text.language;
    const status = published.statusOf(article);
    const themes = themesIn(catalogue, article, edition);
    const { canonical } = addressesOf(
      edition,
      { kind: "article", slug: article.slug },
      catalogue.isTranslated(article),
    );
    const image = articlePreviewImage(text, edition).url;
    const event = eventJsonLd(text, canonical, image);
    return (
      <>
        <LanguageSwitch edition={edition} href={articlePath(otherEdition(edition), article.slug)} />
        <div className="article-page">
          {status !== "published" && <PreviewBanner status={status} date={article.date} edition={edition} />}
          <JsonLd data={newsArticleJsonLd(text, canonical, image, themes)} />
          {event && <JsonLd data={event} />}
          <article>
            <ArticleHeader text={text} edition={edition} themes={themes} />
            {lang && <EditionNote text={t("englishOnly")} />}
            {article.event && (
              <EventDetails
                event={article.event}
                status={published.eventStatusOf(article)!}
                calendarHref={articleCalendarPath(edition, article.slug)}
                edition={edition}
              />
            )}
            {article.image && (
              <ArticleImage
                image={article.image}
                alt={text.imageAlt ?? article.image.alt}
                caption={text.imageCaption}
                edition={edition}
                altLang={text.imageAltLanguage && text.imageAltLanguage !== edition ? text.imageAltLanguage : undefined}
                captionLang={
                  text.imageCaptionLanguage && text.imageCaptionLanguage !== edition
                    ? text.imageCaptionLanguage
                    : undefined
                }
                priority
              />
            )}
            <ArticleBody html={text.html} lang={lang} />
          </article>
          <ShareLinks url={absoluteUrl(articlePath(edition, article.slug))} title={text.title} edition={edition} />
          <PartnersInvolved
            partners={catalogue.partnersOf(article).map((partner) => catalogue.partnerIn(partner, edition))}
            edition={edition}
          />
          <MoreNews articles={published.moreNewsFor(article)} cards={cardView(published, edition)} />
          <AllNewsLink edition={edition} />
        </div>
      </>
    );
  }

  return { generateStaticParams, generateMetadata, Page: ArticlePage };
}
