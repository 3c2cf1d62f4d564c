import Link from "next/link";
import type { Partner } from "@/content/model";
import { listingPath, partnerListing } from "@/lib/routes";
import styles from "./PartnerIndex.module.css";

interface PartnerIndexProps {
  partners: readonly Pick<Partner, "id" | "name">[];
}

/** Every HSD partner named in the news, linking to its page. */
export function PartnerIndex({ partners }: PartnerIndexProps) {
  return (
    <ul className={styles.list}>
      {partners.map((partner) => (
        <li key={partner.id}>
          <Link href={listingPath(partnerListing(partner.id))} prefetch={false} className={styles.link}>
            {partner.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
