/**
 * CORS for a public, read-only API: any origin may GET, HEAD and preflight.
 *
 * Why not `hono/cors`: it sets its headers through `c.res` before the handler runs, which makes Hono
 * copy every response afterwards; on Node that turns each JSON string body into a stream and cost a
 * third of the API's throughput in `pnpm bench`. The two headers every answer carries are instead part
 * of the app's fixed headers (`fixed-headers.ts`), which an answer is built with. Preflights are
 * answered by {@link preflight} only on routes that exist (the app calls it where it knows the route's
 * methods): OPTIONS on an unknown path is a 404 like any other method.
 */
import type { Context } from "hono";
import type { Header } from "./fixed-headers.js";

/** Options for {@link openCorsHeaders}. */
export interface OpenCorsOptions {
  /** Response headers a browser script may read (`Access-Control-Expose-Headers`). */
  exposeHeaders: readonly string[];
}

/** The headers that open every answer to every origin. */
export function openCorsHeaders(options: OpenCorsOptions): readonly Header[] {
  return [
    ["access-control-allow-origin", "*"],
    ["access-control-expose-headers", options.exposeHeaders.join(", ")],
  ];
}

/** The methods the API answers. */
export const CORS_METHODS = "GET, HEAD, OPTIONS";

/** How long a browser may reuse a preflight answer, in seconds (a day: the routes change only with a release). */
export const PREFLIGHT_MAX_AGE = 86_400;

/** The 204 answer to an OPTIONS request (a CORS preflight or a plain one) on a route that answers `allow`. */
export function preflight(c: Context, allow: string): Response {
  c.header("Allow", allow);
  c.header("Access-Control-Allow-Methods", CORS_METHODS);
  c.header("Access-Control-Max-Age", String(PREFLIGHT_MAX_AGE));
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
