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
import { fnv1a64 } from "@s400/data";
import type { MiddlewareHandler } from "hono";
import { ANSWER_CACHING, type AnswerCaching, carriesFixedHeaders } from "../answer.js";
import { negotiationOf, type Representation, representations } from "../negotiation.js";
import { requestTarget } from "../request-target.js";

/** `Cache-Control` of a successful answer. */
export const CACHE_CONTROL_OK = "public, max-age=300, s-maxage=86400, stale-while-revalidate=86400";
/** `Cache-Control` of a 4xx answer. */
export const CACHE_CONTROL_CLIENT_ERROR = "public, max-age=60";
/** `Cache-Control` of a 5xx answer and of anything that must never be reused (health checks). */
export const CACHE_CONTROL_NONE = "no-store";

/**
 * The one key of a request's meaning: its path, and its query parameters sorted by name and value in
 * one percent-encoding, so `?q=S-400&limit=3` and
 * `?limit=3&q=S%2D400` share an ETag and a cache entry. Expects a URL whose escapes decode (the
 * percent-encoding check runs first); one that does not is keyed as it was sent.
 */
export function canonicalKey(url: string): string {
  if (url !== lastUrl) {
    lastKey = keyOf(url);
    lastUrl = url;
  }
  return lastKey;
}

// A request is keyed twice, one call right after the other: by the answer cache in front of the app
// (Node's or the edge's), then for its ETag here. Keeping the last key saves the second parse and sort
// of the query (about 3 µs, 1% of a new question's time on Node in `pnpm bench`).
let lastUrl: string | undefined;
let lastKey = "";

function keyOf(url: string): string {
  const target = requestTarget(url);
  const queryStart = target.indexOf("?");
  if (queryStart === -1) return target;
  const path = target.slice(0, queryStart);
  try {
    // By name, then value: the one parameter that may repeat (`type`) is a set, so its order means nothing.
    const entries = [...new URLSearchParams(target.slice(queryStart + 1))].sort(([a, x], [b, y]) =>
      a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0,
    );
    const query = new URLSearchParams(entries).toString();
    return query === "" ? path : `${path}?${query}`;
  } catch {
    return target;
  }
}

/**
 * The strong ETag of the answer to `url` under dataset `version`, in `representation` where the URL
 * negotiates one (JSON's ETag is the URL's alone, so JSON answers keep theirs).
 */
export function etagFor(
  version: string,
  url: string,
  representation: Representation = representations[0],
): string {
  const variant = representation === representations[0] ? "" : ` ${representation}`;
  return `"${fnv1a64(`${version} ${canonicalKey(url)}${variant}`)}"`;
}

/**
 * Whether an `If-None-Match` header value lists `etag` (weak comparison, as RFC 9110 §13.1.2 asks).
 * `*` is not handled here: it means "if the resource exists", which is only known after routing.
 */
export function ifNoneMatchMatches(header: string, etag: string): boolean {
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === bare);
}

/** Whether an `If-None-Match` header value is (or lists) the wildcard `*`. */
export function isWildcard(header: string): boolean {
  return header.split(",").some((candidate) => candidate.trim() === "*");
}

/** The headers of a 304 made from a 200: everything but what describes the body (RFC 9110 §15.4.5). */
export function notModified(response: Response): Response {
  const headers = new Headers(response.headers);
  for (const name of ["Content-Type", "Content-Length", "Content-Encoding"]) headers.delete(name);
  return new Response(null, { status: 304, headers });
}

/**
 * Answers a conditional GET with 304 before any work is done, and stamps `ETag`, `Cache-Control` and
 * `Vary` on the way out. `version` names the release and dataset hash (see {@link etagFor}); the
 * representation `Accept` picks is part of the ETag where the path negotiates one.
 * `If-None-Match: *` runs the route and turns a 200 into a 304: only then is it known that the URL
 * names something (RFC 9110 §13.1.2); an unknown one still gets its 404.
 */
export function datasetCaching(version: () => string): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") {
      await next();
      return;
    }
    const url = c.req.url;
    // Every answer may be sent compressed (by the Node entry or by the Workers platform); a record's
    // answer is JSON or JSON-LD by `Accept`.
    const { representation, vary } = negotiationOf(url, c.req.header("Accept"));
    const etag = etagFor(version(), url, representation);
    const ifNoneMatch = c.req.header("If-None-Match");
    if (ifNoneMatch !== undefined && ifNoneMatchMatches(ifNoneMatch, etag)) {
      c.header("ETag", etag);
      c.header("Cache-Control", CACHE_CONTROL_OK);
      c.header("Vary", vary);
      return c.body(null, 304);
    }
    // An answer built with these (see `bytesResponse`) needs none of the header work below.
    const caching: AnswerCaching = { etag, vary, cacheControl: CACHE_CONTROL_OK };
    c.set(ANSWER_CACHING, caching);
    await next();
    if (carriesFixedHeaders(c.res)) {
      if (ifNoneMatch !== undefined && isWildcard(ifNoneMatch)) {
        const response = notModified(c.res);
        c.res = undefined;
        c.res = response;
      }
      return;
    }
    const status = c.res.status;
    c.res.headers.append("Vary", vary);
    if (status === 200) {
      c.res.headers.set("ETag", etag);
      if (!c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", CACHE_CONTROL_OK);
      if (ifNoneMatch !== undefined && isWildcard(ifNoneMatch)) {
        const response = notModified(c.res);
        // Assigning over a response merges the old headers back in (Content-Length too); clear it first.
        c.res = undefined;
        c.res = response;
      }
    } else if (status >= 400) {
      c.res.headers.set("Cache-Control", status >= 500 ? CACHE_CONTROL_NONE : CACHE_CONTROL_CLIENT_ERROR);
    }
  };
}
