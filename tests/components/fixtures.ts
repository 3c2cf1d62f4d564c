/** Articles for component tests, with dates parsed as the loader parses them. */
import type { CardText, CardView } from "@/components/ArticleCard";
import type { Article, Edition } from "@/content";
import { parseContentDate, type ContentDate } from "@/lib/dates";

export function contentDate(text: string): ContentDate {
  const parsed = parseContentDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

export type CardArticle = Pick<Article, "slug" | "title" | "date" | "summary" | "themes" | "event">;

export function cardArticle(
  slug: string,
  title: string,
  date: string,
  summary = `What ${title} is about.`,
): CardArticle {
  return { slug, title, date: contentDate(date), summary, themes: [] };
}

/** A card's text as the index gives it for an article without a translation: its own, in English. */
export function cardText(article: CardArticle): CardText {
  return { article, title: article.title, summary: article.summary, language: "en" };
}

/** Lists of cards in an edition over test articles (untranslated: their English text), without themes. */
export function cardView(edition: Edition): CardView {
  return { edition, textOf: (article) => cardText(article), themesOf: () => [] };
}

/** Test articles where lists want whole articles: the cards read only these fields. */
export function asArticles(articles: readonly CardArticle[]): Article[] {
  return articles as Article[];
}
