import { serializeJsonLd } from "@/publish/structuredData";

interface JsonLdProps {
  data: Record<string, unknown>;
}

/** schema.org data as a JSON-LD script; the serializer keeps any text from closing the element. */
export function JsonLd({ data }: JsonLdProps) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
