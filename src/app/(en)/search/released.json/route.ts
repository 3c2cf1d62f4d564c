import { releasedSearchResponse } from "@/app/_routes/staticSearch";

/** Seconds: a scheduled article released since the build is found in the browser within this window (a literal, as Next requires). */
export const revalidate = 60;

export const dynamic = "force-static";

export function GET() {
  return releasedSearchResponse("en");
}
