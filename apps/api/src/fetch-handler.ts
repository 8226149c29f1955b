/** What the runtime entries' wrappers (answer cache, compression, edge cache) take and give, and share. */

/** A `fetch(request)` handler, as `app.fetch` and `serve({ fetch })` have it. */
export type FetchHandler = (request: Request) => Response | Promise<Response>;

/** `request` as a GET without `If-None-Match`: the full answer, whose validator the wrapper then compares itself. */
export function unconditionalGet(request: Request): Request {
  if (request.method === "GET" && !request.headers.has("If-None-Match")) return request;
  const headers = new Headers(request.headers);
  headers.delete("If-None-Match");
  return new Request(request.url, { method: "GET", headers });
}

const NOT_ID_CHARACTER = /[^\w\-=]/;

/**
 * The id `hono/request-id` gives a request (the client's, if it is at most 255 of `[A-Za-z0-9_=-]`, else
 * a new UUID), for the answers a cache gives without reaching the app; a test checks the two agree.
 */
export function requestIdOf(request: Request): string {
  return requestIdFrom(request.headers.get("X-Request-Id"));
}

/** {@link requestIdOf} from the `X-Request-Id` value a request sent, if any. */
export function requestIdFrom(sent: string | null): string {
  return sent && sent.length <= 255 && !NOT_ID_CHARACTER.test(sent) ? sent : crypto.randomUUID();
}
