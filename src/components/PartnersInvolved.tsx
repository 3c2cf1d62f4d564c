import Link from "next/link";
import type { Partner } from "@/content/model";
import { listingPath, partnerListing } from "@/lib/routes";
import { TitledSection } from "./TitledSection";
import styles from "./PartnersInvolved.module.css";

interface PartnersInvolvedProps {
  partners: readonly Pick<Partner, "id" | "name" | "url">[];
}

/** "HSD Partners involved": each partner's page on this site, and its own site. Absent when there are none. */
export function PartnersInvolved({ partners }: PartnersInvolvedProps) {
  if (partners.length === 0) return null;
  return (
    <TitledSection id="partners-involved" title="HSD Partners involved" className={styles.partners} headingClassName={styles.heading}>
      <ul className={styles.list}>
        {partners.map((partner) => (
          <li key={partner.id}>
            <Link href={listingPath(partnerListing(partner.id))} prefetch={false} className={styles.link}>
              {partner.name}
            </Link>{" "}
            <a href={partner.url} className={styles.site} rel="noopener">
              (website<span className="visually-hidden"> of {partner.name}</span>)
            </a>
          </li>
        ))}
      </ul>
    </TitledSection>
  );
}
