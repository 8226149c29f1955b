/**
 * `X-Request-Id` on every response: the client's own id if it is well-formed, else a new UUID. The
 * same rule as `hono/request-id` (at most 255 characters of `[A-Za-z0-9_=-]`), kept here so that the
 * answer cache, which answers hot questions before any middleware runs, applies it too.
 */
import type { MiddlewareHandler } from "hono";
import type { RequestIdVariables } from "hono/request-id";

/** The header that carries the request id, both ways. */
export const REQUEST_ID_HEADER = "X-Request-Id";

const MAX_REQUEST_ID_LENGTH = 255;
const NOT_ID_CHARACTER = /[^\w\-=]/;

/** The request id of a request that sent `sent` as its `X-Request-Id` (or none). */
export function requestIdFor(sent: string | null | undefined): string {
  return sent && sent.length <= MAX_REQUEST_ID_LENGTH && !NOT_ID_CHARACTER.test(sent)
    ? sent
    : crypto.randomUUID();
}

/** Sets `c.get("requestId")` and the `X-Request-Id` response header. */
export function requestId(): MiddlewareHandler<{ Variables: RequestIdVariables }> {
  return async (c, next) => {
    const id = requestIdFor(c.req.header(REQUEST_ID_HEADER));
    c.set("requestId", id);
    c.header(REQUEST_ID_HEADER, id);
    await next();
  };
}
