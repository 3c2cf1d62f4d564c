import { render } from "@testing-library/react";
import { expect, test } from "vitest";
import { DateLine } from "@/components/DateLine";
import { contentDate } from "./fixtures";

function times(container: HTMLElement) {
  return [...container.querySelectorAll("time")].map((time) => ({
    text: time.textContent,
    datetime: time.getAttribute("datetime"),
  }));
}

test("the date inside <time datetime>, then the author", () => {
  const { container } = render(<DateLine date={contentDate("2019-03-20")} author="HSD Foundation" edition="en" />);
  expect(times(container)).toEqual([{ text: "20 Mar 2019", datetime: "2019-03-20" }]);
  expect(container.textContent).toBe("20 Mar 2019Author: HSD Foundation");
});

test("a date with a time keeps it in datetime", () => {
  const { container } = render(<DateLine date={contentDate("2019-03-21T14:30")} edition="en" />);
  expect(times(container)).toEqual([{ text: "21 Mar 2019", datetime: "2019-03-21T14:30" }]);
});

test("no author line when the article has no author", () => {
  const { container } = render(<DateLine date={contentDate("2018-01-08")} edition="en" />);
  expect(container.textContent).toBe("08 Jan 2018");
  expect(container.textContent).not.toContain("Author");
});

test("an Updated part with its own <time> when the article was updated", () => {
  const { container } = render(
    <DateLine
      date={contentDate("2019-03-20")}
      updated={contentDate("2019-04-02")}
      author="HSD Foundation"
      edition="en"
    />,
  );
  expect(times(container)).toEqual([
    { text: "20 Mar 2019", datetime: "2019-03-20" },
    { text: "02 Apr 2019", datetime: "2019-04-02" },
  ]);
  expect(container.textContent).toBe("20 Mar 2019Updated 02 Apr 2019Author: HSD Foundation");
});

test("no Updated part when there is no update", () => {
  const { container } = render(<DateLine date={contentDate("2019-03-20")} author="HSD Foundation" edition="en" />);
  expect(container.textContent).not.toContain("Updated");
});

test("in Dutch: dates as HSD writes them (no period after the month), 'Bijgewerkt op' and 'Auteur:'", () => {
  const { container } = render(
    <DateLine
      date={contentDate("2019-03-20")}
      updated={contentDate("2022-12-06")}
      author="HSD Foundation"
      edition="nl"
    />,
  );
  expect(times(container)).toEqual([
    { text: "20 mrt 2019", datetime: "2019-03-20" },
    { text: "06 dec 2022", datetime: "2022-12-06" },
  ]);
  expect(container.textContent).toBe("20 mrt 2019Bijgewerkt op 06 dec 2022Auteur: HSD Foundation");
});
