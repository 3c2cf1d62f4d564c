/**
 * The desk's GitHub sign-in route (src/admin/oauth.ts): off without both settings, a fresh `state`
 * kept in a cookie, a callback with another state refused before GitHub is asked, the secret never
 * in what the browser gets, the token handed to this origin only.
 */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { finishSignIn, startSignIn, STATE_COOKIE } from "@/admin/oauth";

const SITE = "https://news.example.org";

beforeEach(() => {
  process.env.SITE_URL = SITE;
  process.env.GITHUB_OAUTH_CLIENT_ID = "the-client-id";
  process.env.GITHUB_OAUTH_CLIENT_SECRET = "the-client-secret";
});
afterEach(() => {
  delete process.env.SITE_URL;
  delete process.env.GITHUB_OAUTH_CLIENT_ID;
  delete process.env.GITHUB_OAUTH_CLIENT_SECRET;
});

function stateOf(response: Response): string {
  return /=([^;]*)/.exec(response.headers.get("set-cookie") ?? "")?.[1] ?? "";
}

function callback(query: string, cookie?: string): Request {
  return new Request(`${SITE}/admin/auth/callback?${query}`, { headers: cookie ? { cookie } : {} });
}

describe("sign-in with GitHub", () => {
  test("is off (404) unless both the client id and the secret are set", async () => {
    delete process.env.GITHUB_OAUTH_CLIENT_SECRET;
    expect(startSignIn().status).toBe(404);
    expect((await finishSignIn(callback("code=x&state=y"))).status).toBe(404);
  });

  test("sends the editor to GitHub with a fresh state, kept in an HttpOnly cookie of this route; never the secret", () => {
    const first = startSignIn();
    expect(first.status).toBe(302);
    const location = new URL(first.headers.get("location") ?? "");
    expect(location.origin + location.pathname).toBe("https://github.com/login/oauth/authorize");
    expect(location.searchParams.get("client_id")).toBe("the-client-id");
    expect(location.searchParams.get("redirect_uri")).toBe(`${SITE}/admin/auth/callback`);
    expect(location.searchParams.get("state")).toBe(stateOf(first));
    expect(stateOf(first).length).toBeGreaterThanOrEqual(32);
    expect(first.headers.get("set-cookie")).toMatch(/HttpOnly; SameSite=Lax; Secure$/);
    expect(first.headers.get("location")).not.toContain("the-client-secret");
    expect(stateOf(startSignIn())).not.toBe(stateOf(first));
  });

  test("refuses a callback whose state is missing or not this browser's, without asking GitHub", async () => {
    let asked = 0;
    const github = (async () => {
      asked += 1;
      return Response.json({ access_token: "gho_token" });
    }) as typeof fetch;
    for (const request of [
      callback("code=c"),
      callback("code=c&state=abc"),
      callback("code=c&state=abc", `${STATE_COOKIE}=abd`),
    ]) {
      const response = await finishSignIn(request, github);
      expect(response.status).toBe(400);
      expect(await response.text()).not.toContain("gho_token");
    }
    expect(asked).toBe(0);
  });

  test("trades the code for a token with the secret, server to server, and hands the token to this origin only", async () => {
    let sent: Record<string, string> = {};
    const github = (async (_url: string, init: RequestInit) => {
      sent = JSON.parse(String(init.body));
      return Response.json({ access_token: "gho_token" });
    }) as unknown as typeof fetch;
    const response = await finishSignIn(callback("code=the-code&state=s3", `other=1; ${STATE_COOKIE}=s3`), github);
    expect(sent).toMatchObject({ client_id: "the-client-id", client_secret: "the-client-secret", code: "the-code" });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('authorization:github:success:{\\"provider\\":\\"github\\",\\"token\\":\\"gho_token\\"}');
    expect(html).not.toContain("the-client-secret");
    expect(html).toContain("postMessage(message,origin)");
    expect(html).not.toContain('"*"');
    // Its one inline script runs by its hash; nothing else does.
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(response.headers.get("set-cookie")).toMatch(new RegExp(`^${STATE_COOKIE}=; .*Max-Age=0`));
  });
});
