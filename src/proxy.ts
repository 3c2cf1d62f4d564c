import { NextResponse, type NextRequest } from "next/server";

/**
 * Answers 400 to a path with a malformed percent escape (`%zz`, a lone `%`,
 * half a UTF-8 sequence). Next itself decodes such a path into a 500 error;
 * a bad request is the client's mistake, not the server's.
 */
export function proxy(request: NextRequest) {
  const rawPath = request.url.replace(/^[a-z]+:\/\/[^/]+/i, "").split("?", 1)[0];
  try {
    decodeURIComponent(rawPath);
  } catch {
    return new NextResponse("Bad request: the address is not valid.\n", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return NextResponse.next();
}

export const config = {
  // Only paths with a percent sign can hold a malformed escape: every other request skips the proxy.
  matcher: "/:path(.*%.*)",
};
