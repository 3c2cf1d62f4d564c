/**
 * Events on a production build of the events fixture (tests/fixtures/events,
 * see its README), with the clock at 20 March 2030, 12:00 in Amsterdam: the
 * home page's upcoming events, /events, the event box, the .ics files read back
 * with ical.js (one event crosses the change to summer time), JSON-LD, and an
 * event turning into a past event after its end without a rebuild.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CALENDAR_CACHE_CONTROL } from "@/publish/calendar";
import { parseCalendar } from "../unit/support/parse-calendar";
import { tempContentDir } from "./support/content";
import { buildSiteOrThrow, launchBrowser, projectRoot, startSite, type RunningSite } from "./support/site";

const BEFORE = "2030-03-20T12:00";
/** Five minutes after the pitch session ended (17:00 on 21 March). */
const AFTER_PITCH = "2030-03-21T17:05";
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

let contentDir: string;
let distDir: string;
let site: RunningSite | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  contentDir = tempContentDir("events");
  fs.cpSync(path.join(projectRoot, "tests/fixtures/events"), contentDir, { recursive: true });
  // One event in Dutch too, for the Dutch edition's calendar files.
  fs.writeFileSync(
    path.join(contentDir, "news/night-of-cyber-security.nl.md"),
    "---\ntitle: Nacht van de Cybersecurity\nsummary: Een nacht vol capture-the-flag-uitdagingen.\n---\n\nEen nacht vol capture-the-flag-uitdagingen.\n",
  );
  distDir = buildSiteOrThrow({ name: "events", contentDir, env: { HSD_NOW: BEFORE } });
  site = await startSite({ distDir, contentDir, env: { HSD_NOW: BEFORE } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  if (contentDir) fs.rmSync(contentDir, { recursive: true, force: true });
});

