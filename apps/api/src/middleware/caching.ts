/**
 * HTTP caching for immutable-per-version data: a strong ETag from the dataset hash and the URL, 304 on
 * a matching `If-None-Match`, and `Cache-Control` that lets browsers and the edge keep answers.
 *
 * Why these numbers: an answer only changes when a new dataset version is deployed, and a new version
 * changes every ETag. Browsers keep an answer 5 minutes (`max-age=300`), so a deploy reaches users
 * quickly; shared caches (the CDN in front of a Worker) keep it a day (`s-maxage=86400`) and may serve
 * it stale for another day while they revalidate in the background, which costs a 304, not a body.
 * Client errors are deterministic too but are kept only a minute; server errors are never stored.
 */
import type { MiddlewareHandler } from "hono";

/** `Cache-Control` of a successful answer. */
export const CACHE_CONTROL_OK = "public, max-age=300, s-maxage=86400, stale-while-revalidate=86400";
/** `Cache-Control` of a 4xx answer. */
export const CACHE_CONTROL_CLIENT_ERROR = "public, max-age=60";
/** `Cache-Control` of a 5xx answer and of anything that must never be reused (health checks). */
export const CACHE_CONTROL_NONE = "no-store";

/** A 64-bit string hash (cyrb53-style, two 32-bit lanes) as 16 hex digits; fast, and the same on every runtime. */
export function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, "0") + (h1 >>> 0).toString(16).padStart(8, "0");
}

/**
 * Whether an `If-None-Match` header value lists `etag` (weak comparison, as RFC 9110 §13.1.2 asks).
 * `*` never matches here: it means "if the resource exists", which is only known after routing, and
 * an unknown URL must answer 404, not 304.
 */
export function ifNoneMatchMatches(header: string, etag: string): boolean {
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === bare);
}

/**
 * Answers a conditional GET with 304 before any work is done, and stamps `ETag` and `Cache-Control`
 * on the way out. `version` names the release and dataset hash: the ETag is `hash64(version + " " + path?query)`.
 */
export function datasetCaching(version: () => string): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") {
      await next();
      return;
    }
    const url = c.req.url;
    const pathStart = url.indexOf("/", url.indexOf("//") + 2);
    const etag = `"${hash64(`${version()} ${pathStart === -1 ? "/" : url.slice(pathStart)}`)}"`;
    const ifNoneMatch = c.req.header("If-None-Match");
    if (ifNoneMatch !== undefined && ifNoneMatchMatches(ifNoneMatch, etag)) {
      c.header("ETag", etag);
      c.header("Cache-Control", CACHE_CONTROL_OK);
      return c.body(null, 304);
    }
    await next();
    const status = c.res.status;
    if (status === 200) {
      c.res.headers.set("ETag", etag);
      if (!c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", CACHE_CONTROL_OK);
    } else if (status >= 400) {
      c.res.headers.set("Cache-Control", status >= 500 ? CACHE_CONTROL_NONE : CACHE_CONTROL_CLIENT_ERROR);
    }
  };
}
