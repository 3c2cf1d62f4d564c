/**
 * Debian's nginx for the maintainers' commands: the caching proxy of
 * docs/DEPLOYMENT.md in front of `next start` replicas, and the same nginx
 * serving a saved copy of a page from disk, the fastest a page can be served,
 * to compare the cache with. nginx runs from a config in a temporary folder
 * (-p/-c, its own pid file), stopped by its pid; nothing global is touched.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { EDITIONS, type Edition } from "../../src/lib/editions";
import { searchPath, STATIC_SEARCH_BASE } from "../../src/lib/routes";
import { noticeDocument } from "../../src/server/errorDocuments";
import { securityHeaders } from "../../src/lib/securityHeaders";
import { catalogues } from "../../src/i18n/translator";
import { freePort } from "./production";
import { runWrk, type WrkResult } from "./wrk";

export function nginxBinary(): string {
  for (const candidate of ["/usr/sbin/nginx", "/usr/bin/nginx"]) if (fs.existsSync(candidate)) return candidate;
  const found = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).stdout.trim();
  if (found) return found;
  throw new Error("nginx is not installed: apt-get install -y nginx (Debian), then run the command again");
}

/** How long nginx keeps a search page's answer: a popular query is rendered once in this window. */
const SEARCH_ANSWER_CACHE = "3m";

/**
 * The page nginx answers a client with when it searches faster than the limit allows: in the
 * edition's language, from its catalogue, inline in the configuration (no file to deploy).
 */
