import type { ContentIndex } from "@/content";
import type { CardView } from "@/components/ArticleCard";
import type { Edition } from "@/lib/editions";

/** How the cards of a page show their articles in its edition: each one's text and themes, asked of the content index. */
export function cardView(index: ContentIndex, edition: Edition): CardView {
  return { edition, textOf: (article) => index.inEdition(article, edition), themesOf: (article) => index.themesIn(article, edition) };
}
