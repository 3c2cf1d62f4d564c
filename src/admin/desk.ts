/**
 * The editing desk's own responses: the /admin page, its generated configuration, its script
 * (Sveltia CMS, copied from node_modules by the build) and their headers. The desk is the only
 * place of the site that runs a large script and talks to another origin (the repository host's
 * API), so it gets a policy of its own in place of the pages' one, set where its responses are made
 * (the front door adds the site's own headers only where a route set none).
 */
import fs from "node:fs";
import path from "node:path";
import { dump } from "js-yaml";
import { getCatalogue } from "../content";
import { securityHeaders } from "../lib/securityHeaders";
import { site, siteUrl } from "../lib/site";
import { cmsConfig } from "./cmsConfig";

export const DESK_PATH = "/admin";
export const DESK_SCRIPT_PATH = "/admin/sveltia-cms.js";
export const DESK_CONFIG_PATH = "/admin/config.yml";

/** The repository host's API: the only other origin the desk's script may reach. */
export const REPOSITORY_API = "https://api.github.com";

/**
 * The desk's policy: its own script only (no inline script: the configuration comes as a file), the
 * repository host's API and this origin (the sign-in route) to talk to; styles inline because the
 * editor sets them on its elements; images of this site, of uploads being chosen (blob:, data:) and
 * of https (photos referred to by address, the editor's avatar).
 */
export const DESK_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' https: data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  `connect-src 'self' ${REPOSITORY_API}`,
  "worker-src 'self' blob:",
  "manifest-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * The headers of the desk's pages: the site's security headers with the desk's policy in place of
 * the pages' one, never in a search engine, never kept in a cache.
 */
export function deskHeaders(contentSecurityPolicy: string): Record<string, string> {
  return {
    ...Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value])),
    "Content-Security-Policy": contentSecurityPolicy,
    // The sign-in opens a window that must be able to hand the token back to this page.
    "Cross-Origin-Opener-Policy": "same-origin-allow-popups",
    "X-Robots-Tag": "noindex, nofollow",
    "Cache-Control": "no-store",
  };
}

/** The /admin page: the configuration's address and the editor's script, nothing inline. */
export function deskPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>HSD news desk</title>
<link href="${DESK_CONFIG_PATH}" type="application/yaml" rel="cms-config-url">
</head>
<body>
<script src="${DESK_SCRIPT_PATH}"></script>
</body>
</html>
`;
}

/**
 * The fonts the editor's stylesheet asks a CDN for (its interface text, code and icons), each served
 * from this origin instead (address under /admin/fonts/ -> file in node_modules, pinned in package.json).
 */
export const DESK_FONTS: Readonly<Record<string, { cdn: string; file: string }>> = {
  "source-sans-3-latin-wght-normal.woff2": {
    cdn: "https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2",
    file: "@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2",
  },
  "noto-mono-latin-400-normal.woff2": {
    cdn: "https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2",
    file: "@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2",
  },
  "material-symbols-outlined-latin-wght-normal.woff2": {
    cdn: "https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2",
    file: "@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2",
  },
};

export const DESK_FONTS_PATH = "/admin/fonts";

function fromNodeModules(file: string): Buffer {
  return fs.readFileSync(path.join(process.cwd(), "node_modules", file));
}

/**
 * Sveltia CMS's browser build, from node_modules, with its fonts' CDN addresses replaced by this
 * origin's: read by the build, so `next start` serves the copy in the build output. A font address
 * the pinned version no longer has stops the build rather than leaving the desk without icons.
 */
export function deskScript(): string {
  let script = fromNodeModules("@sveltia/cms/dist/sveltia-cms.js").toString("utf8");
  for (const [name, { cdn }] of Object.entries(DESK_FONTS)) {
    if (!script.includes(cdn))
      throw new Error(`@sveltia/cms no longer loads ${cdn}: update DESK_FONTS in src/admin/desk.ts`);
    script = script.replaceAll(cdn, `${DESK_FONTS_PATH}/${name}`);
  }
  return script;
}

/** One of the desk's fonts, or undefined for any other name. */
export function deskFont(name: string): Buffer | undefined {
  return Object.hasOwn(DESK_FONTS, name) ? fromNodeModules(DESK_FONTS[name].file) : undefined;
}

/** Whether the sign-in route is on: both the OAuth app's client id and its secret are set. */
export function oauthSettings(): { clientId: string; clientSecret: string } | undefined {
  const clientId = process.env.GITHUB_OAUTH_CLIENT_ID?.trim();
  const clientSecret = process.env.GITHUB_OAUTH_CLIENT_SECRET?.trim();
  return clientId && clientSecret ? { clientId, clientSecret } : undefined;
}

/** The configuration as YAML, from the contract and this build's theme and partner lists. */
export function deskConfigYaml(): string {
  const catalogue = getCatalogue();
  const config = cmsConfig({
    themes: catalogue.themes,
    partners: catalogue.partners,
    repo: process.env.CMS_GITHUB_REPO?.trim() || site.cmsRepository,
    branch: process.env.CMS_GITHUB_BRANCH?.trim() || site.cmsBranch,
    authBaseUrl: oauthSettings() ? siteUrl() : undefined,
    siteUrl: siteUrl(),
  });
  return `# Generated from src/content/schema.ts, content/themes.yml and content/partners.yml (src/admin/cmsConfig.ts): do not edit.\n${dump(config, { lineWidth: -1, noRefs: true })}`;
}
