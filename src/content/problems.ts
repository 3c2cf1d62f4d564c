/**
 * Content problems as values: collected for every file at once, each naming its file and field,
 * with a did-you-mean where one helps; callers decide what to do with them (the check prints
 * them all, the build fails with them all, the preview shows them).
 */
import path from "node:path";
import type { z } from "zod";
import type { ContentProblem } from "./model";
import { closestMatch } from "./suggest";

export type { ContentProblem } from "./model";

/** A path as messages show it: relative to the project root when inside it. */
export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative)
    ? relative.split(path.sep).join("/")
    : absolute;
}

export function formatProblem(problem: ContentProblem): string {
  const prefix = problem.severity === "warning" ? "warning: " : "";
  return `${prefix}${problem.file}: ${problem.field}: ${problem.message}`;
}

/** Thrown when the content has errors; its message lists every one of them, a line each. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    const errors = problems.filter((p) => p.severity === "error");
    super(
      `The content has ${errors.length} ${errors.length === 1 ? "error" : "errors"}:\n` +
        errors.map((p) => `  ${formatProblem(p)}`).join("\n"),
    );
    this.name = "ContentError";
  }
}

/** The problems found so far, in the order found. */
export class ProblemList {
  readonly items: ContentProblem[] = [];
  error(file: string, field: string, message: string) {
    this.items.push({ file, field, message, severity: "error" });
  }
  warning(file: string, field: string, message: string) {
    this.items.push({ file, field, message, severity: "warning" });
  }
  /** `nestedFields` names the fields of blocks inside the front matter (`event`), for their did-you-mean. */
  fromZod(
    file: string,
    error: z.ZodError,
    knownFields: readonly string[],
    prefix: (string | number)[] = [],
    nestedFields: Readonly<Record<string, readonly string[]>> = {},
  ) {
    for (const issue of error.issues) {
      if (issue.code === "unrecognized_keys") {
        const block = issue.path.length === 1 ? nestedFields[String(issue.path[0])] : undefined;
        for (const key of issue.keys)
          this.error(file, fieldName([...prefix, ...issue.path, key]), unknownFieldMessage(key, block ?? knownFields));
        continue;
      }
      this.error(file, fieldName([...prefix, ...issue.path]) || "front matter", issue.message);
    }
  }
}

/** "unknown field 'auther'; did you mean 'author'?", or the list of fields when nothing is close. */
function unknownFieldMessage(key: string, knownFields: readonly string[]): string {
  const meant = closestMatch(key, knownFields);
  return meant
    ? `unknown field '${key}'; did you mean '${meant}'?`
    : `unknown field '${key}'; the fields are ${knownFields.join(", ")}`;
}

function fieldName(pathParts: PropertyKey[]): string {
  return pathParts
    .map((part, index) => (typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`))
    .join("");
}
