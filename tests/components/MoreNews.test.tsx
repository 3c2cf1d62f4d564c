import { render, screen, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { MoreNews } from "@/components/MoreNews";
import { asArticles, cardArticle, cardView } from "./fixtures";

const others = [
  cardArticle("from-smart-city-to-smart-society-session", "From Smart City to Smart Society", "2019-03-21"),
  cardArticle(
    "g5-smart-city-agenda-2019-2020",
    "G5 describe five projects in the Smart City agenda 2019-2020",
    "2019-03-19",
  ),
  cardArticle("first-smart-society-meeting-at-hsd", "First Smart Society meeting at HSD", "2019-04-10"),
];

test("'More News' shows the articles it is given as cards, each title an h3 link, in order", () => {
  render(<MoreNews articles={asArticles(others)} cards={cardView("en")} />);
  const section = screen.getByRole("region", { name: "More News" });
  expect(within(section).getByRole("heading", { level: 2 }).textContent).toBe("More News");
  const cards = within(section).getAllByRole("article");
  expect(cards).toHaveLength(3);
  const titles = within(section).getAllByRole("heading", { level: 3 });
  expect(titles.map((h) => within(h).getByRole("link").textContent)).toEqual(others.map((a) => a.title));
  expect(titles.map((h) => within(h).getByRole("link").getAttribute("href"))).toEqual(
    others.map((a) => `/news/${a.slug}`),
  );
  expect(cards.map((card) => card.querySelector("time")?.textContent)).toEqual([
    "21 Mar 2019",
    "19 Mar 2019",
    "10 Apr 2019",
  ]);
});

test("the block is absent when there is no other article", () => {
  const { container } = render(<MoreNews articles={[]} cards={cardView("en")} />);
  expect(container.innerHTML).toBe("");
});
