import Link from "next/link";
import type { Partner } from "@/content/model";
import type { Edition } from "@/lib/editions";
import { listingPath, partnerListing } from "@/lib/routes";
import { translator } from "@/i18n/translator";
import { PageHeading } from "./PageHeading";
import styles from "./PartnerIndex.module.css";

interface PartnerIndexProps {
  partners: readonly Pick<Partner, "id" | "name">[];
  edition: Edition;
}

/** /partners: every HSD partner named in the news, linking to its page. */
export function PartnerIndex({ partners, edition }: PartnerIndexProps) {
  const t = translator(edition, "partners");
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <ul className={styles.list}>
        {partners.map((partner) => (
          <li key={partner.id}>
            <Link href={listingPath(edition, partnerListing(partner.id))} prefetch={false} className={styles.link}>
              {partner.name}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
