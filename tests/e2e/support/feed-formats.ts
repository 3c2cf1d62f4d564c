/**
 * The elements each feed format may contain, by namespace (null: no namespace). A feed holding any
 * other element (an XHTML <script> smuggled out of a CDATA section, say) fails the feed tests.
 */
export type ElementAllowList = ReadonlyMap<string | null, ReadonlySet<string>>;

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

export const ATOM_NS = "http://www.w3.org/2005/Atom";
export const CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
export const DC_NS = "http://purl.org/dc/elements/1.1/";

/** RSS 2.0 (rssboard.org/rss-specification) with atom:link, content:encoded and dc:creator. */
export const RSS_ELEMENTS: ElementAllowList = new Map([
  [
    null,
    words(`rss channel title link description language copyright managingEditor webMaster pubDate lastBuildDate
      category generator docs ttl image url width height item author comments enclosure guid source`),
  ],
  [ATOM_NS, words("link")],
  [CONTENT_NS, words("encoded")],
  [DC_NS, words("creator")],
]);

/** Atom (RFC 4287). */
export const ATOM_ELEMENTS: ElementAllowList = new Map([
  [
    ATOM_NS,
    words(
      "feed entry id title subtitle updated published link author contributor name uri email category content summary rights logo icon generator source",
    ),
  ],
]);

/** Each element given as `namespace|name` that the list does not allow. */
export function foreignElements(elements: readonly string[], allowed: ElementAllowList): string[] {
  return elements.filter((qualified) => {
    const bar = qualified.lastIndexOf("|");
    const ns = qualified.slice(0, bar);
    return !allowed.get(ns === "" ? null : ns)?.has(qualified.slice(bar + 1));
  });
}
