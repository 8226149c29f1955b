/**
 * An in-memory cache of complete answers. Every answer of the API is a pure function of the dataset
 * version and the URL, so a hot question (the same search asked again) can skip the search, the JSON
 * serialization and the middleware: an entry keeps the body as UTF-8 bytes and every header the full
 * stack put on it (ETag, Cache-Control, CORS, secure headers), and only `X-Request-Id` is filled in per
 * request. Bounded in entries and bytes, least recently used first out; one per process on Node, one
 * per isolate on Workers (where the CDN cache sits in front of it).
 */
import type { MiddlewareHandler } from "hono";
import { answerBytes } from "../answer-json.js";
import { ifNoneMatchMatches } from "./caching.js";
import { requestIdFor } from "./request-id.js";

/** Bounds of {@link responseCache}. */
export interface ResponseCacheOptions {
  /** Most answers kept. */
  maxEntries: number;
  /** Most bytes kept across all answers. */
  maxTotalSize: number;
  /** Answers larger than this are never kept. */
  maxEntrySize: number;
}

/** One kept answer. */
export interface Entry {
  /** The answer as UTF-8 bytes: encoded once, written as they are on every hit. */
  body: Uint8Array<ArrayBuffer>;
  /** Every header of the 200 answer, lower-case, in the order `Headers` lists them; `x-request-id` blank. */
  headers: Readonly<Record<string, string>>;
  /** The same without `content-type`: the headers of a 304 to a matching `If-None-Match`. */
  notModifiedHeaders: Readonly<Record<string, string>>;
  /** The answer's `ETag`, if it has one. */
  etag: string | undefined;
}

/** A least-recently-used map of answers with a size budget. */
export class AnswerCache {
  readonly #entries = new Map<string, Entry>();
  #size = 0;

  constructor(readonly options: ResponseCacheOptions) {}

  get size(): number {
    return this.#entries.size;
  }

  get(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (entry) {
      // Re-insert so iteration order is least recently used first.
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: Entry): void {
    if (entry.body.byteLength > this.options.maxEntrySize) return;
    const old = this.#entries.get(key);
    if (old) {
      this.#size -= old.body.byteLength;
      this.#entries.delete(key);
    }
    this.#entries.set(key, entry);
    this.#size += entry.body.byteLength;
    for (const [oldest, value] of this.#entries) {
      if (this.#entries.size <= this.options.maxEntries && this.#size <= this.options.maxTotalSize) break;
      this.#entries.delete(oldest);
      this.#size -= value.body.byteLength;
    }
  }
}

const JSON_TYPE = "application/json";
const REQUEST_ID = "x-request-id";

/** The cache key of a request: its path and query as sent. */
function keyOf(url: string): string {
  return url.slice(url.indexOf("/", url.indexOf("//") + 2));
}

/** A kept answer's headers with the request's own id filled in (the blank keeps its place). */
function withRequestId(headers: Readonly<Record<string, string>>, id: string): Record<string, string> {
  const copy = { ...headers };
  copy[REQUEST_ID] = id;
  return copy;
}

/** Builds an entry from a 200 answer's body and final headers. */
function entryOf(body: Uint8Array<ArrayBuffer>, response: Response): Entry {
  const headers: Record<string, string> = {};
  for (const [name, value] of response.headers) headers[name] = value;
  headers[REQUEST_ID] = "";
  const { "content-type": _contentType, ...notModifiedHeaders } = headers;
  return { body, headers, notModifiedHeaders, etag: headers.etag };
}

/** The answer cache: a middleware that fills it, and {@link ResponseCache.serve} that answers from it. */
export interface ResponseCache {
  /**
   * Keeps every 200 JSON answer below it (never errors), and answers GET and HEAD hits. Put it first,
   * so that the headers it keeps are the ones every other middleware set.
   */
  middleware: MiddlewareHandler;
  /**
   * The kept answer to a GET or HEAD, ready to send, or `undefined` to let the app answer. Call it
   * before the app (in `fetch`) so a hit costs no routing or middleware: it answers `If-None-Match`
   * with a 304 and sets `X-Request-Id` as the full stack would.
   */
  serve(request: Request): Response | undefined;
}

/** Serves repeated GETs from memory; only 200 JSON answers are kept, never errors. */
export function responseCache(options: ResponseCacheOptions): ResponseCache {
  const cache = new AnswerCache(options);

  const serve = (request: Request): Response | undefined => {
    const method = request.method;
    if (method !== "GET" && method !== "HEAD") return undefined;
    const entry = cache.get(keyOf(request.url));
    if (entry === undefined) return undefined;
    const headers = request.headers;
    const ifNoneMatch = headers.get("If-None-Match");
    const id = requestIdFor(headers.get(REQUEST_ID));
    if (ifNoneMatch !== null) {
      if (entry.etag === undefined) return undefined;
      if (ifNoneMatchMatches(ifNoneMatch, entry.etag)) {
        return new Response(null, { status: 304, headers: withRequestId(entry.notModifiedHeaders, id) });
      }
    }
    return new Response(method === "HEAD" ? null : entry.body, {
      status: 200,
      headers: withRequestId(entry.headers, id),
    });
  };

  const middleware: MiddlewareHandler = async (c, next) => {
    const method = c.req.method;
    if (method !== "GET" && method !== "HEAD") {
      await next();
      return;
    }
    const hit = serve(c.req.raw);
    if (hit) return hit;
    // Keep the JSON the handler produces as it is produced, instead of reading the response back (which
    // on Node would turn the body into a stream and slow down every miss). The response sends the same
    // UTF-8 bytes the cache keeps, so Node neither measures nor encodes the text again.
    let serialized: Uint8Array<ArrayBuffer> | undefined;
    const json = c.json;
    c.json = ((object: unknown, arg?: unknown, headers?: unknown) => {
      if ((arg !== undefined && typeof arg !== "number") || headers !== undefined) {
        return json(object as never, arg as never, headers as never);
      }
      serialized = answerBytes(object);
      return c.body(serialized, arg as 200 | undefined, { "Content-Type": JSON_TYPE });
    }) as typeof c.json;
    await next();
    if (serialized !== undefined && c.res.status === 200) {
      cache.set(keyOf(c.req.url), entryOf(serialized, c.res));
    }
  };

  return { middleware, serve };
}
