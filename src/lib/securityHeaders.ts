/**
 * The security headers of the site, in one place: the front door (src/server/frontDoor.ts) sets them
 * on every answer, before Next makes it or on the ones it makes itself (405s, 404s), and the
 * documented nginx sends them with its own 405 (scripts/lib/nginx.ts).
 */
/**
 * The Content-Security-Policy of every response. script-src keeps 'unsafe-inline'
 * because prerendered (and regenerated) pages inline Next's RSC payload scripts,
 * which differ per page and per build: a static header cannot list their hashes and
 * a nonce needs every page rendered per request (see docs/QUALITY.md). Everything
 * else is locked to this origin; articles may show https images.
 */
export const CONTENT_SECURITY_POLICY = [
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
const disabledFeatures = [
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

/*
 * Files, not pages: anything whose last path segment has a dot (every file under public/, such as
 * the partner logos editors add as SVG, and the feeds, sitemap and images the app makes), outside
 * /_next/. Opened directly, such a file is a document of its own: an SVG with a <script> would run
 * on this origin under the site's policy, which allows inline script. This policy replaces the
 * site's for them: a sandbox (an opaque origin, no script, no forms, no plugins) and nothing loaded
 * but its own images and inline styles. Pages never get it: slugs and ids have no dots.
 */
export const FILE_CONTENT_SECURITY_POLICY =
  "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const securityHeaders = [
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: disabledFeatures.map((feature) => `${feature}=()`).join(", ") },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
