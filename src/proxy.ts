import { NextResponse, type NextRequest } from "next/server";
import { getContentIndex } from "@/content";
import { verdictFor } from "@/content/gate";
import { isPageImageRequest } from "@/lib/photoAddresses";
import { nowherePath } from "@/lib/routes";

const BAD_REQUEST = () =>
  new NextResponse("Bad request: the address is not valid.\n", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * Runs before routing, only for the addresses in `config.matcher`:
 * - answers 400 to a path with a malformed percent escape (`%zz`, a lone `%`,
 *   half a UTF-8 sequence): Next itself decodes such a path into a 500 error;
 * - answers 400 to an image optimizer request the pages never make (src/lib/photoAddresses.ts);
 * - in production, lets through only listing pages, preview cards and calendar
 *   files that exist right now, in either edition (src/content/gate.ts): the
 *   routes render those on demand, so anything else is turned away before
 *   anything renders, with the 404 page of its edition. (Next would not keep
 *   those 404s anyway: src/cache-handler.mjs.)
 */
export function proxy(request: NextRequest) {
  // The image optimizer: only the requests the pages make, spelled as they spell them (issue 19).
  if (request.nextUrl.pathname === "/_next/image") return isPageImageRequest(request.nextUrl.searchParams) ? NextResponse.next() : BAD_REQUEST();
  const rawPath = request.url.replace(/^[a-z]+:\/\/[^/]+/i, "").split("?", 1)[0];
  let segments: string[];
  try {
    segments = rawPath.split("/").filter(Boolean).map(decodeURIComponent);
  } catch {
    return BAD_REQUEST();
  }
  const verdict = verdictFor(getContentIndex(), segments);
  // The editors' preview renders any address, drafts and broken files included; it only follows redirects.
  if (process.env.NODE_ENV === "development" && verdict.kind !== "redirect") return NextResponse.next();
  switch (verdict.kind) {
    case "serve":
      return NextResponse.next();
    case "redirect":
      // Next turns a same-origin Location into a path, as its own redirects send it.
      return NextResponse.redirect(new URL(verdict.location, request.url), 308);
    case "missing-page":
      return NextResponse.rewrite(new URL(nowherePath(verdict.edition), request.url));
    case "missing-file":
      return new NextResponse("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
}

export const config = {
  /*
   * Only the little-visited routes that render on demand, and paths with a percent sign (a malformed
   * escape can be anywhere). Not the articles themselves: running this for every article request
   * cost as much again as serving the page (measured: 0.8-0.9 ms of server CPU per cached article
   * without it, 1.7-2.1 ms with it), so the article page asks the same gate itself. Literal patterns:
   * Next reads them from this file without running it (tests/unit/routes.test.ts checks them against src/lib/routes.ts).
   */
  matcher: [
    "/news/page/:page",
    "/news/:slug/preview.png",
    "/news/:slug/event.ics",
    "/events/page/:page",
    "/themes/:id/page/:page",
    "/partners/:id/page/:page",
    "/nl/nieuws/pagina/:page",
    "/nl/nieuws/:slug/preview.png",
    "/nl/evenementen/pagina/:page",
    "/nl/themas/:id/pagina/:page",
    "/nl/partners/:id/pagina/:page",
    "/:path(.*%.*)",
    "/_next/image",
  ],
};
