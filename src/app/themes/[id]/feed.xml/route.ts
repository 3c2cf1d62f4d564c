import { getContentIndex } from "@/content";
import { feedResponse, themeFeed } from "@/lib/feeds";

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
