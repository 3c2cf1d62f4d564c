import { render, screen, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { ArticleCard } from "@/components/ArticleCard";
import { cardArticle, cardText } from "./fixtures";

const signing = cardArticle(
  "signing-of-smart-society-declaration",
  "Signing of Smart Society Declaration",
  "2019-03-20",
  "A wide coalition signed the Smart Society Declaration.",
);

test("the title is the link to the article, then the date and the summary", () => {
  render(<ArticleCard text={cardText(signing)} edition="en" />);
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
  render(<ArticleCard text={cardText(signing)} edition="en" />);
  expect(screen.getAllByRole("link")).toHaveLength(1);
  expect(screen.getByRole("article").textContent).not.toMatch(/read more/i);
});

test("takes the heading level of its place in the page", () => {
  render(<ArticleCard text={cardText(signing)} edition="en" headingLevel={3} />);
  expect(screen.getByRole("heading", { level: 3 }).textContent).toBe("Signing of Smart Society Declaration");
  expect(screen.queryByRole("heading", { level: 2 })).toBeNull();
});

test("leaves the summary out when there is none", () => {
  render(<ArticleCard text={cardText({ ...signing, summary: "" })} edition="en" />);
  expect(screen.getByRole("article").querySelectorAll("p")).toHaveLength(1); // the date line only
});

test('on a Dutch page, an untranslated article\'s title and summary carry lang="en"; the date is Dutch and the link leads to the Dutch page', () => {
  render(<ArticleCard text={cardText(signing)} edition="nl" />);
  const card = screen.getByRole("article");
  const heading = within(card).getByRole("heading", { level: 2 });
  expect(heading.getAttribute("lang")).toBe("en");
  expect(within(heading).getByRole("link").getAttribute("href")).toBe(
    "/nl/nieuws/signing-of-smart-society-declaration",
  );
  expect(within(card).getByText("A wide coalition signed the Smart Society Declaration.").getAttribute("lang")).toBe(
    "en",
  );
  expect(card.querySelector("time")!.textContent).toBe("20 mrt 2019");
  expect(card.querySelector("time")!.getAttribute("lang")).toBeNull();
});

test("in its own language a card carries no lang of its own", () => {
  render(<ArticleCard text={cardText(signing)} edition="en" />);
  expect(screen.getByRole("article").querySelectorAll("[lang]")).toHaveLength(0);
  render(
    <ArticleCard
      text={{ ...cardText(signing), title: "Ondertekening Smart Society-verklaring", language: "nl" }}
      edition="nl"
    />,
  );
  expect(screen.getAllByRole("article")[1].querySelectorAll("[lang]")).toHaveLength(0);
});

test("in the preview, a draft or scheduled article's card says so in the edition's language; a published one says nothing", () => {
  const scheduled = cardArticle("release", "Release", "2027-01-16T09:00");
  const { unmount } = render(<ArticleCard text={cardText(scheduled)} edition="en" status="scheduled" />);
  expect(screen.getByText("Scheduled 16 Jan 2027 at 09:00").tagName).toBe("P");
  unmount();
  render(<ArticleCard text={cardText(scheduled)} edition="nl" status="scheduled" />);
  expect(screen.getByText("Gepland voor 16 jan 2027 om 9.00 uur")).toBeTruthy();
  render(<ArticleCard text={cardText(signing)} edition="nl" status="draft" />);
  expect(screen.getByText("Concept")).toBeTruthy();
  render(<ArticleCard text={cardText(signing)} edition="en" status="draft" />);
  expect(screen.getByText("Draft")).toBeTruthy();
  render(<ArticleCard text={cardText(signing)} edition="en" status="published" />);
  expect(screen.getAllByRole("article").at(-1)!.querySelectorAll("p")).toHaveLength(2); // the date line and the summary
});
