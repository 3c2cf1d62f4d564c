import Link from "next/link";
import type { Partner } from "@/content/model";
import type { Edition } from "@/lib/editions";
import { listingPath, partnerListing } from "@/lib/routes";
import { translator } from "@/i18n/translator";
import { TitledSection } from "./TitledSection";
import styles from "./PartnersInvolved.module.css";

interface PartnersInvolvedProps {
  partners: readonly Pick<Partner, "id" | "name" | "url">[];
  edition: Edition;
}

/** "HSD Partners involved": each partner's page on this site, and its own site. Absent when there are none. */
export function PartnersInvolved({ partners, edition }: PartnersInvolvedProps) {
  if (partners.length === 0) return null;
  const t = translator(edition, "partnersInvolved");
  return (
    <TitledSection
      id="partners-involved"
      title={t("heading")}
      className={styles.partners}
      headingClassName={styles.heading}
    >
      <ul className={styles.list}>
        {partners.map((partner) => (
          <li key={partner.id}>
            <Link href={listingPath(edition, partnerListing(partner.id))} prefetch={false} className={styles.link}>
              {partner.name}
            </Link>{" "}
            <a href={partner.url} className={styles.site} rel="noopener">
              {t.rich("website", {
                name: partner.name,
                hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
              })}
            </a>
          </li>
        ))}
      </ul>
    </TitledSection>
  );
}
