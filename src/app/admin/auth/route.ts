import { startSignIn } from "@/admin/oauth";

/** Sign-in with GitHub for the editing desk; answers 404 unless the OAuth app is set up (src/admin/oauth.ts). */
export const dynamic = "force-dynamic";

export function GET(): Response {
  return startSignIn();
}
