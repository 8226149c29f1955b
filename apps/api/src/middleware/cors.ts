/**
 * CORS for a public, read-only API: any origin may GET, HEAD and preflight.
 *
 * Why not `hono/cors`: it sets its headers through `c.res` before the handler runs, which makes Hono
 * copy every response afterwards; on Node that turns each JSON string body into a stream and cost a
 * third of the API's throughput in `pnpm bench`. Setting the same headers with `c.header()` lets them
 * ride along on the handler's response for free.
 */
import type { MiddlewareHandler } from "hono";

/** Options for {@link openCors}. */
export interface OpenCorsOptions {
  /** Response headers a browser script may read (`Access-Control-Expose-Headers`). */
  exposeHeaders: readonly string[];
  /** How long a browser may reuse a preflight answer, in seconds. */
  maxAge: number;
}

/** The methods the API answers. */
export const CORS_METHODS = "GET, HEAD, OPTIONS";

/** Opens the API to every origin for GET, HEAD and OPTIONS; answers preflights with 204. */
export function openCors(options: OpenCorsOptions): MiddlewareHandler {
  const expose = options.exposeHeaders.join(", ");
  const maxAge = String(options.maxAge);
  return async (c, next) => {
    c.header("Access-Control-Allow-Origin", "*");
    c.header("Access-Control-Expose-Headers", expose);
    if (c.req.method === "OPTIONS") {
      c.header("Access-Control-Allow-Methods", CORS_METHODS);
      c.header("Access-Control-Max-Age", maxAge);
      const requested = c.req.header("Access-Control-Request-Headers");
      // Any request header is fine for a read-only API without credentials; echo only well-formed names.
      const allowed = requested
        ?.split(",")
        .map((name) => name.trim())
        .filter((name) => /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name));
      if (allowed && allowed.length > 0) c.header("Access-Control-Allow-Headers", allowed.join(", "));
      c.header("Vary", "Access-Control-Request-Headers");
      return c.body(null, 204);
    }
    await next();
  };
}
