/**
 * `npm run preview -- --at 2027-01-16T09:00`: the site exactly as readers will see it at a moment.
 * Builds the content folder (CONTENT_DIR) into a build folder of its own (.next-preview, so the
 * served .next is never touched) with the clock at that moment, and serves it on
 * http://127.0.0.1:<port> (PORT, or 3000; `--port N`) with the same clock, until Ctrl+C.
 *
 * Why not HSD_NOW on `next start` alone: the listing pages were prerendered by a build made at the
 * real time and are regenerated at most every 5 minutes, so a server whose clock says otherwise
 * shows the article's own page at once and the listings without it for up to five minutes. Here
 * the build and the server share the moment, so every page agrees from the first request.
 * Drafts are never shown: this is what readers see, not the editors' preview (`npm run dev`).
 */
import { parseContentDate } from "../src/lib/dates";
import { buildProduction, projectRoot, siteEnv, startServer } from "./lib/production";

const DIST_DIR = ".next-preview";

function usage(problem: string): never {
  console.error(
    `${problem}\nUsage: npm run preview -- --at 2027-01-16T09:00 [--port 3001]  (a moment in Amsterdam time, or an ISO instant such as 2027-01-16T08:00:00Z)`,
  );
  process.exit(1);
}

/** `--at X`, `--at=X`, `--port N`, `--port=N`. */
function option(args: readonly string[], name: string): string | undefined {
  const at = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (at < 0) return undefined;
  return args[at].includes("=") ? args[at].slice(args[at].indexOf("=") + 1) : args[at + 1];
}

const args = process.argv.slice(2);
const moment = option(args, "at")?.trim();
if (!moment) usage("Give the moment to preview with --at.");
const asContentDate = parseContentDate(moment);
const epochMs = asContentDate.ok ? asContentDate.value.epochMs : Date.parse(moment);
if (Number.isNaN(epochMs)) usage(`--at ${moment}: ${asContentDate.ok ? "" : asContentDate.reason}`);
const portText = option(args, "port") ?? process.env.PORT ?? "3000";
const port = Number(portText);
if (!Number.isInteger(port) || port < 1 || port > 65535) usage(`--port ${portText} is not a port number`);

async function main(at: string) {
  const clock = { HSD_NOW: at };
  console.log(
    `Building the site as of ${new Date(epochMs).toISOString()} (HSD_NOW=${at}) into ${DIST_DIR}: a few minutes ...`,
  );
  await buildProduction(projectRoot, DIST_DIR, clock);
  const server = await startServer({ env: siteEnv({ distDir: DIST_DIR, env: clock }), port, timeoutMs: 120_000 });
  console.log(`The site as readers will see it at ${at}: ${server.url}  (Ctrl+C stops it)`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  server.child.once("exit", (code) => process.exit(code ?? 0));
}

main(moment).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
