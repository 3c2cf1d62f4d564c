import { NotFoundContent, notFoundMetadata } from "@/app/_routes/notFound";

/** The Dutch 404 page, for an address of the Dutch edition that has no page (notFound() in its routes). */
export const metadata = notFoundMetadata("nl");

export default function NotFound() {
  return <NotFoundContent edition={"nl"} />;
}
