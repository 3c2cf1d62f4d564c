import { NotFoundContent, notFoundMetadata } from "@/app/_routes/notFound";

/**
 * The Dutch 404 page as a document rendered at build: the front door (src/server/frontDoor.ts)
 * sends it, with status 404, for every Dutch address that names nothing, this one included.
 */
export const metadata = notFoundMetadata("nl");
export const dynamic = "force-static";

export default function DutchNotFoundDocument() {
  return <NotFoundContent edition={"nl"} />;
}
