import type { ContentCatalogue, PublicationView } from "@/content";
import type { Article, Theme } from "@/content/model";
import type { CardView } from "@/components/ArticleCard";
import type { Edition } from "@/lib/editions";

/** An article's themes, named in an edition. */
export function themesIn(catalogue: ContentCatalogue, article: Pick<Article, "themes">, edition: Edition): Theme[] {
  return catalogue.themesOf(article).map((theme) => catalogue.themeIn(theme, edition));
}

/**
 * How the cards of a page show their articles in its edition: each one's text and themes, asked of
 * the catalogue, and in the preview whether each is published now (a draft or scheduled card is marked).
 */
export function cardView(published: PublicationView, edition: Edition): CardView {
  const { catalogue } = published;
  return {
    edition,
    textOf: (article) => catalogue.inEdition(article, edition),
    themesOf: (article) => themesIn(catalogue, article, edition),
    ...(catalogue.preview ? { statusOf: (article: Article) => published.statusOf(article) } : {}),
  };
}
