import { releasedSearchResponse } from "@/app/_routes/staticSearch";

/** Per request: it depends on the clock; the response says how long it may be kept. */
export const dynamic = "force-dynamic";

export function GET() {
  return releasedSearchResponse("nl");
}
