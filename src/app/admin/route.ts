import { DESK_CONTENT_SECURITY_POLICY, deskHeaders, deskPage } from "@/admin/desk";

/** /admin: the editing desk (Sveltia CMS), with its own headers (src/admin/desk.ts). */
export const dynamic = "force-static";

export function GET(): Response {
  return new Response(deskPage(), {
    headers: { "Content-Type": "text/html; charset=utf-8", ...deskHeaders(DESK_CONTENT_SECURITY_POLICY) },
  });
}
