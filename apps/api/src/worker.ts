/** Serves the app on Cloudflare Workers (and any runtime that speaks `export default { fetch }`), behind the edge cache. */
import { app } from "./app.js";
import { withEdgeCache } from "./worker/edge-cache.js";

export default { fetch: withEdgeCache(app.fetch) };
