import type { Metadata } from "next";
import { PageHeading } from "@/components/PageHeading";
import { Prose } from "@/components/Prose";
import { formatDisplayDate, parseContentDate } from "@/lib/dates";
import { site } from "@/lib/site";

export const metadata: Metadata = {
  title: "Accessibility statement",
  description: `How ${site.newsTitle} meets WCAG 2.1 level AA, how that is tested, and how to report a problem.`,
};

function reviewedOn(): { display: string; machine: string } {
  const parsed = parseContentDate(site.accessibilityReviewed);
  if (!parsed.ok) throw new Error(`site.accessibilityReviewed: ${parsed.reason}`);
  return { display: formatDisplayDate(parsed.value), machine: parsed.value.day };
}

export default function AccessibilityPage() {
  const reviewed = reviewedOn();
  const reportSubject = encodeURIComponent(`Accessibility problem on ${site.newsTitle}`);
  return (
    <>
      <PageHeading title="Accessibility statement" />
      <Prose>
        <p>
          {site.name} wants everyone to be able to read its news, whatever device, browser or assistive technology they use. This
          statement covers every page of {site.newsTitle}.
        </p>

        <h2>The standard we meet</h2>
        <p>
          The site is designed to meet the{" "}
          <a href="https://www.w3.org/TR/WCAG21/">Web Content Accessibility Guidelines (WCAG) 2.1</a> at level AA, the standard Dutch
          public-sector websites must meet (EN 301 549).
        </p>
        <ul>
          <li>Every page can be used with a keyboard alone; a &ldquo;Skip to main content&rdquo; link comes first and focus is always visible.</li>
          <li>Pages reflow to a 320 pixel wide screen without sideways scrolling, and text can be enlarged to 200% without loss.</li>
          <li>Headings, landmarks and link texts describe the page for screen readers; images carry a text alternative.</li>
          <li>Text and controls meet the WCAG contrast ratios.</li>
        </ul>

        <h2>How we test</h2>
        <ul>
          <li>
            Automated checks run on every change, in a real browser against a production build: axe-core with the WCAG 2.0 and 2.1 level A
            and AA rules and its best-practice rules, the W3C Nu HTML Checker, and Lighthouse.
          </li>
          <li>A keyboard test tabs through an article page, and every page type is checked at 320 pixels wide and with text at 200%.</li>
          <li>Automated tools find only part of the problems; we also review new page types by hand with a keyboard and a screen reader.</li>
        </ul>
        <p>
          This statement was last reviewed on <time dateTime={reviewed.machine}>{reviewed.display}</time>.
        </p>

        <h2>Known limitations</h2>
        <p>
          Articles are written by editors. Images in older articles may have a short text alternative, and links to partners&rsquo; own
          websites lead to sites we do not control.
        </p>

        <h2>Report a problem</h2>
        <p>
          If something on this site is hard or impossible for you to use, please tell us: e-mail{" "}
          <a href={`mailto:${site.accessibilityContact}?subject=${reportSubject}`}>{site.accessibilityContact}</a>. Say which page
          it is and what went wrong; we reply within five working days and fix problems as soon as we can.
        </p>
      </Prose>
    </>
  );
}
