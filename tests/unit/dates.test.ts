import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, test } from "vitest";
import {
  compareNewestFirst,
  eventTime,
  formatDisplayDate,
  formatDisplayDateTime,
  formatProseDate,
  formatTime,
  isoDateTime,
  machineDate,
  parseContentDate,
  type ContentDate,
} from "@/lib/dates";

function date(text: string): ContentDate {
  const parsed = parseContentDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

describe("parseContentDate", () => {
  test("reads a day as midnight in Amsterdam", () => {
    expect(parseContentDate("2019-03-20")).toEqual({
      ok: true,
      value: { day: "2019-03-20", time: undefined, epochMs: Date.UTC(2019, 2, 19, 23, 0) },
    });
  });

  test("reads a day and time as that wall-clock time in Amsterdam, summer time included", () => {
    expect(date("2019-03-20T14:30")).toEqual({
      day: "2019-03-20",
      time: "14:30",
      epochMs: Date.UTC(2019, 2, 20, 13, 30),
    });
    expect(date("2019-07-01T14:30").epochMs).toBe(Date.UTC(2019, 6, 1, 12, 30));
    expect(date("2019-03-20 14:30")).toMatchObject({ day: "2019-03-20", time: "14:30" });
  });

  test.each([
    "2019-02-30",
    "2019-04-31",
    "2019-13-01",
    "2019-00-10",
    "2019-01-00",
    "2019-02-29",
    "1900-02-29",
    "2100-02-29",
  ])("%s is not a real date", (text) => {
    expect(parseContentDate(text)).toEqual({ ok: false, reason: `"${text}" is not a real date` });
  });

  test.each(["2020-02-29", "2000-02-29", "2024-02-29"])("%s is a leap day", (text) => {
    expect(date(text).day).toBe(text);
  });

  test.each(["2019-03-20T24:00", "2019-03-20T23:60", "2019-03-20T99:99"])("%s is not a real time of day", (text) => {
    expect(parseContentDate(text)).toEqual({ ok: false, reason: `"${text}" is not a real time of day` });
  });

  test.each(["2019/03/20", "2019-03-20T14:30:00", "2019-03-20T1430", "March 20, 2019", "", "2019-03-20Z"])(
    "%j is not of the form YYYY-MM-DD or YYYY-MM-DDTHH:mm",
    (text) => {
      expect(parseContentDate(text)).toEqual({
        ok: false,
        reason: `"${text}" is not a date of the form YYYY-MM-DD or YYYY-MM-DDTHH:mm`,
      });
    },
  );

  test.each([
    ["15-01-2027 09:00", "; did you mean 2027-01-15T09:00?"],
    ["15/01/2027 09:00", "; did you mean 2027-01-15T09:00?"],
    ["15.01.2027", "; did you mean 2027-01-15?"],
    ["20-03-2019", "; did you mean 2019-03-20?"],
    ["15 januari 2027", "; did you mean 2027-01-15?"],
    ["15 januari 2027 om 9.00 uur", "; did you mean 2027-01-15T09:00?"],
    ["2 mrt 2027 14:30", "; did you mean 2027-03-02T14:30?"],
    ["15 January 2027", "; did you mean 2027-01-15?"],
    ["2019-3-20", "; did you mean 2019-03-20?"],
    // Either could be the day: both readings, the Dutch one first.
    ["01/02/2027", "; write 2027-02-01 if the day comes first (as in Dutch), or 2027-01-02 if the month does"],
    // No reading is a real date or time: nothing to suggest.
    ["31-02-2027", ""],
    ["15-01-2027 25:00", ""],
    ["15 brumaire 2027", ""],
  ])("%j in another common form names the exact form to write", (text, suggestion) => {
    expect(parseContentDate(text)).toEqual({
      ok: false,
      reason: `"${text}" is not a date of the form YYYY-MM-DD or YYYY-MM-DDTHH:mm${suggestion}`,
    });
  });

  test("orders newest first, a later time on the same day being newer", () => {
    const sorted = [date("2019-03-20"), date("2019-03-21"), date("2019-03-20T09:00")]
      .sort(compareNewestFirst)
      .map(machineDate);
    expect(sorted).toEqual(["2019-03-21", "2019-03-20T09:00", "2019-03-20"]);
  });
});

describe("showing dates", () => {
  test("dd MMM yyyy, with a leading zero", () => {
    expect(formatDisplayDate(date("2019-03-20"), "en")).toBe("20 Mar 2019");
    expect(formatDisplayDate(date("2018-01-08"), "en")).toBe("08 Jan 2018");
  });

  test("the day written is the day shown, whatever the time", () => {
    // 00:30 in Amsterdam is the previous day in UTC; 23:30 is the next day east of it.
    expect(formatDisplayDate(date("2019-03-21T00:30"), "en")).toBe("21 Mar 2019");
    expect(formatDisplayDate(date("2019-03-20T23:30"), "en")).toBe("20 Mar 2019");
  });

  test("machineDate is the day, or day and time, exactly as written", () => {
    expect(machineDate(date("2019-03-20"))).toBe("2019-03-20");
    expect(machineDate(date("2019-03-20T14:30"))).toBe("2019-03-20T14:30");
  });

  test("isoDateTime carries Amsterdam's offset, winter and summer", () => {
    expect(isoDateTime(date("2019-03-20"))).toBe("2019-03-20T00:00:00+01:00");
    expect(isoDateTime(date("2019-07-01T14:30"))).toBe("2019-07-01T14:30:00+02:00");
  });
});

describe("showing dates in Dutch, as HSD writes them", () => {
  test("dd, the month abbreviated without a period, yyyy: every month", () => {
    const months = Array.from({ length: 12 }, (_, i) =>
      formatDisplayDate(date(`2019-${String(i + 1).padStart(2, "0")}-06`), "nl"),
    );
    expect(months).toEqual([
      "06 jan 2019",
      "06 feb 2019",
      "06 mrt 2019",
      "06 apr 2019",
      "06 mei 2019",
      "06 jun 2019",
      "06 jul 2019",
      "06 aug 2019",
      "06 sep 2019",
      "06 okt 2019",
      "06 nov 2019",
      "06 dec 2019",
    ]);
    expect(formatDisplayDate(date("2019-03-20"), "nl")).toBe("20 mrt 2019");
    expect(formatDisplayDate(date("2022-12-06"), "nl")).toBe("06 dec 2022");
  });

  test("the day written is the day shown, whatever the time", () => {
    expect(formatDisplayDate(date("2019-03-21T00:30"), "nl")).toBe("21 mrt 2019");
    expect(formatDisplayDate(date("2019-03-20T23:30"), "nl")).toBe("20 mrt 2019");
  });

  test("times with a full stop and no leading zero in the hour; 'om … uur' for a release; the month in full in running text", () => {
    expect([
      formatTime("09:00", "nl"),
      formatTime("16:00", "nl"),
      formatTime("18:30", "nl"),
      formatTime("00:05", "nl"),
    ]).toEqual(["9.00", "16.00", "18.30", "0.05"]);
    expect(formatTime("09:00", "en")).toBe("09:00");
    expect(formatDisplayDateTime(date("2026-12-02T09:00"), "nl")).toBe("02 dec 2026 om 9.00 uur");
    expect(formatDisplayDateTime(date("2026-12-02T09:00"), "en")).toBe("02 Dec 2026 at 09:00");
    expect(formatDisplayDateTime(date("2026-12-02"), "nl")).toBe("02 dec 2026");
    expect(formatProseDate(date("2026-11-28"), "nl")).toBe("28 november 2026");
    expect(formatProseDate(date("2026-11-28"), "en")).toBe("28 Nov 2026");
  });

  test("an event's days and times: weekdays and months in full in the box, two-letter weekdays on cards", () => {
    const week = Array.from(
      { length: 7 },
      (_, i) => eventTime({ start: date(`2030-04-${String(i + 1).padStart(2, "0")}`) }, "long", "nl").start.text,
    );
    expect(week).toEqual([
      "maandag 1 april 2030",
      "dinsdag 2 april 2030",
      "woensdag 3 april 2030",
      "donderdag 4 april 2030",
      "vrijdag 5 april 2030",
      "zaterdag 6 april 2030",
      "zondag 7 april 2030",
    ]);
    const short = Array.from(
      { length: 7 },
      (_, i) => eventTime({ start: date(`2030-04-${String(i + 1).padStart(2, "0")}`) }, "short", "nl").start.text,
    );
    expect(short).toEqual([
      "ma 1 apr 2030",
      "di 2 apr 2030",
      "wo 3 apr 2030",
      "do 4 apr 2030",
      "vr 5 apr 2030",
      "za 6 apr 2030",
      "zo 7 apr 2030",
    ]);
    expect(eventTime({ start: date("2030-04-02T16:00"), end: date("2030-04-02T18:30") }, "long", "nl")).toEqual({
      start: { datetime: "2030-04-02T16:00:00+02:00", text: "dinsdag 2 april 2030, 16.00" },
      end: { datetime: "2030-04-02T18:30:00+02:00", text: "18.30" },
      startZone: "CEST",
      endZone: "CEST",
      allDay: false,
    });
    expect(eventTime({ start: date("2030-03-30T20:00"), end: date("2030-03-31T04:00") }, "long", "nl").end?.text).toBe(
      "zondag 31 maart 2030, 4.00",
    );
  });
});

describe("the date shown never depends on the server's time zone", () => {
  const script = path.join(__dirname, "support/print-dates.ts");

  // Node reads TZ at start-up only, so each zone gets its own process.
  test.each(["Pacific/Kiritimati", "America/Los_Angeles", "UTC", "Australia/Sydney"])(
    "under TZ=%s",
    (zone) => {
      const result = spawnSync(process.execPath, ["--import", "tsx", script], {
        env: { ...process.env, TZ: zone },
        encoding: "utf8",
      });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      const printed = JSON.parse(result.stdout);
      expect(printed.zone).toBe(zone); // the child really ran in that zone
      expect(printed.shown).toEqual([
        { written: "2019-03-20", display: "20 Mar 2019", machine: "2019-03-20", iso: "2019-03-20T00:00:00+01:00" },
        { written: "2018-01-08", display: "08 Jan 2018", machine: "2018-01-08", iso: "2018-01-08T00:00:00+01:00" },
        {
          written: "2019-03-20T00:30",
          display: "20 Mar 2019",
          machine: "2019-03-20T00:30",
          iso: "2019-03-20T00:30:00+01:00",
        },
        {
          written: "2019-03-20T23:30",
          display: "20 Mar 2019",
          machine: "2019-03-20T23:30",
          iso: "2019-03-20T23:30:00+01:00",
        },
        { written: "2019-07-01", display: "01 Jul 2019", machine: "2019-07-01", iso: "2019-07-01T00:00:00+02:00" },
      ]);
      expect(printed.dutch).toEqual({
        display: ["20 mrt 2019", "08 jan 2018", "20 mrt 2019", "20 mrt 2019", "01 jul 2019"],
        dateTime: "02 dec 2026 om 9.00 uur",
        prose: "28 november 2026",
        sameDay: {
          start: { datetime: "2030-04-02T16:00:00+02:00", text: "dinsdag 2 april 2030, 16.00" },
          end: { datetime: "2030-04-02T18:30:00+02:00", text: "18.30" },
          startZone: "CEST",
          endZone: "CEST",
          allDay: false,
        },
        acrossSummerTime: {
          start: { datetime: "2030-03-30T20:00:00+01:00", text: "za 30 mrt 2030, 20.00" },
          end: { datetime: "2030-03-31T04:00:00+02:00", text: "zo 31 mrt 2030, 4.00" },
          startZone: "CET",
          endZone: "CEST",
          allDay: false,
        },
        allDay: {
          start: { datetime: "2030-06-11", text: "di 11 jun 2030" },
          end: { datetime: "2030-06-16", text: "zo 16 jun 2030" },
          allDay: true,
        },
      });
      // Articles read by the loader, unquoted YAML dates included.
      expect(printed.loaded).toEqual([
        { slug: "from-smart-city-to-smart-society-session", display: "21 Mar 2019", machine: "2019-03-21T14:30" },
        { slug: "g5-smart-city-agenda", display: "08 Jan 2018", machine: "2018-01-08" },
        { slug: "signing-of-smart-society-declaration", display: "20 Mar 2019", machine: "2019-03-20" },
      ]);
    },
    30_000,
  );
});
