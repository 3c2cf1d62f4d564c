/**
 * CI's check of the production dependencies: `npm audit --omit=dev --audit-level=high`, failing on
 * any known high or critical advisory unless it is an accepted exception written down, with a
 * reason and dates, in .ci/audit-exceptions.json. When the registry does not answer audit requests
 * (the one this project's machines use answers 405), nothing was checked, and it says so in
 * capitals instead of passing quietly.
 *
 * Exit 0: checked, nothing unaccepted. 1: an advisory to fix (or a broken exception list).
 * 3: not checked, the registry gave no audit report.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { auditVerdict, EXCEPTIONS_FILE } from "./lib/audit-verdict";

function main() {
  const root = path.resolve(__dirname, "..");
  const run = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high", "--json"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  let report: unknown;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    report = { message: (run.stderr || run.error?.message || "npm audit printed no JSON").trim().split("\n").pop() };
  }
  const exceptions = JSON.parse(fs.readFileSync(path.join(root, EXCEPTIONS_FILE), "utf8")) as unknown;
  const verdict = auditVerdict(report, exceptions, new Date().toISOString().slice(0, 10));
  for (const line of verdict.lines) (verdict.status === "pass" ? console.log : console.error)(line);
  process.exitCode = verdict.status === "pass" ? 0 : verdict.status === "fail" ? 1 : 3;
}

main();
