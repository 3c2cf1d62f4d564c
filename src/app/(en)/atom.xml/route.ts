import { siteFeedRoute } from "@/app/_routes/feeds";

/** Seconds: regenerated within this window when a scheduled article is released (a literal, as Next requires). */
export const revalidate = 300;

export const dynamic = "force-static";

export const { GET } = siteFeedRoute("en", "atom");
