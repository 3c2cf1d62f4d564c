/**
 * Next.js's own cache of rendered pages and route responses (memory and disk),
 * except that an answer with status 404 is never kept. Article pages render on
 * their first request and Next would otherwise store whatever such a request
 * renders, so every made-up address (and a scheduled article's before its
 * moment) would leave a cached 404 behind: on disk, in memory, and in Next's
 * per-address map of cache lifetimes, which this clears for the same reason.
 * Plain JavaScript: Next loads it at run time, outside the bundles.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { default: FileSystemCache } = require("next/dist/server/lib/incremental-cache/file-system-cache");
const { SharedCacheControls } = require("next/dist/server/lib/incremental-cache/shared-cache-controls.external");

export default class SiteCache extends FileSystemCache {
  async set(key, data, ctx) {
    if (data?.status === 404) {
      // Next records the entry's lifetime under the same key just before handing it here.
      SharedCacheControls.cacheControls.delete(key);
      return;
    }
    return super.set(key, data, ctx);
  }
}
