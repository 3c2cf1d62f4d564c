import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { compareNewestFirst, formatDisplayDate, isoDateTime, machineDate, parseContentDate, type ContentDate } from "@/lib/dates";

function date(text: string): ContentDate {
  const parsed = parseContentDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

describe("parseContentDate", () => {
  test("reads a day as midnight in Amsterdam", () => {
    expect(parseContentDate("2019-03-20")).toEqual({ ok: true, value: { day: "2019-03-20", time: undefined, epochMs: Date.UTC(2019, 2, 19, 23, 0) } });
  });

  test("reads a day and time as that wall-clock time in Amsterdam, summer time included", () => {
    expect(date("2019-03-20T14:30")).toEqual({ day: "2019-03-20", time: "14:30", epochMs: Date.UTC(2019, 2, 20, 13, 30) });
    expect(date("2019-07-01T14:30").epochMs).toBe(Date.UTC(2019, 6, 1, 12, 30));
    expect(date("2019-03-20 14:30")).toMatchObject({ day: "2019-03-20", time: "14:30" });
  });

  test.each(["2019-02-30", "2019-04-31", "2019-13-01", "2019-00-10", "2019-01-00", "2019-02-29", "1900-02-29", "2100-02-29"])(
    "%s is not a real date",
    (text) => {
      expect(parseContentDate(text)).toEqual({ ok: false, reason: `"${text}" is not a real date` });
    },
  );

  test.each(["2020-02-29", "2000-02-29", "2024-02-29"])("%s is a leap day", (text) => {
    expect(date(text).day).toBe(text);
  });

  test.each(["2019-03-20T24:00", "2019-03-20T23:60", "2019-03-20T99:99"])("%s is not a real time of day", (text) => {
    expect(parseContentDate(text)).toEqual({ ok: false, reason: `"${text}" is not a real time of day` });
  });

  test.each(["20-03-2019", "2019-3-20", "2019/03/20", "2019-03-20T14:30:00", "2019-03-20T1430", "March 20, 2019", "", "2019-03-20Z"])(
    "%j is not of the form YYYY-MM-DD or YYYY-MM-DDTHH:mm",
    (text) => {
      expect(parseContentDate(text)).toEqual({ ok: false, reason: `"${text}" is not a date of the form YYYY-MM-DD or YYYY-MM-DDTHH:mm` });
    },
  );

  test("orders newest first, a later time on the same day being newer", () => {
    const sorted = [date("2019-03-20"), date("2019-03-21"), date("2019-03-20T09:00")].sort(compareNewestFirst).map(machineDate);
    expect(sorted).toEqual(["2019-03-21", "2019-03-20T09:00", "2019-03-20"]);
  });
});

describe("showing dates", () => {
  test("dd MMM yyyy, with a leading zero", () => {
    expect(formatDisplayDate(date("2019-03-20"))).toBe("20 Mar 2019");
    expect(formatDisplayDate(date("2018-01-08"))).toBe("08 Jan 2018");
  });

  test("the day written is the day shown, whatever the time", () => {
    // 00:30 in Amsterdam is the previous day in UTC; 23:30 is the next day east of it.
    expect(formatDisplayDate(date("2019-03-21T00:30"))).toBe("21 Mar 2019");
    expect(formatDisplayDate(date("2019-03-20T23:30"))).toBe("20 Mar 2019");
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

describe("the date shown never depends on the server's time zone", () => {
  const script = path.join(__dirname, "support/print-dates.ts");

  // Node reads TZ at start-up only, so each zone gets its own process.
  test.each(["Pacific/Kiritimati", "America/Los_Angeles", "UTC"])("under TZ=%s", (zone) => {
    const result = spawnSync(process.execPath, ["--import", "tsx", script], { env: { ...process.env, TZ: zone }, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed.zone).toBe(zone); // the child really ran in that zone
    expect(printed.shown).toEqual([
      { written: "2019-03-20", display: "20 Mar 2019", machine: "2019-03-20", iso: "2019-03-20T00:00:00+01:00" },
      { written: "2018-01-08", display: "08 Jan 2018", machine: "2018-01-08", iso: "2018-01-08T00:00:00+01:00" },
      { written: "2019-03-20T00:30", display: "20 Mar 2019", machine: "2019-03-20T00:30", iso: "2019-03-20T00:30:00+01:00" },
      { written: "2019-03-20T23:30", display: "20 Mar 2019", machine: "2019-03-20T23:30", iso: "2019-03-20T23:30:00+01:00" },
      { written: "2019-07-01", display: "01 Jul 2019", machine: "2019-07-01", iso: "2019-07-01T00:00:00+02:00" },
    ]);
    // Articles read by the loader, unquoted YAML dates included.
    expect(printed.loaded).toEqual([
      { slug: "from-smart-city-to-smart-society-session", display: "21 Mar 2019", machine: "2019-03-21T14:30" },
      { slug: "g5-smart-city-agenda", display: "08 Jan 2018", machine: "2018-01-08" },
      { slug: "signing-of-smart-society-declaration", display: "20 Mar 2019", machine: "2019-03-20" },
    ]);
  }, 30_000);
});
