/**
 * Compression at the Node entry: br or gzip, whichever the client prefers of those it accepts, for
 * answers of at least `threshold` bytes. Workers do not use it: the platform compresses there.
 *
 * Why not `hono/compress`: it only knows gzip and deflate (CompressionStream), streams the body (so no
 * `Content-Length`, and a HEAD could not say how long the GET is), and would run inside the Worker too.
 *
 * A compressed answer gets its own strong ETag (derived from the identity one and the encoding), so no
 * cache confuses the two representations; `Vary: Accept-Encoding` is set by the app on every answer.
 */
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { fnv1a64 } from "@s400/data";
import { bodyBytes, bytesBodyResponse } from "../answer.js";
import { type FetchHandler, unconditionalGet } from "../fetch-handler.js";
import { ifNoneMatchMatches, isWildcard } from "../middleware/caching.js";

/** A content coding this server can send. */
export type Encoding = "br" | "gzip" | "identity";

/** Bodies below this many bytes go uncompressed: the saving would not pay for the work (nor the header). */
export const COMPRESSION_THRESHOLD = 1024;

// JSON of any flavour (`application/json`, `application/problem+json`, `application/ld+json`, …) and text.
const COMPRESSIBLE = /^(application\/([a-z0-9.-]+\+)?json|text\/(html|javascript|plain))\b/;

/**
 * The coding to send, from an `Accept-Encoding` value (RFC 9110 §12.5.3): the acceptable one (q > 0)
 * with the highest weight, br before gzip on a tie, `*` standing for either; identity if neither.
 */
export function negotiateEncoding(acceptEncoding: string | null): Encoding {
  if (!acceptEncoding) return "identity";
  // Asked twice per request (the answer cache's key, then the compression), and clients send the same
  // few values: keep the last answer rather than parse the header again.
  if (acceptEncoding !== lastHeader) {
    lastEncoding = encodingOf(acceptEncoding);
    lastHeader = acceptEncoding;
  }
  return lastEncoding;
}

let lastHeader: string | undefined;
let lastEncoding: Encoding = "identity";

function encodingOf(acceptEncoding: string): Encoding {
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params
      .map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1])
      .find((value) => value !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    if (name !== "" && Number.isFinite(weight)) weights.set(name.trim(), weight);
  }
  const weightOf = (coding: string) =>
    weights.get(coding) ?? (coding === "gzip" ? weights.get("x-gzip") : undefined) ?? weights.get("*") ?? 0;
  const br = weightOf("br");
  const gzip = weightOf("gzip");
  if (br <= 0 && gzip <= 0) return "identity";
  return br >= gzip ? "br" : "gzip";
}

/** The strong ETag of the `encoding` representation of the answer whose identity ETag is `etag`. */
export function encodedEtag(etag: string, encoding: Encoding): string {
  return encoding === "identity" ? etag : `"${fnv1a64(`${etag} ${encoding}`)}"`;
}

function compress(body: Uint8Array, encoding: "br" | "gzip"): Uint8Array<ArrayBuffer> {
  // Quality 5 / level 6: most of the saving at a fraction of the CPU of the maximum settings, which
  // matters on a new question; the answer cache keeps the result for the hot ones.
  const out =
    encoding === "br"
      ? brotliCompressSync(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 5,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
          },
        })
      : gzipSync(body, { level: 6 });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength) as Uint8Array<ArrayBuffer>;
}

/** The 304 to `request` if its `If-None-Match` names the ETag of a 200 with `headers`; else `undefined`. */
function notModifiedFor(request: Request, status: number, headers: Headers): Response | undefined {
  const ifNoneMatch = request.headers.get("If-None-Match");
  const etag = headers.get("ETag");
  if (status !== 200 || ifNoneMatch === null || etag === null) return undefined;
  if (!isWildcard(ifNoneMatch) && !ifNoneMatchMatches(ifNoneMatch, etag)) return undefined;
  const kept = new Headers(headers);
  for (const name of ["Content-Type", "Content-Length", "Content-Encoding"]) kept.delete(name);
  return new Response(null, { status: 304, headers: kept });
}

/** `fetch` with its answers compressed as the client accepts. */
export function withCompression(fetch: FetchHandler, threshold = COMPRESSION_THRESHOLD): FetchHandler {
  // Not async itself: an answer sent as it is goes straight through, without a promise of its own.
  return (request) => {
    const method = request.method;
    const encoding = negotiateEncoding(request.headers.get("Accept-Encoding"));
    if (encoding === "identity" || (method !== "GET" && method !== "HEAD")) return fetch(request);
    return compressed(request, encoding);
  };

  async function compressed(request: Request, encoding: "br" | "gzip"): Promise<Response> {
    const method = request.method;
    // Which representation is sent decides the ETag, so the full answer comes first (a HEAD's body too,
    // to say the compressed length) and `If-None-Match` is checked against the ETag actually sent.
    const response = await fetch(unconditionalGet(request));
    const type = response.headers.get("Content-Type") ?? "";
    const etag = response.headers.get("ETag");
    // Only `status` and `headers` are read unless the body is compressible: on the Node adapter, `body`
    // and `statusText` turn its light response into a full one with a stream.
    const compressible =
      response.status === 200 && COMPRESSIBLE.test(type) && !response.headers.has("Content-Encoding");
    const body = compressible ? await bodyBytes(response) : undefined;
    if (body === undefined) {
      // Not ours to compress (an error, another type): as it came, but conditional and HEAD as asked.
      const unchanged = notModifiedFor(request, response.status, response.headers);
      if (unchanged) return unchanged;
      return method === "HEAD" ? new Response(null, response) : response;
    }
    const headers = new Headers(response.headers);
    let out = body;
    if (body.byteLength >= threshold) {
      out = compress(body, encoding);
      headers.set("Content-Encoding", encoding);
      headers.set("Content-Length", String(out.byteLength));
      if (etag !== null) headers.set("ETag", encodedEtag(etag, encoding));
    } else {
      headers.set("Content-Length", String(body.byteLength));
    }
    const unchanged = notModifiedFor(request, response.status, headers);
    if (unchanged) return unchanged;
    const init = { status: response.status, headers };
    return method === "HEAD" ? new Response(null, init) : bytesBodyResponse(out, init);
  }
}
