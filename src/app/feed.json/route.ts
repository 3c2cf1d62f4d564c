import { getContentIndex } from "@/content";
import { feedResponse, siteFeed } from "@/lib/feeds";

export const dynamic = "force-static";

export function GET() {
  return feedResponse(siteFeed(getContentIndex(), "json"), "json");
}
