import type { Theme } from "@/content/model";
import type { Edition } from "@/lib/editions";
import { themeFeedPath } from "@/lib/routes";
import { translator } from "@/i18n/translator";
import { FeedLink } from "./FeedLink";

interface ThemeLeadProps {
  theme: Pick<Theme, "id" | "name" | "description">;
  edition: Edition;
}

/** Above a theme's cards: its description, when it has one, and its own feed. */
export function ThemeLead({ theme, edition }: ThemeLeadProps) {
  return (
    <>
      {theme.description && <p>{theme.description}</p>}
      <FeedLink
        href={themeFeedPath(edition, theme.id)}
        label={translator(edition, "theme")("feedLink", { theme: theme.name })}
      />
    </>
  );
}
