/** Articles for component tests, with dates parsed as the loader parses them. */
import type { Article } from "@/content";
import { parseContentDate, type ContentDate } from "@/lib/dates";

export function contentDate(text: string): ContentDate {
  const parsed = parseContentDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

export type CardArticle = Pick<Article, "slug" | "title" | "date" | "summary" | "themes">;

export function cardArticle(slug: string, title: string, date: string, summary = `What ${title} is about.`): CardArticle {
  return { slug, title, date: contentDate(date), summary, themes: [] };
}
