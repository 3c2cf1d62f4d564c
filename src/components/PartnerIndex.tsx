import Link from "next/link";
import type { Partner } from "@/content/model";
import { listingPath, partnerListing } from "@/lib/routes";
import { PageHeading } from "./PageHeading";
import styles from "./PartnerIndex.module.css";

interface PartnerIndexProps {
  partners: readonly Pick<Partner, "id" | "name">[];
}

/** /partners: every HSD partner named in the news, linking to its page. */
export function PartnerIndex({ partners }: PartnerIndexProps) {
  return (
    <>
      <PageHeading title="HSD Partners" intro="Companies, government and knowledge institutions in the news." />
      <ul className={styles.list}>
        {partners.map((partner) => (
          <li key={partner.id}>
            <Link href={listingPath(partnerListing(partner.id))} prefetch={false} className={styles.link}>
              {partner.name}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
