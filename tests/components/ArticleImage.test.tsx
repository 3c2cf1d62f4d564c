import { render, screen, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { ArticleCard } from "@/components/ArticleCard";
import { ArticleImage } from "@/components/ArticleImage";
import type { ArticleImage as Photo } from "@/content/model";
import { cardArticle, cardText } from "./fixtures";

const photo: Photo = {
  src: "/images/harbour.jpg",
  alt: "Boats beside the quay",
  credit: "Jan de Vries",
  focus: { x: 12, y: 38 },
  facts: { format: "jpeg", width: 3000, height: 2000, placeholder: "data:image/webp;base64,AAAA" },
};

test("the lead photo goes through the optimizer with its size, no inline style, the placeholder, and caption and credit", () => {
  render(<ArticleImage image={photo} alt={photo.alt} caption="The harbour police." edition="nl" priority />);
  const img = screen.getByRole("img", { name: "Boats beside the quay" });
  // Outside a build next/image has its default settings (quality 75): next.config.ts sets the one the site uses.
  expect(img.getAttribute("src")).toMatch(/^\/_next\/image\?url=%2Fimages%2Fharbour\.jpg&w=\d+&q=\d+$/);
  expect(img.getAttribute("srcset")).toMatch(/w=\d+&q=\d+ \d+w/);
  expect([img.getAttribute("width"), img.getAttribute("height")]).toEqual(["3000", "2000"]);
  expect(img.getAttribute("style")).toBeNull();
  expect(img.getAttribute("fetchpriority")).toBe("high");
  expect(document.querySelector('img[src^="data:image/webp"]')?.getAttribute("alt")).toBe("");
  expect(screen.getByRole("figure").querySelector("figcaption")?.textContent).toBe(
    "The harbour police. Foto: Jan de Vries",
  );
});

test("a card with a photo shows a decorative crop around its focus; a card without one has no image", () => {
  const article = cardArticle("harbour", "Harbour exercise", "2026-08-20");
  const { unmount } = render(
    <ArticleCard
      text={{ ...cardText(article), article: { ...cardText(article).article, image: photo } }}
      edition="en"
    />,
  );
  const img = within(screen.getByRole("article")).getByRole("presentation");
  expect(img.getAttribute("alt")).toBe("");
  expect(img.getAttribute("loading")).toBe("lazy");
  expect(img.getAttribute("class")).toMatch(/x10/);
  expect(img.getAttribute("class")).toMatch(/y40/);
  unmount();
  render(<ArticleCard text={cardText(article)} edition="en" />);
  expect(screen.getByRole("article").querySelector("img")).toBeNull();
});
