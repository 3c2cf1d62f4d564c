import { NotFoundContent, notFoundMetadata } from "@/app/_routes/notFound";

/** The English 404 page, for an address of the English edition that has no page (notFound() in its routes). */
export const metadata = notFoundMetadata("en");

export default function NotFound() {
  return <NotFoundContent edition={"en"} />;
}
