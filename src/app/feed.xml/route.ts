import { getContentIndex } from "@/content";
import { feedResponse, siteFeed } from "@/publish/feeds";

/** Seconds: regenerated within this window when a scheduled article is released (a literal, as Next requires). */
export const revalidate = 300;

export const dynamic = "force-static";

export function GET() {
  return feedResponse(siteFeed(getContentIndex(), "rss"), "rss");
}
