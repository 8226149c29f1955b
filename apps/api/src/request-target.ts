/** The part of a request URL that names what was asked: path and query, as sent. */

/**
 * The path and query of the absolute URL `url`, still percent-encoded, without its fragment; `/` for a
 * URL with no path. The one reading of a URL the caching, the problems, the percent-encoding check and
 * content negotiation share.
 */
export function requestTarget(url: string): string {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  if (start === -1) return "/";
  const hash = url.indexOf("#", start);
  return hash === -1 ? url.slice(start) : url.slice(start, hash);
}

/** The path of `url` as sent (still percent-encoded), without query or fragment. */
export function requestPath(url: string): string {
  const target = requestTarget(url);
  const query = target.indexOf("?");
  return query === -1 ? target : target.slice(0, query);
}
