import type { Theme } from "@/content/model";
import { themeFeedPath } from "@/lib/routes";
import { FeedLink } from "./FeedLink";

interface ThemeLeadProps {
  theme: Pick<Theme, "id" | "name" | "description">;
}

/** Above a theme's cards: its description, when it has one, and its own feed. */
export function ThemeLead({ theme }: ThemeLeadProps) {
  return (
    <>
      {theme.description && <p>{theme.description}</p>}
      <FeedLink href={themeFeedPath(theme.id)} label={`${theme.name} news feed (RSS)`} />
    </>
  );
}
