/** A typed client for the s400 API, built on Hono's `hc`. */
import { hc } from "hono/client";
import type { AppType } from "./app.js";

/**
 * Creates a typed client for an s400 API at `baseUrl`.
 *
 * @example
 * ```ts
 * import { createClient } from "@s400/api/client";
 * const api = createClient("http://localhost:8787");
 * const res = await api.healthz.$get();
 * ```
 */
export function createClient(baseUrl: string, options?: Parameters<typeof hc>[1]) {
  return hc<AppType>(baseUrl, options);
}

export type { AppType };
