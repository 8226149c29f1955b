/**
 * Content negotiation of the routes that answer a record as JSON or as JSON-LD (`Accept:
 * application/ld+json`). The route, the caching middleware (ETag, `Vary`) and both answer caches (Node
 * and the edge) ask the same two functions here, so a JSON-LD answer never shares a key with the JSON one.
 */
import { parseAccept } from "hono/utils/accept";
import { requestPath } from "./request-target.js";

/** The media type of JSON-LD (W3C JSON-LD 1.1, §C). */
export const JSON_LD_MEDIA_TYPE = "application/ld+json";

/** What a negotiating route can answer; the first is the default. */
export const representations = ["application/json", JSON_LD_MEDIA_TYPE] as const;
export type Representation = (typeof representations)[number];

/**
 * The paths (as OpenAPI writes them) whose answer depends on `Accept`. A test holds this list equal to
 * the operations whose 200 the OpenAPI document gives in both media types.
 */
export const negotiatedPaths = ["/v1/records/{id}", "/v1/entities/{idOrAlias}"] as const;

const negotiatedPatterns = negotiatedPaths.map(
  (path) => new RegExp(`^${path.replace(/\{[^}]+\}/g, "[^/]+")}$`),
);

/** Whether the answer at `pathname` (as the request sent it, still percent-encoded) depends on `Accept`. */
export function negotiates(pathname: string): boolean {
  return negotiatedPatterns.some((pattern) => pattern.test(pathname));
}

/** The precedence of an `Accept` range: exact type, `type/*`, then `*∕*` (RFC 9110 §12.5.1). */
function specificity(range: string, type: Representation): number {
  if (range === type) return 3;
  if (range === "*/*" || range === "*") return 1;
  return range.endsWith("/*") && type.startsWith(range.slice(0, -1)) ? 2 : 0;
}

/**
 * The representation an `Accept` header asks for: the one with the highest quality, each taking the
 * quality of the most specific range that names it (RFC 9110 §12.5.1); JSON on a tie, on no header, or
 * when neither is acceptable (the server may then answer its default rather than 406, RFC 9110 §12.5.1).
 * Parsing is Hono's (`hono/utils/accept`); only the choice between our two types is written here.
 */
export function preferredRepresentation(accept: string | null | undefined): Representation {
  if (!accept) return representations[0];
  const ranges = parseAccept(accept);
  let best: Representation = representations[0];
  let bestQuality = -1;
  for (const type of representations) {
    let quality = 0;
    let precedence = 0;
    for (const range of ranges) {
      const rank = specificity(range.type.toLowerCase(), type);
      if (rank > precedence) {
        precedence = rank;
        quality = range.q;
      }
    }
    if (precedence > 0 && quality > bestQuality && quality > 0) {
      best = type;
      bestQuality = quality;
    }
  }
  return best;
}

/** What a request for `url` gets, and the `Vary` its answer says. */
export interface Negotiation {
  readonly representation: Representation;
  readonly vary: string;
}

const NOT_NEGOTIATED: Negotiation = Object.freeze({
  representation: representations[0],
  vary: "Accept-Encoding",
});

/**
 * The representation a request for `url` with `accept` gets (JSON everywhere but on the negotiated
 * paths), and its `Vary`: `Accept-Encoding` always, and `Accept` where the path negotiates.
 */
export function negotiationOf(url: string, accept: string | null | undefined): Negotiation {
  if (!negotiates(requestPath(url))) return NOT_NEGOTIATED;
  return { representation: preferredRepresentation(accept), vary: "Accept, Accept-Encoding" };
}

/** The representation a request for `url` gets: {@link negotiationOf}'s, for the answer caches' keys. */
export function representationOf(url: string, accept: string | null | undefined): Representation {
  return negotiationOf(url, accept).representation;
}
