/** What the Node entry's wrappers take and give: the app's `fetch`, or another wrapper around it. */

/** A `fetch(request)` handler, as `app.fetch` and `serve({ fetch })` have it. */
export type FetchHandler = (request: Request) => Response | Promise<Response>;

/** `request` as a GET without `If-None-Match`: the full answer, whose validator the wrapper then compares itself. */
export function unconditionalGet(request: Request): Request {
  const headers = new Headers(request.headers);
  headers.delete("If-None-Match");
  return new Request(request.url, { method: "GET", headers });
}
