import type { Partner } from "@/content/model";
import styles from "./PartnerProfile.module.css";

interface PartnerProfileProps {
  partner: Pick<Partner, "name" | "url" | "logo">;
}

/** A partner's logo (when there is one) and a link to its own site, under the page's heading. */
export function PartnerProfile({ partner }: PartnerProfileProps) {
  return (
    <div className={styles.profile}>
      {partner.logo && (
        // eslint-disable-next-line @next/next/no-img-element -- partners' logos have no known dimensions
        <img src={partner.logo} alt={`${partner.name} logo`} className={styles.logo} />
      )}
      <p className={styles.site}>
        Website:{" "}
        <a href={partner.url} rel="noopener">
          {new URL(partner.url).host}
        </a>
      </p>
    </div>
  );
}
