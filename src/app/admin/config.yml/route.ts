import { deskConfigYaml } from "@/admin/desk";

/** The desk's configuration, generated at build (and on every request in `next dev`) from the contract. */
export const dynamic = "force-static";

export function GET(): Response {
  return new Response(deskConfigYaml(), { headers: { "Content-Type": "application/yaml; charset=utf-8", "X-Robots-Tag": "noindex", "Cache-Control": "no-cache" } });
}
