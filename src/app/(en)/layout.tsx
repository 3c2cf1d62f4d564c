import type { ReactNode } from "react";
import { EditionDocument, layoutMetadata } from "@/app/_routes/document";
import "../globals.css";

/** The root layout of the English edition: <html lang="en">. */
export const metadata = layoutMetadata("en");
export { viewport } from "@/app/_routes/document";

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <EditionDocument edition={"en"}>{children}</EditionDocument>;
}
