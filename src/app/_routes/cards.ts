import type { ContentIndex } from "@/content";
import type { Article, Theme } from "@/content/model";
import type { CardView } from "@/components/ArticleCard";
import type { Edition } from "@/lib/editions";

/** An article's themes, named in an edition. */
export function themesIn(index: ContentIndex, article: Pick<Article, "themes">, edition: Edition): Theme[] {
  return index.themesOf(article).map((theme) => index.themeIn(theme, edition));
}

/**
 * How the cards of a page show their articles in its edition: each one's text and themes, asked of
 * the content index, and in the preview whether each is published (a draft or scheduled card is marked).
 */
export function cardView(index: ContentIndex, edition: Edition): CardView {
  return {
    edition,
    textOf: (article) => index.inEdition(article, edition),
    themesOf: (article) => themesIn(index, article, edition),
    ...(index.preview ? { statusOf: (article: Article) => index.statusOf(article) } : {}),
  };
}
