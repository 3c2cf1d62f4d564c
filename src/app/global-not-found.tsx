import type { Metadata } from "next";
import { EditionDocument, layoutMetadata } from "@/app/_routes/document";
import { NotFoundContent } from "@/app/_routes/notFound";
import { translator } from "@/i18n/translator";
import "./globals.css";

/**
 * The 404 page of an address that matches no route at all. With two root layouts (one per
 * edition) Next has no layout to render such a 404 in, so this file is the whole document. It is
 * English, the default edition's, with one Dutch line to the Dutch home page (NotFoundContent);
 * an unknown address under /nl gets the Dutch 404 from app/(nl)/nl/[...missing].
 */
export const metadata: Metadata = {
  ...layoutMetadata("en"),
  // No layout's title template applies here: the title is written out as the template writes it.
  title: { absolute: translator("en", "meta")("titleTemplate").replace("%s", translator("en", "notFound")("title")) },
  robots: { index: false },
};
export { viewport } from "@/app/_routes/document";

export default function GlobalNotFound() {
  return (
    <EditionDocument edition="en">
      <NotFoundContent edition="en" />
    </EditionDocument>
  );
}