export function tooManySearchesPage(edition: Edition): string {
  const html = noticeDocument(edition, catalogues[edition].tooManySearches);
  // Inside an nginx string in single quotes: no quote, no backslash, no variable.
  if (/['\\$]/.test(html))
    throw new Error(`the ${edition} page for too many searches has a character nginx would read: ${html}`);
  return html;
}

/** The headers of the browser search's files, as src/app/_routes/staticSearch.ts sets them under `next start`. */
function staticSearchHeaders(indent: string, cacheControl: string, policy: string): string {
  return [
    `add_header Cache-Control "${cacheControl}" always;`,
    `add_header Content-Security-Policy "${policy}" always;`,
    "add_header X-Content-Type-Options nosniff always;",
  ]
    .map((line) => `${indent}${line}\n`)
    .join("");
}

const STATIC_SEARCH_FILE_POLICY =
  "sandbox; default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const STATIC_SEARCH_WORKER_POLICY = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";

/**
 * The browser search's files straight from disk, with the lifetimes and policies the app gives
 * them: `snapshotFolder` is the build's content snapshot (`<distDir>/hsd-content`), which holds
 * them in a folder named like their address. `root`, not `alias`: the nested locations would map
 * an aliased path wrongly.
 */
function staticSearchLocation(snapshotFolder: string): string {
  return `    location ${STATIC_SEARCH_BASE} {
      root ${snapshotFolder};
      types { text/javascript js; application/json json; }
      default_type application/octet-stream;
${staticSearchHeaders("      ", "public, max-age=86400, stale-while-revalidate=604800", STATIC_SEARCH_FILE_POLICY)}      # nginx's add_header in a nested location replaces the outer ones: each names all three.
      location ~ _[0-9a-f]+\\.pf_[a-z]+$ {
${staticSearchHeaders("        ", "public, max-age=31536000, immutable", STATIC_SEARCH_FILE_POLICY)}      }
      location = ${STATIC_SEARCH_BASE}pagefind-entry.json {
${staticSearchHeaders("        ", "no-cache", STATIC_SEARCH_FILE_POLICY)}      }
      location = ${STATIC_SEARCH_BASE}pagefind-worker.js {
${staticSearchHeaders("        ", "public, max-age=86400, stale-while-revalidate=604800", STATIC_SEARCH_WORKER_POLICY)}      }
    }
`;
}

/**
 * How long nginx keeps an idle upstream connection (its `keepalive_timeout` in the upstream block).
 * The replicas keep theirs open longer (SERVER_KEEP_ALIVE_MS in src/lib/site.ts), so nginx never
 * sends a request on a connection the replica is closing (tests/unit/deployment-docs.test.ts).
 */
export const NGINX_UPSTREAM_KEEPALIVE_SECONDS = 60;

/** The headers of nginx's own 405: what the replicas' front door sends with one (src/server/frontDoor.ts). */
const REFUSED_METHOD_HEADERS: [string, string][] = [
  ["Allow", "GET, HEAD"],
  ["Cache-Control", "no-store"],
  ...securityHeaders.map(({ key, value }): [string, string] => [key, value]),
];

/** The headers every proxied request gets: nginx's own view of the client, never the client's word. */
const PROXY_HEADERS = `      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-Host $host;
      # nginx compresses for the reader (gzip below); the replicas send plain bytes and never compress twice.
      proxy_set_header Accept-Encoding "";`;

/**
 * The deployment guide's cache in front of `upstreams` (ports on 127.0.0.1), listening on
 * `listenPort`: the http-level text (cache path, upstream, server). With `snapshotFolder` (the
 * build's `<distDir>/hsd-content`), nginx serves the browser search's files from disk.
 */
export function cachingProxyBlock(
  prefix: string,
  listenPort: number,
  upstreamPorts: readonly number[],
  snapshotFolder?: string,
): string {
  return `  proxy_cache_path ${prefix}/cache levels=1:2 keys_zone=site:10m max_size=256m inactive=1d use_temp_path=off;
  # A 404 is never kept, whatever its Cache-Control: an address that is missing now may be published soon,
  # and made-up addresses must not fill the cache.
  map $upstream_status $not_found { 404 1; default 0; }
  # Search results (both editions' search pages) are rendered per query: each client gets 5 a second, with bursts of 20 (docs/DEPLOYMENT.md).
  limit_req_zone $binary_remote_addr zone=search:10m rate=5r/s;
  # Only GET and HEAD reach the replicas (the site has no form that posts): anything else is a 405 here,
  # with Allow, no-store and the site's security headers (an empty value sends no header: GET and HEAD answers are untouched).
${REFUSED_METHOD_HEADERS.map(([, value], i) => `  map $request_method $refused_header_${i} { GET ""; HEAD ""; default "${value}"; }`).join("\n")}
  # Compression for readers is nginx's job (text only; images are compressed already).
  gzip on;
  gzip_comp_level 5;
  gzip_min_length 1024;
  gzip_vary on;
  gzip_proxied any;
  gzip_types text/css application/javascript application/json application/feed+json application/rss+xml application/atom+xml application/xml text/calendar text/plain image/svg+xml;
  # The image optimizer resizes on a miss (docs/DEPLOYMENT.md): each client gets 10 a second, with bursts of 40.
  limit_req_zone $binary_remote_addr zone=images:10m rate=10r/s;
  # The optimizer answers AVIF, WebP or the original's format by the Accept header: one cached copy per format.
  map $http_accept $image_format { ~image/avif avif; ~image/webp webp; default original; }

  upstream replicas {
${upstreamPorts.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=10s;`).join("\n")}
    keepalive 32;
    keepalive_timeout ${NGINX_UPSTREAM_KEEPALIVE_SECONDS}s;
  }

  server {
    listen 127.0.0.1:${listenPort};
    if ($request_method !~ ^(GET|HEAD)$) {
      return 405 "Method not allowed: this site answers GET and HEAD only.\n";
    }
${REFUSED_METHOD_HEADERS.map(([name], i) => `    add_header ${name} $refused_header_${i} always;`).join("\n")}
${EDITIONS.map(
  (edition) => `    location = ${searchPath(edition)} {
      limit_req zone=search burst=20 nodelay;
      limit_req_status 429;
      error_page 429 @too_many_searches_${edition};
      proxy_pass http://replicas;
${PROXY_HEADERS}
      # A replica busy with other searches refuses at once (503): the other one is asked before the reader is.
      proxy_next_upstream error timeout http_502 http_503 http_504;
      proxy_next_upstream_tries 2;
      # A popular query's answer is rendered once every few minutes, whatever the crowd: Next marks
      # search pages private, but they hold nothing of the reader's own.
      proxy_cache site;
      proxy_cache_key "$scheme$host$request_uri|$http_rsc|$http_next_router_prefetch|$http_next_router_segment_prefetch|$http_next_router_state_tree";
      proxy_ignore_headers Cache-Control Expires;
      proxy_cache_valid 200 ${SEARCH_ANSWER_CACHE};
      proxy_cache_lock on;
      proxy_cache_use_stale updating;
      proxy_cache_bypass $http_x_bypass_cache;
      proxy_no_cache $http_x_bypass_cache $not_found;
      add_header X-Cache-Status $upstream_cache_status always;
    }
    location @too_many_searches_${edition} {
      default_type "text/html; charset=utf-8";
      add_header Retry-After 5 always;
      add_header Cache-Control no-store always;
      add_header Content-Language ${edition} always;
      return 429 '${tooManySearchesPage(edition)}';
    }
`,
).join("")}${snapshotFolder ? staticSearchLocation(snapshotFolder) : ""}    location = /_next/image {
      limit_req zone=images burst=40 nodelay;
      limit_req_status 429;
      proxy_pass http://replicas;
${PROXY_HEADERS}
      proxy_cache site;
      proxy_cache_key "$scheme$host$request_uri|$image_format";
      proxy_cache_lock on;
      proxy_no_cache $not_found;
      add_header X-Cache-Status $upstream_cache_status always;
    }
    # Photos as they are: a photo never changes under its name (a replaced one gets a new name).
    location /images/ {
      proxy_pass http://replicas;
${PROXY_HEADERS}
      proxy_cache site;
      proxy_ignore_headers Cache-Control;
      proxy_cache_valid 200 30d;
      proxy_hide_header Cache-Control;
      add_header Cache-Control "public, max-age=31536000, immutable" always;
      add_header X-Cache-Status $upstream_cache_status always;
    }
    location / {
      proxy_pass http://replicas;
${PROXY_HEADERS}

      # A failed or refused connection, or a 502-504, is retried once on the other replica:
      # GET and HEAD are idempotent, so the client never sees the loss of one.
      proxy_next_upstream error timeout http_502 http_503 http_504;
      proxy_next_upstream_tries 2;
      proxy_next_upstream_timeout 5s;
      proxy_connect_timeout 1s;

      # The cache obeys the replicas' Cache-Control (s-maxage, stale-while-revalidate) and
      # never stores private/no-store answers, nor any 404. The key includes the headers
      # Next.js varies on, so an RSC payload is never served for an HTML request.
      proxy_cache site;
      proxy_cache_key "$scheme$host$request_uri|$http_rsc|$http_next_router_prefetch|$http_next_router_segment_prefetch|$http_next_router_state_tree";
      proxy_cache_lock on;
      proxy_cache_background_update on;
      proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;
      # The scale-out rig's load run sends this header to reach the replicas on every request.
      proxy_cache_bypass $http_x_bypass_cache;
      proxy_no_cache $http_x_bypass_cache $not_found;
      add_header X-Cache-Status $upstream_cache_status always;
      add_header X-Upstream $upstream_addr always;
    }
  }
