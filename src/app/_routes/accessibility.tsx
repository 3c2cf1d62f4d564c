import type { Metadata } from "next";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { PageHeading } from "@/components/PageHeading";
import { Prose } from "@/components/Prose";
import { formatProseDate, parseContentDate } from "@/lib/dates";
import { otherEdition, type Edition } from "@/lib/editions";
import { accessibilityPath } from "@/lib/routes";
import { site } from "@/lib/site";
import { translator } from "@/i18n/translator";
import { pageMetadata } from "@/publish/metadata";

function reviewedOn(edition: Edition): { display: string; machine: string } {
  const parsed = parseContentDate(site.accessibilityReviewed);
  if (!parsed.ok) throw new Error(`site.accessibilityReviewed: ${parsed.reason}`);
  return { display: formatProseDate(parsed.value, edition), machine: parsed.value.day };
}

/**
 * The accessibility statement of an edition: the same four sections and facts in both languages
 * (the Dutch follows the main parts of the Dutch model statement and claims no more than the
 * English), every sentence a message of the edition's catalogue.
 */
export function accessibilityRoute(edition: Edition) {
  const t = translator(edition, "a11y");
  const metadata: Metadata = pageMetadata({
    edition,
    title: t("title"),
    description: t("description"),
    page: { kind: "accessibility" },
  });

  function AccessibilityPage() {
    const reviewed = reviewedOn(edition);
    const reportSubject = encodeURIComponent(t("mailSubject"));
    // An English name inside the Dutch text (WCAG 3.1.2); the English text has no such part.
    const english = (chunks: React.ReactNode) => <span lang="en">{chunks}</span>;
    return (
      <>
        <LanguageSwitch edition={edition} href={accessibilityPath(otherEdition(edition))} />
        <PageHeading title={t("title")} />
        <Prose>
          <p>{t("intro")}</p>

          <h2>{t("standardHeading")}</h2>
          <p>
            {t.rich("standardText", {
              wcag: (chunks) => <a href="https://www.w3.org/TR/WCAG21/">{chunks}</a>,
              en: english,
            })}
          </p>
          <ul>
            <li>{t("standardKeyboard")}</li>
            <li>{t("standardReflow")}</li>
            <li>{t("standardStructure")}</li>
            <li>{t("standardContrast")}</li>
          </ul>

          <h2>{t("testingHeading")}</h2>
          <ul>
            <li>{t.rich("testingAutomated", { en: english })}</li>
            <li>{t("testingKeyboard")}</li>
            <li>{t("testingManual")}</li>
          </ul>
          <p>
            {t.rich("testingReviewed", {
              date: reviewed.display,
              time: (chunks) => <time dateTime={reviewed.machine}>{chunks}</time>,
            })}
          </p>

          <h2>{t("limitsHeading")}</h2>
          <p>{t("limitsText")}</p>

          <h2>{t("reportHeading")}</h2>
          <p>
            {t.rich("reportText", {
              email: site.accessibilityContact,
              mail: (chunks) => <a href={`mailto:${site.accessibilityContact}?subject=${reportSubject}`}>{chunks}</a>,
            })}
          </p>
        </Prose>
      </>
    );
  }

  return { metadata, Page: AccessibilityPage };
}
