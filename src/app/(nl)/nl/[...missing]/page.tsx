import { notFound } from "next/navigation";

/**
 * Every address under /nl that no Dutch route has: the Dutch 404 page (app/(nl)/not-found.tsx),
 * rendered on request and never cached (src/cache-handler.mjs keeps no 404). Without it such an
 * address would get the English global 404.
 */
export const dynamicParams = true;

export function generateStaticParams(): { missing: string[] }[] {
  return [];
}

export default function MissingDutchPage(): never {
  notFound();
}
