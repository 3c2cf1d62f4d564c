import { describe, expect, test } from "vitest";
import { newsArticleJsonLd, serializeJsonLd, websiteJsonLd } from "@/publish/structuredData";
import { sharingIndex } from "./sharing-fixture";

interface NewsArticleData {
  "@type": string;
  headline: string;
  datePublished: string;
  dateModified: string;
  publisher: { logo: { url: string } };
  mainEntityOfPage: { "@id": string };
  image: string[];
  articleSection: string[];
}

/** What an HTML parser does with a script element's text: it ends at the first `</script`. */
function scriptTextAsParsed(html: string): string {
  const start = html.indexOf(">") + 1;
  const end = html.toLowerCase().indexOf("</script", start);
  return html.slice(start, end);
}

describe("serializeJsonLd", () => {
  test("a title containing </script> stays inside its script element and parses back unchanged", () => {
    const data = {
      headline: "Closing tags </script><script>alert('x')</script> <!-- in a title",
      note: "a & b > c \u2028 d",
    };
    const html = `<script type="application/ld+json">${serializeJsonLd(data)}</script>`;
    const inside = scriptTextAsParsed(html);
    expect(inside).toBe(serializeJsonLd(data));
    expect(inside).not.toMatch(/[<>]/);
    expect(JSON.parse(inside)).toEqual(data);
  });

  test("the hostile fixture article's NewsArticle keeps its real headline", () => {
    const index = sharingIndex();
    const article = index.bySlug("hostile-title")!;
    const serialized = serializeJsonLd(
      newsArticleJsonLd(
        index.catalogue.inEdition(article, "en"),
        "https://example.org/news/hostile-title",
        "https://example.org/x.png",
        index.catalogue.themesOf(article),
      ),
    );
    expect(serialized.toLowerCase()).not.toContain("</script");
    expect(JSON.parse(serialized).headline).toBe("Closing tags </script><script>alert('title')</script> in a title");
  });
});

describe("structured data content", () => {
  test("NewsArticle carries headline, dates with the Amsterdam offset, author, publisher logo, image and page", () => {
    process.env.SITE_URL = "https://news.example.org/";
    try {
      const index = sharingIndex();
      const article = index.bySlug("municipalities-meet")!;
      const data = newsArticleJsonLd(
        index.catalogue.inEdition(article, "en"),
        "https://news.example.org/news/municipalities-meet",
        "https://news.example.org/news/municipalities-meet/preview.png",
        index.catalogue.themesOf(article),
      ) as unknown as NewsArticleData;
      expect(data["@type"]).toBe("NewsArticle");
      expect(data.headline).toBe("Municipalities meet on safe streets");
      expect(data.datePublished).toBe("2024-08-15T14:30:00+02:00");
      expect(data.dateModified).toBe("2024-08-20T00:00:00+02:00");
      expect(data.publisher.logo.url).toBe("https://news.example.org/logo.png");
      expect(data.mainEntityOfPage["@id"]).toBe("https://news.example.org/news/municipalities-meet");
      expect(data.image).toEqual(["https://news.example.org/news/municipalities-meet/preview.png"]);
      expect(data.articleSection).toEqual(["Urban Security"]);
    } finally {
      delete process.env.SITE_URL;
    }
  });

  test("the home page describes the WebSite and the Organization", () => {
    const graph = (websiteJsonLd("en") as { "@graph": { "@type": string }[] })["@graph"];
    expect(graph.map((node) => node["@type"]).sort()).toEqual(["Organization", "WebSite"]);
  });
});
