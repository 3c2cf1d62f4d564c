import { site } from "@/lib/site";

interface PreviewCardProps {
  title: string;
  /** The date line, already formatted; absent on the site's own card. */
  date?: string;
  /** Small text above the title, e.g. the site's short name or "News". */
  kicker: string;
}

/**
 * The 1200x630 link-preview card drawn by next/og (Satori). Satori reads only
 * inline styles and flexbox, so this one component has no CSS Module; it uses
 * the brand colours from site settings.
 */
export function PreviewCard({ title, date, kicker }: PreviewCardProps) {
  // Long titles shrink so that up to four lines fit the card.
  const titleSize = title.length > 110 ? 48 : title.length > 70 ? 58 : 68;
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: site.brandColor,
        color: "#ffffff",
        borderBottom: `16px solid ${site.accentColor}`,
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 20, fontSize: 30, fontWeight: 700 }}>
        <div
          style={{
            display: "flex",
            padding: "6px 14px",
            background: site.accentColor,
            borderRadius: 6,
            letterSpacing: 2,
          }}
        >
          {site.shortName}
        </div>
        <div style={{ display: "flex" }}>{kicker}</div>
      </div>
      <div
        style={{
          display: "flex",
          fontSize: titleSize,
          fontWeight: 700,
          lineHeight: 1.15,
          maxHeight: titleSize * 1.15 * 4,
          overflow: "hidden",
        }}
      >
        {title}
      </div>
      <div style={{ display: "flex", justifyContent: "space-between", fontSize: 28, color: "#d9e0e8" }}>
        <div style={{ display: "flex" }}>{date ?? ""}</div>
        <div style={{ display: "flex" }}>{site.name}</div>
      </div>
    </div>
  );
}
