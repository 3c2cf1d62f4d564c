/**
 * CI's dependency audit: a known high or critical advisory in a production dependency
 * fails CI unless it is an accepted, dated exception; a registry that gives no report is said
 * to be "NOT CHECKED", never passed quietly.
 */
import { describe, expect, test } from "vitest";
import { auditVerdict } from "../../scripts/lib/audit-verdict";

/** npm 11's `npm audit --json` shape (auditReportVersion 2), trimmed to what the verdict reads. */
function report(...advisories: { name: string; severity: string; ghsa: string; title?: string }[]) {
  const vulnerabilities: Record<string, unknown> = {};
  for (const a of advisories) {
    vulnerabilities[a.name] = {
      name: a.name,
      severity: a.severity,
      via: [
        {
          source: 1,
          name: a.name,
          title: a.title ?? `Bad thing in ${a.name}`,
          url: `https://github.com/advisories/${a.ghsa}`,
          severity: a.severity,
        },
      ],
    };
    // A package that is vulnerable only through a dependency names it as a string.
    vulnerabilities[`${a.name}-parent`] = { name: `${a.name}-parent`, severity: a.severity, via: [a.name] };
  }
  return { auditReportVersion: 2, vulnerabilities, metadata: {} };
}

const today = "2026-11-29";
const accepted = {
  advisory: "GHSA-aaaa-bbbb-cccc",
  package: "next",
  reason: "only the image optimizer is affected; the site does not use it",
  accepted: "2026-11-20",
  until: "2026-12-31",
};

describe("the audit verdict", () => {
  test("the registry answered 405 (as this project's does): NOT CHECKED, not passed", () => {
    const answer = {
      message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
      error: { summary: "", detail: "" },
    };
    expect(auditVerdict(answer, [], today)).toEqual({
      status: "unavailable",
      lines: [
        "audit: NOT CHECKED: the registry gave no audit report (405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk); no production dependency was checked for known vulnerabilities.",
      ],
    });
  });

  test("no advisory, or only low and moderate ones: pass", () => {
    expect(auditVerdict(report(), [], today)).toEqual({
      status: "pass",
      lines: ["audit: no known high or critical vulnerability in the production dependencies."],
    });
    expect(
      auditVerdict(report({ name: "left-pad", severity: "moderate", ghsa: "GHSA-1111-2222-3333" }), [], today).status,
    ).toBe("pass");
  });

  test("a high or critical advisory fails, naming package, title and link, once", () => {
    expect(
      auditVerdict(
        report({ name: "next", severity: "critical", ghsa: "GHSA-aaaa-bbbb-cccc", title: "Cache poisoning" }),
        [],
        today,
      ),
    ).toEqual({
      status: "fail",
      lines: [
        "audit: critical next: Cache poisoning (https://github.com/advisories/GHSA-aaaa-bbbb-cccc)",
        "audit: 1 known high or critical vulnerability in the production dependencies: update them (npm audit fix), or accept one in .ci/audit-exceptions.json with a reason and dates.",
      ],
    });
  });

  test("an accepted exception passes and is printed with its reason and dates", () => {
    expect(
      auditVerdict(
        report({ name: "next", severity: "high", ghsa: "GHSA-aaaa-bbbb-cccc", title: "Image optimizer DoS" }),
        [accepted],
        today,
      ),
    ).toEqual({
      status: "pass",
      lines: [
        "audit: accepted until 2026-12-31 (since 2026-11-20): high next: Image optimizer DoS (https://github.com/advisories/GHSA-aaaa-bbbb-cccc); reason: only the image optimizer is affected; the site does not use it",
        "audit: no known high or critical vulnerability in the production dependencies.",
      ],
    });
  });

  test("an exception past its date, or for another package, no longer counts", () => {
    const high = report({ name: "next", severity: "high", ghsa: "GHSA-aaaa-bbbb-cccc", title: "Image optimizer DoS" });
    expect(auditVerdict(high, [accepted], "2027-01-01").lines[0]).toBe(
      "audit: high next: Image optimizer DoS (https://github.com/advisories/GHSA-aaaa-bbbb-cccc); its exception ended on 2026-12-31",
    );
    expect(auditVerdict(high, [{ ...accepted, package: "react" }], today).status).toBe("fail");
  });

  test("an exception without a reason or dates is itself an error", () => {
    expect(auditVerdict(report(), [{ advisory: "GHSA-aaaa-bbbb-cccc", package: "next" }], today)).toEqual({
      status: "fail",
      lines: [
        "audit: .ci/audit-exceptions.json [0]: needs advisory, package, reason, accepted (YYYY-MM-DD) and until (YYYY-MM-DD)",
      ],
    });
  });
});
