/**
 * The sign-in step of the editing desk with GitHub (OAuth web flow), for editors who do not paste a
 * personal access token. On only when GITHUB_OAUTH_CLIENT_ID and GITHUB_OAUTH_CLIENT_SECRET are set
 * (docs/DEPLOYMENT.md). The secret stays on the server; the site never holds write access: the
 * token GitHub gives is handed to the editor's own /admin page and kept only there. The `state`
 * sent to GitHub is a random value also kept in a cookie of this route, so a callback this browser
 * did not start is refused. The handshake is the one Sveltia CMS speaks with its authenticators:
 * the window says `authorizing:github` to /admin, /admin answers, the window sends the token back,
 * to this origin only.
 */
import crypto from "node:crypto";
import { siteUrl } from "../lib/site";
import { deskHeaders, oauthSettings } from "./desk";

export const AUTH_PATH = "/admin/auth";
export const CALLBACK_PATH = "/admin/auth/callback";
export const STATE_COOKIE = "hsd-desk-oauth-state";
const GITHUB_AUTHORIZE = "https://github.com/login/oauth/authorize";
const GITHUB_TOKEN = "https://github.com/login/oauth/access_token";
/** Ten minutes to sign in at GitHub. */
const STATE_MAX_AGE_S = 600;

function notFound(): Response {
  return new Response(
    "Not found: sign-in with GitHub is not set up on this site; sign in with a personal access token instead.\n",
    {
      status: 404,
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        ...deskHeaders("default-src 'none'; frame-ancestors 'none'"),
      },
    },
  );
}

function stateCookie(value: string, maxAge: number): string {
  const secure = siteUrl().startsWith("https://") ? "; Secure" : "";
  return `${STATE_COOKIE}=${value}; Path=${AUTH_PATH}; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure}`;
}

/** GET /admin/auth: a fresh state in a cookie, and off to GitHub to sign in. */
export function startSignIn(): Response {
  const settings = oauthSettings();
  if (!settings) return notFound();
  const state = crypto.randomBytes(24).toString("base64url");
  const authorize = new URL(GITHUB_AUTHORIZE);
  authorize.search = new URLSearchParams({
    client_id: settings.clientId,
    redirect_uri: `${siteUrl()}${CALLBACK_PATH}`,
    scope: "repo",
    state,
  }).toString();
  return new Response(null, {
    status: 302,
    headers: {
      Location: authorize.toString(),
      "Set-Cookie": stateCookie(state, STATE_MAX_AGE_S),
      ...deskHeaders("default-src 'none'; frame-ancestors 'none'"),
    },
  });
}

function cookieValue(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

/** The page that hands the result to /admin (on this origin only) and closes; its one script is allowed by its hash. */
export function handoverPage(result: { token: string } | { error: string }): Response {
  const outcome = "token" in result ? "success" : "error";
  const message = `authorization:github:${outcome}:${JSON.stringify({ provider: "github", ...result })}`;
  // `<` escaped: the message sits inside a <script> element.
  const script = `(()=>{const message=${JSON.stringify(message).replace(/</g, "\\u003c")};const origin=location.origin;addEventListener("message",(event)=>{if(event.origin===origin&&event.data==="authorizing:github"&&window.opener)window.opener.postMessage(message,origin)});if(window.opener)window.opener.postMessage("authorizing:github",origin)})();`;
  const hash = crypto.createHash("sha256").update(script).digest("base64");
  const text = "token" in result ? "Signed in. This window closes by itself." : `Sign-in failed: ${result.error}`;
  const html = `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>HSD news desk: sign-in</title></head><body><p>${text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}</p><script>${script}</script></body></html>\n`;
  const headers = deskHeaders(
    `default-src 'none'; script-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  );
  // The window came back from github.com: it must keep its opener to hand the token over.
  headers["Cross-Origin-Opener-Policy"] = "unsafe-none";
  headers["Set-Cookie"] = stateCookie("", 0);
  return new Response(html, {
    status: "token" in result ? 200 : 400,
    headers: { ...headers, "Content-Type": "text/html; charset=utf-8" },
  });
}

/** GET /admin/auth/callback: check `state`, trade the code for a token at GitHub, hand it over. */
export async function finishSignIn(request: Request, fetchToken: typeof fetch = fetch): Promise<Response> {
  const settings = oauthSettings();
  if (!settings) return notFound();
  const url = new URL(request.url);
  const code = url.searchParams.get("code");
  const state = url.searchParams.get("state");
  const expected = cookieValue(request, STATE_COOKIE);
  if (!state || !expected || !sameText(state, expected))
    return handoverPage({ error: "this sign-in was not started here, or took longer than ten minutes; try again" });
  if (!code) return handoverPage({ error: url.searchParams.get("error_description") ?? "GitHub sent no code" });
  const response = await fetchToken(GITHUB_TOKEN, {
    method: "POST",
    headers: { Accept: "application/json", "Content-Type": "application/json" },
    body: JSON.stringify({
      client_id: settings.clientId,
      client_secret: settings.clientSecret,
      code,
      redirect_uri: `${siteUrl()}${CALLBACK_PATH}`,
    }),
  });
  const body = (await response.json().catch(() => ({}))) as { access_token?: string; error_description?: string };
  if (!response.ok || !body.access_token)
    return handoverPage({ error: body.error_description ?? "GitHub did not give a token" });
  return handoverPage({ token: body.access_token });
}
