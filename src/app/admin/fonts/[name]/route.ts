import { DESK_FONTS, deskFont } from "@/admin/desk";

/** The editor's fonts, copied from node_modules into the build output (src/admin/desk.ts); no other name exists. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { name: string }[] {
  return Object.keys(DESK_FONTS).map((name) => ({ name }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  const font = deskFont((await params).name);
  if (!font) return new Response("Not found\n", { status: 404 });
  return new Response(new Uint8Array(font), { headers: { "Content-Type": "font/woff2", "X-Robots-Tag": "noindex" } });
}
