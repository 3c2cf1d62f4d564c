import type { ReactNode } from "react";
import { EditionDocument, layoutMetadata } from "@/app/_routes/document";
import "../globals.css";

/** The root layout of the Dutch edition: <html lang="nl">. */
export const metadata = layoutMetadata("nl");
export { viewport } from "@/app/_routes/document";

export default function DutchLayout({ children }: { children: ReactNode }) {
  return <EditionDocument edition={"nl"}>{children}</EditionDocument>;
}
