import { deskScript } from "@/admin/desk";

/** The editor's script, copied from node_modules into the build output by the build, served from this origin. */
export const dynamic = "force-static";

export function GET(): Response {
  return new Response(new Uint8Array(deskScript()), { headers: { "Content-Type": "text/javascript; charset=utf-8", "X-Robots-Tag": "noindex" } });
}
