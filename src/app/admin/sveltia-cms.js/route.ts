import { deskScript } from "@/admin/desk";

/** The editor's script, copied from node_modules into the build output by the build, served from this origin (fonts too: src/admin/desk.ts). */
export const dynamic = "force-static";

export function GET(): Response {
  return new Response(deskScript(), {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "X-Robots-Tag": "noindex" },
  });
}
