import type { ComponentProps, ReactNode } from "react";
import { ArticleList } from "./ArticleList";
import { TitledSection } from "./TitledSection";

export type NewsSectionProps = Pick<ComponentProps<typeof ArticleList>, "articles" | "cards"> &
  Omit<ComponentProps<typeof TitledSection>, "children"> & {
    /** Shown under the cards, e.g. a link to all of them. */
    children?: ReactNode;
  };

/**
 * A titled block of article cards (their titles h3 under the block's h2): Recent news and
 * Upcoming events on the home page, More News under an article, the two halves of /events.
 * Absent when there are no articles.
 */
export function NewsSection({ articles, cards, children, ...section }: NewsSectionProps) {
  if (articles.length === 0) return null;
  return (
    <TitledSection {...section}>
      <ArticleList articles={articles} headingLevel={3} cards={cards} />
      {children}
    </TitledSection>
  );
}
