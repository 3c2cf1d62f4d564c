import { ImageResponse } from "next/og";
import { site } from "@/lib/site";

/** The publisher's logo for structured data and feeds: the header's HSD mark, 512 px square. */
export const dynamic = "force-static";

export function GET() {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        background: site.brandColor,
      }}
    >
      <div
        style={{
          display: "flex",
          padding: "28px 44px",
          background: site.accentColor,
          color: "#ffffff",
          borderRadius: 24,
          fontSize: 150,
          fontWeight: 700,
          letterSpacing: 8,
        }}
      >
        {site.shortName}
      </div>
    </div>,
    { width: 512, height: 512 },
  );
}
