/**
 * The security headers of the site's responses, set by next.config.ts on every response and by the
 * editing desk's pages (src/admin/desk.ts) for themselves, with the desk's policy in place of the
 * pages' one: a header a route sets never replaces one next.config.ts sets.
 */

/**
 * The Content-Security-Policy of every response. script-src keeps 'unsafe-inline'
 * because prerendered (and regenerated) pages inline Next's RSC payload scripts,
 * which differ per page and per build: a static header cannot list their hashes and
 * a nonce needs every page rendered per request (see docs/QUALITY.md). Everything
 * else is locked to this origin; articles may show https images.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  // Inline event handlers (onclick="...") never run: neither React nor Next writes any, and
  // this stops a handler that got past the sanitizer even though inline <script> is allowed.
  "script-src-attr 'none'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Browser features the site never uses, switched off for it and anything it could embed. */
export const disabledFeatures = [
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "display-capture",
  "encrypted-media",
  "fullscreen",
  "geolocation",
  "gyroscope",
  "hid",
  "idle-detection",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "picture-in-picture",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

export const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: disabledFeatures.map((feature) => `${feature}=()`).join(", ") },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** The desk's pages, which set their own headers (a path pattern, without the leading slash): /admin and its sign-in route. */
export const DESK_PAGES = "admin(?:/auth(?:/callback)?)?";
