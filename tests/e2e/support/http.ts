/** What tests compare of two HTTP answers, and requests fetch will not make. */
import http from "node:http";

/** The headers a reader's browser or a cache acts on: two answers that must be the same may differ in no other (the date and length may). */
const MEANINGFUL_HEADERS = [
  "content-type",
  "cache-control",
  "content-security-policy",
  "strict-transport-security",
  "x-content-type-options",
  "x-frame-options",
  "referrer-policy",
  "permissions-policy",
  "cross-origin-opener-policy",
];

export function comparableHeaders(response: Response): Record<string, string | null> {
  return Object.fromEntries(MEANINGFUL_HEADERS.map((name) => [name, response.headers.get(name)]));
}

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request through node:http, for what fetch will not send (TRACE, a forged X-Forwarded-Host). */
export function rawRequest(
  url: string,
  { method = "GET", headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
    });
    request.on("error", reject);
    request.end(body);
  });
}
