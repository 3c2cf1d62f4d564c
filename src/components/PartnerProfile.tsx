import type { Partner } from "@/content/model";
import type { Edition } from "@/lib/editions";
import { translator } from "@/i18n/translator";
import styles from "./PartnerProfile.module.css";

interface PartnerProfileProps {
  partner: Pick<Partner, "name" | "url" | "logo">;
  edition: Edition;
}

/** A partner's logo (when there is one) and a link to its own site, under the page's heading. */
export function PartnerProfile({ partner, edition }: PartnerProfileProps) {
  const t = translator(edition, "partnerProfile");
  return (
    <div className={styles.profile}>
      {partner.logo && (
        // eslint-disable-next-line @next/next/no-img-element -- partners' logos have no known dimensions
        <img src={partner.logo} alt={t("logoAlt", { name: partner.name })} className={styles.logo} />
      )}
      <p className={styles.site}>
        {t("website")}{" "}
        <a href={partner.url} rel="noopener">
          {new URL(partner.url).host}
        </a>
      </p>
    </div>
  );
}