async function get(pathname: string): Promise<{ status: number; headers: Headers; body: string }> {
  const response = await fetch(`${site!.url}${pathname}`, { redirect: "manual" });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

async function open(pathname: string, width = 1280): Promise<Page> {
  const page = await browser!.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${site!.url}${pathname}`, { waitUntil: "load" });
  return page;
}

/** Card titles in a region of the page, in order. */
async function titlesIn(page: Page, region: string): Promise<string[]> {
  return page.getByRole("region", { name: region, exact: true }).locator("article h3").allTextContents();
}

describe("at 20 March 2030", () => {
  test("the home page shows the next three events, soonest first, each with its day, and leads to /events", async () => {
    const page = await open("/");
    try {
      expect(await titlesIn(page, "Upcoming events")).toEqual([
        "Pitch session for security start-ups",
        "Night of Cyber Security",
        "HSD Café: cyber resilience in the region",
      ]);
      const first = page.getByRole("region", { name: "Upcoming events" }).locator("article").first();
      await expect(first.locator("p").first().textContent()).resolves.toBe(
        "Event: Thu 21 Mar 2030, 15:00 to 17:00 CETHSD Campus",
      );
      await expect(first.locator("time").first().getAttribute("datetime")).resolves.toBe("2030-03-21T15:00:00+01:00");
      await page.getByRole("link", { name: "All events" }).click();
      await page.waitForURL(`${site!.url}/events`);
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Events");
    } finally {
      await page.close();
    }
  });

  test("/events lists upcoming events soonest first, then past ones most recent first, 12 a page", async () => {
    const page = await open("/events");
    try {
      expect(await titlesIn(page, "Upcoming events")).toEqual([
        "Pitch session for security start-ups",
        "Night of Cyber Security",
        "HSD Café: cyber resilience in the region",
        "Open day at the security campus",
        "Webinar: data ethics in smart city projects",
        "Smart Society Summit",
        "Meet-up on urban security, on site and online",
      ]);
      expect(await titlesIn(page, "Past events")).toEqual([
        "Smart Society meeting in December",
        "Cyber Week 2029",
        "Webinar: digital identity",
        "Security Innovation Days 2025",
        "HSD Café on critical infrastructure",
      ]);
      await expect(page.getByText("Page 1 of 2").first().isVisible()).resolves.toBe(true);
      await page.getByRole("link", { name: "Next page" }).click();
      await page.waitForURL(`${site!.url}/events/page/2`);
      expect(await titlesIn(page, "Past events")).toEqual([
        "Smart City conference 2023",
        "Online meet-up on security careers",
      ]);
      await expect(page.getByRole("region", { name: "Upcoming events" }).count()).resolves.toBe(0);
      // The scheduled announcement and the draft are nowhere yet.
      const listing = (await get("/events")).body + (await get("/events/page/2")).body;
      expect(listing).not.toContain("Summer school");
      expect(listing).not.toContain("Draft event");
    } finally {
      await page.close();
    }
  });

  test.each([
    ["/events/page/1", 308, "/events"],
    ["/events/page/3", 404, null],
    ["/events/page/02", 404, null],
    ["/events/page/0", 404, null],
    ["/news/summer-school-announcement/event.ics", 404, null],
    ["/news/campus-news/event.ics", 404, null],
    ["/news/no-such-event/event.ics", 404, null],
  ])("%s answers %i", async (pathname, status, location) => {
    const response = await get(pathname);
    expect(response.status).toBe(status);
    if (location) expect(new URL(response.headers.get("location")!, site!.url).pathname).toBe(location);
  });

  test("an event's article has its box near the top: when with the zone named, where, registration and Add to calendar", async () => {
    const page = await open("/news/hsd-cafe-cyber-resilience");
    try {
      const box = page.getByRole("region", { name: "Event details" });
      await expect(box.locator("dd").allTextContents()).resolves.toEqual([
        "Tuesday 2 April 2030, 16:00 to 18:30, Amsterdam time (CEST)",
        "HSD CampusWilhelmina van Pruisenweg 104, 2595 AN The Hague",
      ]);
      await expect(
        box.locator("time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime"))),
      ).resolves.toEqual(["2030-04-02T16:00:00+02:00", "2030-04-02T18:30:00+02:00"]);
      await expect(box.getByRole("link", { name: "Register for this event" }).getAttribute("href")).resolves.toBe(
        "https://example.org/register/hsd-cafe-cyber-resilience",
      );
      const calendarHref = await box.getByRole("link", { name: "Add to calendar (.ics file)" }).getAttribute("href");
      expect(calendarHref).toBe("/news/hsd-cafe-cyber-resilience/event.ics");
      // Near the top: under the title, above the article's text.
      const [boxTop, textTop] = await Promise.all([
        box.boundingBox(),
        page.getByText("An afternoon on how municipalities").boundingBox(),
      ]);
      expect(boxTop!.y).toBeLessThan(textTop!.y);
      expect(boxTop!.y).toBeLessThan(800);
      const [event] = parseCalendar((await get(calendarHref!)).body).events;
      expect(event).toMatchObject({
        summary: "HSD Café: cyber resilience in the region",
        start: "2030-04-02T14:00:00.000Z",
        end: "2030-04-02T16:30:00.000Z",
      });
    } finally {
      await page.close();
    }
  });

  test("an event across the change to summer time: the box names both zones and the .ics has the right instants", async () => {
    const page = await open("/news/night-of-cyber-security");
    try {
      await expect(
        page.getByRole("region", { name: "Event details" }).locator("dd").first().textContent(),
      ).resolves.toBe("Saturday 30 March 2030, 20:00 CET to Sunday 31 March 2030, 04:00 CEST, Amsterdam time");
    } finally {
      await page.close();
    }
    const response = await get("/news/night-of-cyber-security/event.ics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe(CALENDAR_CACHE_CONTROL);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="night-of-cyber-security.ics"');
    const calendar = parseCalendar(response.body);
    expect(calendar.events).toHaveLength(1);
    // 20:00 CET is 19:00 UTC; 04:00 CEST, after the clocks went forward at 02:00, is 02:00 UTC: 7 hours, not 8.
    expect(calendar.events[0]).toMatchObject({
      uid: "night-of-cyber-security@localhost",
      start: "2030-03-30T19:00:00.000Z",
      end: "2030-03-31T02:00:00.000Z",
      url: "http://localhost:3000/news/night-of-cyber-security",
      sequence: 0,
      lastModified: "2030-02-14T23:00:00.000Z",
    });
  });

  test("the Dutch edition's calendar files speak Dutch and link to the Dutch pages; the Dutch event box links its own", async () => {
    const response = await get("/nl/nieuws/night-of-cyber-security/event.ics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe(CALENDAR_CACHE_CONTROL);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="night-of-cyber-security.ics"');
    const [event] = parseCalendar(response.body).events;
    // The same event as the English file (one UID), in Dutch words and with the Dutch link.
    expect(event).toMatchObject({
      uid: "night-of-cyber-security@localhost",
      summary: "Nacht van de Cybersecurity",
      url: "http://localhost:3000/nl/nieuws/night-of-cyber-security",
      start: "2030-03-30T19:00:00.000Z",
      end: "2030-03-31T02:00:00.000Z",
    });
    expect(event.description).toBe(
      "Een nacht vol capture-the-flag-uitdagingen.\n\nMeer informatie: http://localhost:3000/nl/nieuws/night-of-cyber-security",
    );

    // The gate of the English file holds for the Dutch one: nothing but a published event is rendered or kept.
    for (const missing of ["summer-school-announcement", "campus-news", "no-such-event"]) {
      const answer = await get(`/nl/nieuws/${missing}/event.ics`);
      expect(answer.status, missing).toBe(404);
      expect(answer.headers.get("cache-control"), missing).toBe("no-store");
    }

    const all = await get("/nl/evenementen.ics");
    expect(all.status).toBe(200);
    const calendar = parseCalendar(all.body);
    expect(calendar.name).toBe("HSD-evenementen");
    expect(calendar.events.find((entry) => entry.uid === "night-of-cyber-security@localhost")).toMatchObject({
      summary: "Nacht van de Cybersecurity",
    });
    // An untranslated event keeps its English title, with the Dutch link.
    expect(calendar.events.find((entry) => entry.uid === "smart-society-summit@localhost")).toMatchObject({
      summary: "Smart Society Summit",
      url: "http://localhost:3000/nl/nieuws/smart-society-summit",
    });

    const page = await open("/nl/nieuws/night-of-cyber-security");
    try {
      await expect(
        page.getByRole("link", { name: "Toevoegen aan agenda (.ics-bestand)" }).getAttribute("href"),
      ).resolves.toBe("/nl/nieuws/night-of-cyber-security/event.ics");
    } finally {
      await page.close();
    }
    const listing = await open("/nl/evenementen");
    try {
      await expect(listing.locator('link[rel="alternate"][type="text/calendar"]').getAttribute("href")).resolves.toBe(
        "http://localhost:3000/nl/evenementen.ics",
      );
      await expect(listing.locator('main a[href^="webcal:"]').getAttribute("href")).resolves.toBe(
        "webcal://localhost:3000/nl/evenementen.ics",
      );
      await expect(listing.getByRole("link", { name: "download het .ics-bestand" }).getAttribute("href")).resolves.toBe(
        "/nl/evenementen.ics",
      );
    } finally {
      await listing.close();
    }
  });

  test("/events.ics holds every upcoming event and those of the past year, and /events offers it by webcal: and as a file", async () => {
    const response = await get("/events.ics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe(CALENDAR_CACHE_CONTROL);
    const calendar = parseCalendar(response.body);
    expect(calendar.name).toBe("HSD events");
    expect(calendar.events.map((event) => event.summary)).toEqual([
      "Pitch session for security start-ups",
      "Night of Cyber Security",
      "HSD Café: cyber resilience in the region",
      "Open day at the security campus",
      "Webinar: data ethics in smart city projects",
      "Smart Society Summit",
      "Meet-up on urban security, on site and online",
      "Smart Society meeting in December",
      "Cyber Week 2029",
      "Webinar: digital identity",
    ]);
    expect(calendar.events.find((event) => event.summary === "Night of Cyber Security")).toMatchObject({
      start: "2030-03-30T19:00:00.000Z",
      end: "2030-03-31T02:00:00.000Z",
    });
    expect(calendar.events.find((event) => event.summary === "Smart Society Summit")).toMatchObject({
      start: "2030-06-11",
      end: "2030-06-13",
      allDay: true,
    });

    const page = await open("/events");
    try {
      await expect(
        page.getByRole("link", { name: "subscribe to the events calendar" }).getAttribute("href"),
      ).resolves.toBe("webcal://localhost:3000/events.ics");
      await expect(page.getByRole("link", { name: "download it as an .ics file" }).getAttribute("href")).resolves.toBe(
        "/events.ics",
      );
      await expect(page.locator('link[rel="alternate"][type="text/calendar"]').getAttribute("href")).resolves.toBe(
        "http://localhost:3000/events.ics",
      );
    } finally {
      await page.close();
    }
  });

  test("an event's page carries a JSON-LD Event beside its NewsArticle; the sitemap lists /events and its pages", async () => {
    const { body } = await get("/news/hybrid-meetup-urban-security");
    const scripts = [...body.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((match) =>
      JSON.parse(match[1]),
    );
    expect(scripts.map((data) => data["@type"])).toEqual(["NewsArticle", "Event"]);
    expect(scripts[1]).toMatchObject({
      name: "Meet-up on urban security, on site and online",
      startDate: "2030-09-03T15:00:00+02:00",
      endDate: "2030-09-03T17:00:00+02:00",
      eventAttendanceMode: "https://schema.org/MixedEventAttendanceMode",
      url: "http://localhost:3000/news/hybrid-meetup-urban-security",
    });
    const sitemap = (await get("/sitemap.xml")).body;
    expect(sitemap).toContain("<loc>http://localhost:3000/events</loc>");
    expect(sitemap).toContain("<loc>http://localhost:3000/events/page/2</loc>");
  });

  test("/events page 2 has no axe violation (the main site's quality gates cover page 1 and the boxes)", async () => {
    const page = await open("/events/page/2");
    try {
      await page.evaluate(axeSource);
      const violations = (await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string }[] }> };
          }
        ).axe;
        return (
          await axe.run(document, {
            runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
          })
        ).violations;
      })) as { id: string }[];
      expect(violations.map((violation) => violation.id)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("after the pitch session ended, without a new build", () => {
  beforeAll(async () => {
    await site?.stop();
    // Time passes: the pages prerendered at build and cached at run time become stale (as in editors.test.ts).
    fs.rmSync(path.join(projectRoot, distDir, "server/route-cache"), { recursive: true, force: true });
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
    for (const entry of fs.readdirSync(path.join(projectRoot, distDir, "server/app"), {
      recursive: true,
      withFileTypes: true,
    })) {
      if (entry.isFile()) fs.utimesSync(path.join(entry.parentPath, entry.name), tenMinutesAgo, tenMinutesAgo);
    }
    site = await startSite({ distDir, contentDir, env: { HSD_NOW: AFTER_PITCH } });
  });

  /** The first request after the window serves the stale page and regenerates it; a later one gets the new page. */
  async function eventually(pathname: string, accept: (body: string) => boolean): Promise<string> {
    const deadline = Date.now() + 45_000;
    let last = (await get(pathname)).body;
    while (!accept(last) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      last = (await get(pathname)).body;
    }
    return last;
  }

  test("it heads the past events on /events and has left the home page's upcoming ones", async () => {
    await eventually("/events", (body) => body.indexOf("Pitch session") > body.indexOf("Past events"));
    // The article itself is still news on the home page; only its place among the upcoming events goes.
    const upcomingOnHome = (body: string) =>
      body.slice(
        body.indexOf('id="upcoming-events"'),
        body.indexOf("</section>", body.indexOf('id="upcoming-events"')),
      );
    await eventually(
      "/",
      (body) => body.includes('id="upcoming-events"') && !upcomingOnHome(body).includes("Pitch session"),
    );
    const page = await open("/events");
    try {
      expect((await titlesIn(page, "Upcoming events"))[0]).toBe("Night of Cyber Security");
      expect((await titlesIn(page, "Past events"))[0]).toBe("Pitch session for security start-ups");
      await page.goto(`${site!.url}/`);
      expect(await titlesIn(page, "Upcoming events")).toEqual([
        "Night of Cyber Security",
        "HSD Café: cyber resilience in the region",
        "Open day at the security campus",
      ]);
    } finally {
      await page.close();
    }
  });

  test("its box says it has ended and offers no registration any more", async () => {
    await eventually("/news/pitch-session-security-startups", (body) => body.includes("This event has ended."));
    const page = await open("/news/pitch-session-security-startups");
    try {
      const box = page.getByRole("region", { name: "Event details" });
      await expect(box.getByText("This event has ended.").isVisible()).resolves.toBe(true);
      await expect(box.getByRole("link").count()).resolves.toBe(0);
    } finally {
      await page.close();
    }
  });

  test("it stays in the subscribable calendar, as a recent event", async () => {
    const calendar = parseCalendar(await eventually("/events.ics", () => true));
    expect(calendar.events.map((event) => event.summary)).toContain("Pitch session for security start-ups");
  });
});
