import { render, screen, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import type { ArticleEvent } from "@/content";
import { ArticleCard } from "@/components/ArticleCard";
import { EventDetails } from "@/components/EventDetails";
import { EventsListing } from "@/components/EventsListing";
import { UpcomingEvents } from "@/components/UpcomingEvents";
import { asArticles, cardArticle, cardText, cardView, contentDate } from "./fixtures";

const cafe: ArticleEvent = {
  start: contentDate("2030-04-02T16:00"),
  end: contentDate("2030-04-02T18:30"),
  location: "HSD Campus",
  address: "Wilhelmina van Pruisenweg 104, 2595 AN The Hague",
  registration: "https://example.org/register",
};
const night: ArticleEvent = {
  start: contentDate("2030-03-30T20:00"),
  end: contentDate("2030-03-31T04:00"),
  location: "HSD Campus",
};
const webinar: ArticleEvent = { start: contentDate("2030-05-14T10:00"), online: "https://example.org/live" };
const summit: ArticleEvent = {
  start: contentDate("2030-06-11"),
  end: contentDate("2030-06-12"),
  location: "World Forum",
};

function box() {
  return screen.getByRole("region", { name: "Event details" });
}

/** dt/dd pairs as a reader hears them: "When: …". */
function facts() {
  return [...box().querySelectorAll("dt")].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
}

describe("the event box", () => {
  test("says when, with both times in <time datetime> with their offset and the zone named, where, and how to register", () => {
    render(<EventDetails event={cafe} status="upcoming" calendarHref="/news/cafe/event.ics" edition="en" />);
    expect(facts()).toEqual([
      "When: Tuesday 2 April 2030, 16:00 to 18:30, Amsterdam time (CEST)",
      "Where: HSD CampusWilhelmina van Pruisenweg 104, 2595 AN The Hague",
    ]);
    const times = [...box().querySelectorAll("time")].map((time) => [time.getAttribute("datetime"), time.textContent]);
    expect(times).toEqual([
      ["2030-04-02T16:00:00+02:00", "Tuesday 2 April 2030, 16:00"],
      ["2030-04-02T18:30:00+02:00", "18:30"],
    ]);
    expect(within(box()).getByRole("link", { name: "Register for this event" }).getAttribute("href")).toBe(
      "https://example.org/register",
    );
    expect(within(box()).getByRole("link", { name: "Add to calendar (.ics file)" }).getAttribute("href")).toBe(
      "/news/cafe/event.ics",
    );
    expect(box().textContent).not.toMatch(/ended|taking place/);
  });

  test("across a daylight-saving change, each time names its own zone", () => {
    render(<EventDetails event={night} status="upcoming" calendarHref="/x.ics" edition="en" />);
    expect(facts()[0]).toBe(
      "When: Saturday 30 March 2030, 20:00 CET to Sunday 31 March 2030, 04:00 CEST, Amsterdam time",
    );
  });

  test("all day: days only, no zone", () => {
    render(<EventDetails event={summit} status="upcoming" calendarHref="/x.ics" edition="en" />);
    expect(facts()[0]).toBe("When: Tuesday 11 June 2030 to Wednesday 12 June 2030");
    render(
      <EventDetails
        event={{ start: contentDate("2030-04-20"), location: "HSD Campus" }}
        status="upcoming"
        calendarHref="/y.ics"
        edition="en"
      />,
    );
    expect(screen.getAllByRole("region", { name: "Event details" })[1].querySelector("dd")?.textContent).toBe(
      "Saturday 20 April 2030, all day",
    );
  });

  test("online only: no 'Where', a link to join", () => {
    render(<EventDetails event={webinar} status="upcoming" calendarHref="/x.ics" edition="en" />);
    expect(facts()).toEqual(["When: Tuesday 14 May 2030, 10:00, Amsterdam time (CEST)", "Online: Join online"]);
    expect(within(box()).getByRole("link", { name: "Join online" }).getAttribute("href")).toBe(
      "https://example.org/live",
    );
  });

  test("once over, it says so and keeps no registration, join or calendar link", () => {
    render(
      <EventDetails
        event={{ ...cafe, online: "https://example.org/live" }}
        status="past"
        calendarHref="/x.ics"
        edition="en"
      />,
    );
    expect(within(box()).getByText("This event has ended.")).toBeTruthy();
    expect(within(box()).queryAllByRole("link")).toEqual([]);
    expect(facts()).toContain("Online: The event took place online.");
  });

  test("while it takes place it says so, unless it has no end time to take place until", () => {
    render(<EventDetails event={cafe} status="ongoing" calendarHref="/x.ics" edition="en" />);
    expect(within(box()).getByText("This event is taking place now.")).toBeTruthy();
    render(<EventDetails event={webinar} status="ongoing" calendarHref="/y.ics" edition="en" />);
    expect(screen.getAllByText("This event is taking place now.")).toHaveLength(1);
  });
});

describe("event cards", () => {
  const card = { ...cardArticle("hsd-cafe", "HSD Café", "2026-10-01"), event: cafe };

  test("show the event's day, time and place before the publication date", () => {
    render(<ArticleCard text={cardText(card)} edition="en" />);
    const lines = [...screen.getByRole("article").querySelectorAll("p")].map((p) => p.textContent);
    expect(lines[0]).toBe("Event: Tue 2 Apr 2030, 16:00 to 18:30 CESTHSD Campus");
    expect(lines[1]).toBe("01 Oct 2026");
    expect(screen.getByRole("article").querySelector("time")?.getAttribute("datetime")).toBe(
      "2030-04-02T16:00:00+02:00",
    );
  });

  test("say 'Online', or both, when the event is online", () => {
    render(<ArticleCard text={cardText({ ...card, event: webinar })} edition="en" />);
    expect(screen.getByRole("article").querySelector("p")?.textContent).toBe(
      "Event: Tue 14 May 2030, 10:00 CESTOnline",
    );
    render(
      <ArticleCard
        text={cardText({ ...card, slug: "hybrid", event: { ...cafe, online: "https://example.org/live" } })}
        edition="en"
      />,
    );
    expect(screen.getAllByRole("article")[1].querySelector("p")?.textContent).toContain("HSD Campus and online");
  });

  test("an article without an event has no event line", () => {
    render(<ArticleCard text={cardText(cardArticle("news", "News", "2026-10-01"))} edition="en" />);
    expect(screen.getByRole("article").textContent).not.toContain("Event:");
  });
});

describe("listings of events", () => {
  const upcoming = [{ ...cardArticle("a", "Event A", "2026-10-01"), event: cafe }];
  const past = [{ ...cardArticle("b", "Event B", "2025-10-01"), event: summit }];
  const calendar = { subscribeHref: "webcal://news.example.org/events.ics", downloadHref: "/events.ics" };

  test("/events: upcoming, then past, each under its heading, with the calendar links and pages", () => {
    render(
      <EventsListing
        page={{ upcoming: upcoming as never, past: past as never, pageNumber: 1, pageCount: 2 }}
        calendar={calendar}
        cards={cardView("en")}
      />,
    );
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Events");
    expect(
      within(screen.getByRole("region", { name: "Upcoming events" }))
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(["Event A"]);
    expect(
      within(screen.getByRole("region", { name: "Past events" }))
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(["Event B"]);
    expect(screen.getByRole("link", { name: "subscribe to the events calendar" }).getAttribute("href")).toBe(
      "webcal://news.example.org/events.ics",
    );
    expect(screen.getByRole("link", { name: "download it as an .ics file" }).getAttribute("href")).toBe("/events.ics");
    expect(screen.getByRole("link", { name: "Next page" }).getAttribute("href")).toBe("/events/page/2");
  });

  test("/events with nothing coming says so, and lists the past ones", () => {
    render(
      <EventsListing
        page={{ upcoming: [], past: past as never, pageNumber: 1, pageCount: 1 }}
        calendar={calendar}
        cards={cardView("en")}
      />,
    );
    expect(screen.getByText("No upcoming events have been announced yet. Past events are listed below.")).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Upcoming events" })).toBeNull();
  });

  test("the home page's section is absent when no event is coming, and leads to /events otherwise", () => {
    const { container } = render(<UpcomingEvents articles={[]} cards={cardView("en")} />);
    expect(container.innerHTML).toBe("");
    render(<UpcomingEvents articles={asArticles(upcoming)} cards={cardView("en")} />);
    const section = screen.getByRole("region", { name: "Upcoming events" });
    expect(within(section).getByRole("link", { name: "All events" }).getAttribute("href")).toBe("/events");
  });
});

describe("in Dutch (nl-copy.md 2.5): every case of 'when', in the box and on cards", () => {
  const cases: [string, ArticleEvent, string, string][] = [
    [
      "all day, one day",
      { start: contentDate("2030-04-20"), location: "HSD Campus" },
      "zaterdag 20 april 2030, de hele dag",
      "za 20 apr 2030",
    ],
    [
      "all day, several days",
      summit,
      "dinsdag 11 juni 2030 tot en met woensdag 12 juni 2030",
      "di 11 jun 2030 tot en met wo 12 jun 2030",
    ],
    ["timed, no end", webinar, "dinsdag 14 mei 2030, 10.00 uur (Nederlandse tijd)", "di 14 mei 2030, 10.00 uur"],
    [
      "timed, same day",
      cafe,
      "dinsdag 2 april 2030, 16.00 tot 18.30 uur (Nederlandse tijd)",
      "di 2 apr 2030, 16.00 tot 18.30 uur",
    ],
    [
      "timed, several days",
      { start: contentDate("2030-04-02T14:00"), end: contentDate("2030-04-03T17:00"), location: "HSD Campus" },
      "dinsdag 2 april 2030, 14.00 uur tot woensdag 3 april 2030, 17.00 uur (Nederlandse tijd)",
      "di 2 apr 2030, 14.00 uur tot wo 3 apr 2030, 17.00 uur",
    ],
    [
      "timed, across a daylight-saving change",
      night,
      "zaterdag 30 maart 2030, 20.00 uur wintertijd tot zondag 31 maart 2030, 4.00 uur zomertijd (Nederlandse tijd)",
      "za 30 mrt 2030, 20.00 uur wintertijd tot zo 31 mrt 2030, 4.00 uur zomertijd",
    ],
  ];

  test.each(cases)("%s", (_case, event, long, short) => {
    render(<EventDetails event={event} status="upcoming" calendarHref="/x.ics" edition="nl" />);
    const box = screen.getByRole("region", { name: "Praktische informatie" });
    expect(box.querySelector("dd")?.textContent).toBe(long);
    // "uur" stays outside the <time> elements; their datetime is the same as in English.
    for (const time of box.querySelectorAll("time")) expect(time.textContent).not.toContain("uur");
    render(<ArticleCard text={cardText({ ...cardArticle("x", "X", "2026-10-01"), event })} edition="nl" />);
    const line = screen.getByRole("article").querySelector("p")!;
    expect(line.textContent).toBe(`Evenement: ${short}${event.location ?? "Online"}`);
  });

  test("the box's labels and links, and its past state, in Dutch", () => {
    render(
      <EventDetails
        event={{ ...cafe, online: "https://example.org/live" }}
        status="upcoming"
        calendarHref="/x.ics"
        edition="nl"
      />,
    );
    const box = screen.getByRole("region", { name: "Praktische informatie" });
    expect([...box.querySelectorAll("dt")].map((dt) => dt.textContent)).toEqual(["Wanneer", "Waar", "Online"]);
    expect(within(box).getByRole("link", { name: "Online meedoen" })).toBeTruthy();
    expect(within(box).getByRole("link", { name: "Aanmelden voor dit evenement" })).toBeTruthy();
    expect(within(box).getByRole("link", { name: "Toevoegen aan agenda (.ics-bestand)" })).toBeTruthy();
    render(
      <EventDetails
        event={{ ...cafe, online: "https://example.org/live" }}
        status="past"
        calendarHref="/x.ics"
        edition="nl"
      />,
    );
    const past = screen.getAllByRole("region", { name: "Praktische informatie" })[1];
    expect(within(past).getByText("Dit evenement is voorbij.")).toBeTruthy();
    expect(within(past).getByText("Dit evenement vond online plaats.")).toBeTruthy();
  });
});
