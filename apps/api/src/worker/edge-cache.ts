/**
 * Answers kept in the Workers Cache API, in front of the app: a repeated question in the same data
 * centre is answered without running the isolate's routing and search. What is kept, and for how long,
 * is what the app's `Cache-Control` says (the cache honours `s-maxage`); the key is the canonical URL
 * (and the representation `Accept` picks, where a path negotiates one), so parameter order and
 * percent-encoding do not split one answer in two. Only `X-Request-Id` is set per
 * request, and `If-None-Match` is answered from the kept `ETag`.
 */

import type { ExecutionContext } from "hono";
import { requestIdOf } from "../fetch-handler.js";
import { canonicalKey, ifNoneMatchMatches, isWildcard, notModified } from "../middleware/caching.js";
import { representationOf, representations } from "../negotiation.js";

/** A Worker's `fetch(request, env, ctx)`; `ctx.waitUntil` keeps storing after the answer is sent. */
export type WorkerFetch = (
  request: Request,
  env: unknown,
  ctx: ExecutionContext,
) => Response | Promise<Response>;

/** Where the answers are kept. */
export const EDGE_CACHE_NAME = "s400-answers";

function withRequestId(response: Response, id: string): Response {
  const copy = new Response(response.body, response);
  copy.headers.set("X-Request-Id", id);
  return copy;
}

/** `fetch` with 200 GET answers kept in, and served from, the Cache API. */
export function withEdgeCache(fetch: WorkerFetch): WorkerFetch {
  return async (request, env, ctx) => {
    if (request.method !== "GET" || typeof caches === "undefined") return fetch(request, env, ctx);
    const url = new URL(request.url);
    // The Cache API keys on the URL alone (it does not honour `Vary: Accept`), so a JSON-LD answer is
    // kept under its own key; no real request carries that parameter (an unknown one is a 400).
    const representation = representationOf(request.url, request.headers.get("Accept"));
    const canonical = canonicalKey(request.url);
    const variant =
      representation === representations[0]
        ? ""
        : `${canonical.includes("?") ? "&" : "?"}s400-representation=${encodeURIComponent(representation)}`;
    const key = new Request(`${url.origin}${canonical}${variant}`);
    const cache = await caches.open(EDGE_CACHE_NAME);
    const kept = await cache.match(key);
    if (kept) {
      const ifNoneMatch = request.headers.get("If-None-Match");
      const etag = kept.headers.get("ETag");
      const fresh = withRequestId(kept, requestIdOf(request));
      if (
        ifNoneMatch !== null &&
        etag !== null &&
        (isWildcard(ifNoneMatch) || ifNoneMatchMatches(ifNoneMatch, etag))
      ) {
        return notModified(fresh);
      }
      return fresh;
    }
    const response = await fetch(request, env, ctx);
    if (response.status === 200) ctx.waitUntil(cache.put(key, response.clone()));
    return response;
  };
}
