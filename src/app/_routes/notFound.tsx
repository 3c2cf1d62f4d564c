import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/PageHeading";
import { getCatalogue } from "@/content";
import { otherEdition, type Edition } from "@/lib/editions";
import { homePath, listingPath, NEWS_LISTING } from "@/lib/routes";
import { translator } from "@/i18n/translator";

export function notFoundMetadata(edition: Edition): Metadata {
  return { title: translator(edition, "notFound")("title"), robots: { index: false } };
}

/**
 * An edition's 404 page. It has no language switch (there is no same page in the other edition,
 * and a switch must lead to the same page, not the home page); instead one line in the other
 * language, marked with its `lang`, leads to that edition's home page, for a reader who mistyped
 * an address of the other edition.
 */
export function NotFoundContent({ edition }: { edition: Edition }) {
  const t = translator(edition, "notFound");
  const other = otherEdition(edition);
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      {getCatalogue().preview && <p>{t.rich("previewNote", { strong: (chunks) => <strong>{chunks}</strong> })}</p>}
      <ul>
        <li>
          <Link href={listingPath(edition, NEWS_LISTING)}>{t("allNews")}</Link>
        </li>
        <li>
          <Link href={homePath(edition)}>{t("home")}</Link>
        </li>
      </ul>
      <p lang={other}>
        {translator(other, "notFound").rich("otherLanguage", {
          link: (chunks) => <Link href={homePath(other)}>{chunks}</Link>,
        })}
      </p>
    </>
  );
}
