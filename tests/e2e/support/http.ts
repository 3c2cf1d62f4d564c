/** What tests compare of two HTTP answers. */

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
