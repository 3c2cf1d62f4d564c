import { siteFeedRoute } from "@/app/_routes/feeds";

export const revalidate = 300;

export const dynamic = "force-static";

export const { GET } = siteFeedRoute("en", "rss");
