import { getPublicationView, photoPreviewResponse } from "@/content";

/** None is made ahead: each crop is cut on its first request and then served from Next's cache. */
export const dynamic = "force-static";
export const dynamicParams = true;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return photoPreviewResponse(getPublicationView().bySlug((await params).slug));
}
