import { finishSignIn } from "@/admin/oauth";

/** Where GitHub sends the editor back after signing in (src/admin/oauth.ts). */
export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return finishSignIn(request);
}
