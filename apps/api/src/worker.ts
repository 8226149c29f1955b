/** Serves the app on Cloudflare Workers (and any runtime that speaks `export default { fetch }`). */
import { app } from "./app.js";

export default { fetch: app.fetch };
