import { render, screen, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { PartnersInvolved } from "@/components/PartnersInvolved";

const partners = [
  { id: "vng", name: "VNG (Vereniging van Nederlandse Gemeenten)", url: "https://vng.nl" },
  { id: "municipality-of-the-hague", name: "Municipality of The Hague", url: "https://www.denhaag.nl/en" },
];

test("'HSD Partners involved' links each partner's page here and its own site", () => {
  render(<PartnersInvolved partners={partners} edition="en" />);
  const section = screen.getByRole("region", { name: "HSD Partners involved" });
  expect(within(section).getByRole("heading", { level: 2 }).textContent).toBe("HSD Partners involved");
  const links = within(section).getAllByRole("link");
  expect(links.map((link) => [link.textContent, link.getAttribute("href")])).toEqual([
    ["VNG (Vereniging van Nederlandse Gemeenten)", "/partners/vng"],
    ["(website of VNG (Vereniging van Nederlandse Gemeenten))", "https://vng.nl"],
    ["Municipality of The Hague", "/partners/municipality-of-the-hague"],
    ["(website of Municipality of The Hague)", "https://www.denhaag.nl/en"],
  ]);
});

test("the block is absent when no partner is involved", () => {
  const { container } = render(<PartnersInvolved partners={[]} edition="en" />);
  expect(container.innerHTML).toBe("");
  expect(screen.queryByText("HSD Partners involved")).toBeNull();
});
