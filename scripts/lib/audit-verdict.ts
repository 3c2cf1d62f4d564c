/**
 * The decision of CI's dependency audit (scripts/audit-deps.ts), apart from running npm so that it
 * can be tested: which high or critical advisories an `npm audit --json` report holds, which are
 * accepted exceptions (.ci/audit-exceptions.json, each with a reason and dates), and what to say
 * when the registry gave no report at all.
 */
export const EXCEPTIONS_FILE = ".ci/audit-exceptions.json";

export interface AuditException {
  /** The advisory's GHSA id (from its github.com/advisories URL), e.g. GHSA-xxxx-xxxx-xxxx. */
  advisory: string;
  package: string;
  reason: string;
  /** YYYY-MM-DD: when it was accepted. */
  accepted: string;
  /** YYYY-MM-DD: after this day the exception no longer counts and CI fails again. */
  until: string;
}

interface Advisory {
  package: string;
  severity: string;
  title: string;
  url: string;
  id: string;
}

export type AuditVerdict = { status: "pass" | "fail" | "unavailable"; lines: string[] };

const BLOCKING = new Set(["high", "critical"]);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The high and critical advisories of an `npm audit --json` report (auditReportVersion 2), each once. */
function blockingAdvisories(vulnerabilities: Record<string, { via?: unknown[] }>): Advisory[] {
  const found = new Map<string, Advisory>();
  for (const [name, vulnerability] of Object.entries(vulnerabilities)) {
    for (const via of vulnerability.via ?? []) {
      // A string names the dependency that carries the advisory; that one is listed under its own name.
      if (typeof via !== "object" || via === null) continue;
      const { severity = "", title = "", url = "", name: advisoryPackage = name } = via as Record<string, string>;
      if (!BLOCKING.has(severity)) continue;
      const id = /GHSA-[\w-]+/i.exec(url)?.[0] ?? url;
      found.set(`${advisoryPackage} ${id}`, { package: advisoryPackage, severity, title, url, id });
    }
  }
  return [...found.values()];
}

/** Decides from an audit report, the exception list and today's date (YYYY-MM-DD). */
export function auditVerdict(report: unknown, exceptions: unknown, today: string): AuditVerdict {
  const document = (report ?? {}) as {
    vulnerabilities?: Record<string, { via?: unknown[] }>;
    message?: string;
    error?: { summary?: string };
  };
  if (typeof document.vulnerabilities !== "object" || document.vulnerabilities === null) {
    const reason = document.message || document.error?.summary || "no audit report";
    return {
      status: "unavailable",
      lines: [
        `audit: NOT CHECKED: the registry gave no audit report (${reason}); no production dependency was checked for known vulnerabilities.`,
      ],
    };
  }
  const lines: string[] = [];
  const valid: AuditException[] = [];
  for (const [position, entry] of (Array.isArray(exceptions) ? exceptions : []).entries()) {
    const e = entry as Partial<AuditException>;
    if (!e.advisory || !e.package || !e.reason || !DAY.test(e.accepted ?? "") || !DAY.test(e.until ?? "")) {
      lines.push(
        `audit: ${EXCEPTIONS_FILE} [${position}]: needs advisory, package, reason, accepted (YYYY-MM-DD) and until (YYYY-MM-DD)`,
      );
    } else valid.push(e as AuditException);
  }
  if (!Array.isArray(exceptions)) lines.push(`audit: ${EXCEPTIONS_FILE}: must be a JSON list`);
  const broken = lines.length > 0;
  let unaccepted = 0;
  for (const advisory of blockingAdvisories(document.vulnerabilities)) {
    const exception = valid.find(
      (e) => e.advisory.toLowerCase() === advisory.id.toLowerCase() && e.package === advisory.package,
    );
    const what = `${advisory.severity} ${advisory.package}: ${advisory.title} (${advisory.url})`;
    if (exception && exception.until >= today) {
      lines.push(
        `audit: accepted until ${exception.until} (since ${exception.accepted}): ${what}; reason: ${exception.reason}`,
      );
    } else {
      unaccepted++;
      lines.push(`audit: ${what}${exception ? `; its exception ended on ${exception.until}` : ""}`);
    }
  }
  if (unaccepted > 0)
    lines.push(
      `audit: ${unaccepted} known high or critical ${unaccepted === 1 ? "vulnerability" : "vulnerabilities"} in the production dependencies: update them (npm audit fix), or accept one in ${EXCEPTIONS_FILE} with a reason and dates.`,
    );
  else if (!broken) lines.push("audit: no known high or critical vulnerability in the production dependencies.");
  return { status: unaccepted > 0 || broken ? "fail" : "pass", lines };
}
