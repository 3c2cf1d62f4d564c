import { getContentIndex } from "@/content";
import { feedResponse, themeFeed } from "@/publish/feeds";

/** Seconds: regenerated within this window when a scheduled article is released (a literal, as Next requires). */
export const revalidate = 300;

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { id: string }[] {
  return getContentIndex().themes.map((theme) => ({ id: theme.id }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const index = getContentIndex();
  const theme = index.theme((await params).id);
  if (!theme) return new Response("Not found", { status: 404 });
  return feedResponse(themeFeed(index, theme), "rss");
}
