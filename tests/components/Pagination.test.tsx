import { render, screen } from "@testing-library/react";
import { expect, test } from "vitest";
import { Pagination } from "@/components/Pagination";
import { NEWS_LISTING } from "@/lib/routes";

function links() {
  return screen.queryAllByRole("link").map((link) => ({
    text: link.textContent?.trim(),
    href: link.getAttribute("href"),
    rel: link.getAttribute("rel"),
  }));
}

test("the first page links only to the next, older page", () => {
  render(<Pagination pageNumber={1} pageCount={3} listing={NEWS_LISTING} edition="en" />);
  expect(links()).toEqual([{ text: "Older news →", href: "/news/page/2", rel: "next" }]);
  expect(screen.getByRole("navigation", { name: "Pages" }).textContent).toContain("Page 1 of 3");
});

test("page 2 links back to /news itself, not /news/page/1", () => {
  render(<Pagination pageNumber={2} pageCount={3} listing={NEWS_LISTING} edition="en" />);
  expect(links()).toEqual([
    { text: "← Newer news", href: "/news", rel: "prev" },
    { text: "Older news →", href: "/news/page/3", rel: "next" },
  ]);
});

test("a middle page links to its neighbours", () => {
  render(<Pagination pageNumber={3} pageCount={4} listing={NEWS_LISTING} edition="en" />);
  expect(links().map((link) => link.href)).toEqual(["/news/page/2", "/news/page/4"]);
});

test("the last page links only to the previous, newer page", () => {
  render(<Pagination pageNumber={3} pageCount={3} listing={NEWS_LISTING} edition="en" />);
  expect(links()).toEqual([{ text: "← Newer news", href: "/news/page/2", rel: "prev" }]);
  expect(screen.getByText("Page 3 of 3")).toBeTruthy();
});

test("nothing at all when everything fits on one page", () => {
  const { container } = render(<Pagination pageNumber={1} pageCount={1} listing={NEWS_LISTING} edition="en" />);
  expect(container.innerHTML).toBe("");
});

test("in Dutch: Dutch words and the Dutch edition's addresses", () => {
  render(<Pagination pageNumber={2} pageCount={3} listing={NEWS_LISTING} edition="nl" />);
  expect(links()).toEqual([
    { text: "← Nieuwere artikelen", href: "/nl/nieuws", rel: "prev" },
    { text: "Oudere artikelen →", href: "/nl/nieuws/pagina/3", rel: "next" },
  ]);
  expect(screen.getByRole("navigation", { name: "Pagina’s" }).textContent).toContain("Pagina 2 van 3");
});
