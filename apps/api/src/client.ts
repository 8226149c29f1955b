/** A typed client for the s400 API, built on Hono's `hc`. */
import { type ClientRequestOptions, hc } from "hono/client";
import type { AppType } from "./app.js";

/**
 * Creates a typed client for an s400 API at `baseUrl`: every route, parameter and answer is typed.
 *
 * @example
 * ```ts
 * import { createClient } from "@s400/api/client";
 * const api = createClient("http://localhost:8787");
 * const res = await api.v1.entities[":idOrAlias"].$get({ param: { idOrAlias: "SSB" } });
 * if (res.ok) console.log((await res.json()).name);
 * ```
 */
export function createClient(baseUrl: string, options?: ClientRequestOptions) {
  return hc<AppType>(baseUrl, options);
}

/** The client `createClient` returns. */
export type Client = ReturnType<typeof createClient>;

export type { AppType };
