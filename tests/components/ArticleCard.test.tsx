import { render, screen, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { ArticleCard } from "@/components/ArticleCard";
import { cardArticle } from "./fixtures";

const signing = cardArticle(
  "signing-of-smart-society-declaration",
  "Signing of Smart Society Declaration",
  "2019-03-20",
  "A wide coalition signed the Smart Society Declaration.",
);

test("the title is the link to the article, then the date and the summary", () => {
  render(<ArticleCard article={signing} />);
  const card = screen.getByRole("article");
  const heading = within(card).getByRole("heading", { level: 2 });
  const link = within(heading).getByRole("link");
  expect(link.textContent).toBe("Signing of Smart Society Declaration");
  expect(link.getAttribute("href")).toBe("/news/signing-of-smart-society-declaration");
  const time = card.querySelector("time")!;
  expect(time.textContent).toBe("20 Mar 2019");
  expect(time.getAttribute("datetime")).toBe("2019-03-20");
  expect(within(card).getByText("A wide coalition signed the Smart Society Declaration.").tagName).toBe("P");
});

test("the title is the only link: no 'read more'", () => {
  render(<ArticleCard article={signing} />);
  expect(screen.getAllByRole("link")).toHaveLength(1);
  expect(screen.getByRole("article").textContent).not.toMatch(/read more/i);
});

test("takes the heading level of its place in the page", () => {
  render(<ArticleCard article={signing} headingLevel={3} />);
  expect(screen.getByRole("heading", { level: 3 }).textContent).toBe("Signing of Smart Society Declaration");
  expect(screen.queryByRole("heading", { level: 2 })).toBeNull();
});

test("leaves the summary out when there is none", () => {
  render(<ArticleCard article={{ ...signing, summary: "" }} />);
  expect(screen.getByRole("article").querySelectorAll("p")).toHaveLength(1); // the date line only
});