`;
}

/** Files under `root` served as they are, as HTML. */
export function staticFilesBlock(listenPort: number, root: string): string {
  return `  server {
    listen 127.0.0.1:${listenPort};
    root ${root};
    default_type text/html;
  }
`;
}

export function nginxConfig(prefix: string, blocks: readonly string[]): string {
  return `# Generated by the maintainers' commands (scripts/lib/nginx.ts); lives only in ${prefix}.
worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;

${blocks.join("\n")}}
`;
}

export interface Nginx {
  pid: number;
  /** The temporary folder holding config, cache, logs and served files. */
  prefix: string;
  stop(): Promise<void>;
}

/**
 * Starts nginx with the http-level `blocks` made for its temporary folder;
 * resolves once `readyPort` accepts connections.
 */
export async function startNginx(blocksFor: (prefix: string) => string[], readyPort: number): Promise<Nginx> {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-nginx-"));
  // nginx's workers drop root privileges; they must be able to reach the cache and files below this folder.
  fs.chmodSync(prefix, 0o755);
  const config = path.join(prefix, "nginx.conf");
  fs.writeFileSync(config, nginxConfig(prefix, blocksFor(prefix)));
  const binary = nginxBinary();
  const args = ["-p", prefix, "-c", config, "-e", path.join(prefix, "error.log")];
  const test = spawnSync(binary, ["-t", ...args], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx rejected the generated config:\n${test.stderr}`);
  const child: ChildProcess = spawn(binary, args, { stdio: ["ignore", "inherit", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  for (let i = 0; i < 100; i++) {
    try {
      await (await fetch(`http://127.0.0.1:${readyPort}/__nginx-ready`)).arrayBuffer();
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const pid = Number(fs.readFileSync(path.join(prefix, "nginx.pid"), "utf8").trim());
  return {
    pid,
    prefix,
    async stop() {
      if (child.exitCode === null) {
        process.kill(pid, "SIGQUIT"); // graceful: the master waits for its worker
        const timer = setTimeout(() => child.exitCode === null && process.kill(pid, "SIGTERM"), 5000);
        await exited;
        clearTimeout(timer);
      }
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
}

export interface CacheVersusFile {
  route: string;
  /** Bytes of the page's HTML, as served by the cache and saved for the file server. */
  bytes: number;
  /** X-Cache-Status of three requests through the cache before the load (MISS, HIT, HIT expected). */
  cacheStatuses: string[];
  cacheRuns: WrkResult[];
  fileRuns: WrkResult[];
  /** Best run of the cache's req/s over the best run of the file's. */
  ratio: number;
}

export interface CacheVersusFileOptions {
  /** Ports of the `next start` replicas on 127.0.0.1. */
  upstreamPorts: readonly number[];
  route: string;
  connections: number;
  durationS: number;
  runs: number;
  /** Seconds of load on each before measuring (0 for none). */
  warmUpS?: number;
  log?: (line: string) => void;
}

const bestRun = (runs: readonly WrkResult[]) =>
  runs.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));

/**
 * The deployment guide's cache in front of the replicas against the same nginx serving the
 * very HTML the cache serves, saved to a file: wrk on each, runs interleaved so that a busy
 * machine weighs on both alike.
 */
export async function compareCacheWithFile({
  upstreamPorts,
  route,
  connections,
  durationS,
  runs,
  warmUpS = 0,
  log = () => {},
}: CacheVersusFileOptions): Promise<CacheVersusFile> {
  const cachePort = await freePort();
  const filePort = await freePort();
  const nginx = await startNginx((prefix) => {
    fs.mkdirSync(path.join(prefix, "files"), { recursive: true });
    return [
      cachingProxyBlock(prefix, cachePort, upstreamPorts),
      staticFilesBlock(filePort, path.join(prefix, "files")),
    ];
  }, cachePort);
  try {
    const cacheUrl = `http://127.0.0.1:${cachePort}${route}`;
    const fileUrl = `http://127.0.0.1:${filePort}/page.html`;
    const cacheStatuses: string[] = [];
    let html = Buffer.alloc(0);
    for (let i = 0; i < 3; i++) {
      const response = await fetch(cacheUrl);
      html = Buffer.from(await response.arrayBuffer());
      if (response.status !== 200) throw new Error(`${route} through the nginx cache answered ${response.status}`);
      cacheStatuses.push(response.headers.get("x-cache-status") ?? "-");
    }
    fs.writeFileSync(path.join(nginx.prefix, "files", "page.html"), html);
    const copy = Buffer.from(await (await fetch(fileUrl)).arrayBuffer());
    if (!copy.equals(html)) throw new Error(`nginx did not serve the saved copy of ${route} byte for byte`);
    log(
      `nginx: ${route} through the cache (${cacheStatuses.join(", ")}) against the same ${html.length} bytes from a file, nginx pid ${nginx.pid}`,
    );
    if (warmUpS > 0) {
      await runWrk({ url: fileUrl, connections, durationS: warmUpS });
      await runWrk({ url: cacheUrl, connections, durationS: warmUpS });
    }
    const cacheRuns: WrkResult[] = [];
    const fileRuns: WrkResult[] = [];
    for (let run = 0; run < runs; run++) {
      fileRuns.push(await runWrk({ url: fileUrl, connections, durationS }));
      cacheRuns.push(await runWrk({ url: cacheUrl, connections, durationS }));
      log(
        `nginx run ${run + 1}: file ${Math.round(fileRuns[run].requestsPerSecond)} req/s (p99 ${fileRuns[run].p99Ms} ms), cache ${Math.round(cacheRuns[run].requestsPerSecond)} req/s (p99 ${cacheRuns[run].p99Ms} ms)`,
      );
    }
    return {
      route,
      bytes: html.length,
      cacheStatuses,
      cacheRuns,
      fileRuns,
      ratio: bestRun(cacheRuns).requestsPerSecond / bestRun(fileRuns).requestsPerSecond,
    };
  } finally {
    await nginx.stop();
  }
}
