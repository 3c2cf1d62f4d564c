import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/PageHeading";
import { getContentIndex } from "@/content";
import { homePath, listingPath, NEWS_LISTING } from "@/lib/routes";

export const metadata: Metadata = {
  title: "Page not found",
  robots: { index: false },
};

export default function NotFound() {
  return (
    <>
      <PageHeading title="Page not found" intro="There is no page at this address. It may have moved, or the link may be mistyped." />
      {getContentIndex().preview && (
        <p>
          <strong>Preview:</strong> an article saved in the last few seconds opens when you reload this page; the development server notices new
          files one request late.
        </p>
      )}
      <ul>
        <li>
          <Link href={listingPath(NEWS_LISTING)}>All latest news</Link>
        </li>
        <li>
          <Link href={homePath()}>The home page</Link>
        </li>
      </ul>
    </>
  );
}
