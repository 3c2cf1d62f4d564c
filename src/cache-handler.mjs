/**
 * Next.js's own cache of rendered pages and route responses (memory and disk),
 * except that it keeps only what every reader may be given: a 200, and a page's
 * deliberate permanent redirect (an old address of a renamed article). Next would
 * otherwise store whatever the request that rendered a route got: a made-up
 * article address's 404, or, before the front door (src/server/frontDoor.ts)
 * refused other methods, a POST's 405 or an OPTIONS's 204, served to everyone
 * after it. Whatever gets past the door one day, no error answer can be stored.
 * A refused entry is also cleared from Next's per-address map of cache lifetimes.
 * Plain JavaScript: Next loads it at run time, outside the bundles.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { default: FileSystemCache } = require("next/dist/server/lib/incremental-cache/file-system-cache");
const { SharedCacheControls } = require("next/dist/server/lib/incremental-cache/shared-cache-controls.external");

const PAGE_REDIRECTS = new Set([301, 308]);

/** Whether an entry may be served to every later reader. Entries without a status (fetches, images, or a page Next rendered as 200) are kept. */
export function isKeepable(data) {
  const status = data?.status;
  if (status === undefined || status === 200) return true;
  return data.kind === "APP_PAGE" && PAGE_REDIRECTS.has(status);
}

export default class SiteCache extends FileSystemCache {
  async set(key, data, ctx) {
    if (data && !isKeepable(data)) {
      // Next records the entry's lifetime under the same key just before handing it here.
      SharedCacheControls.cacheControls.delete(key);
      return;
    }
    return super.set(key, data, ctx);
  }
}
