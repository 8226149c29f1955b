/**
 * An in-memory cache of complete answers, wrapped around the app at the Node entry:
 * `serve({ fetch: withAnswerCache(app.fetch) })`. Every answer is a pure function of the dataset
 * version and the URL (and the encoding it is sent in), so a hot question can skip routing, the search,
 * the serialization and the compression. An entry keeps the body bytes and every header the app gave
 * it; only `X-Request-Id` is set per request. Bounded in entries and bytes, least recently used first
 * out. Workers do not use it: there the platform's cache sits in front of the isolate.
 *
 * It pays: see `pnpm --filter @s400/api bench` ("hot question" with and without the cache).
 */

import { bodyBytes, knownBody } from "../answer.js";
import { type FetchHandler, requestIdOf, unconditionalGet } from "../fetch-handler.js";
import { canonicalKey, ifNoneMatchMatches, isWildcard } from "../middleware/caching.js";
import { representationOf } from "../negotiation.js";

/** Bounds of {@link withAnswerCache}, and what else a key depends on. */
export interface AnswerCacheOptions {
  /** Most answers kept. */
  maxEntries: number;
  /** Most bytes kept across all answers. */
  maxTotalSize: number;
  /** Answers larger than this are never kept. */
  maxEntrySize: number;
  /** The part of a request besides its URL and `Accept` that picks its answer (the negotiated encoding). */
  variant?: (request: Request) => string;
}

/** One kept answer. */
export interface Entry {
  /** The answer's bytes, written as they are on every hit. */
  body: Uint8Array<ArrayBuffer>;
  /** Every header of the 200 answer, lower-case, in the order `Headers` lists them; `x-request-id` blank. */
  headers: Readonly<Record<string, string>>;
  /** The same without what describes the body: the headers of a 304. */
  notModifiedHeaders: Readonly<Record<string, string>>;
  /** The answer's `ETag`, if it has one. */
  etag: string | undefined;
}

/** A least-recently-used map of answers with a size budget. */
export class AnswerCache {
  readonly #entries = new Map<string, Entry>();
  #size = 0;

  constructor(readonly options: Omit<AnswerCacheOptions, "variant">) {}

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

const REQUEST_ID = "x-request-id";
const BODY_HEADERS = new Set(["content-type", "content-length", "content-encoding"]);

/**
 * An entry made from a 200 answer's bytes and headers. Its header records are built the first time it
 * is served again, not when it is kept: most answers to new questions are never asked again, and
 * walking their headers here as well as in the Node adapter (which walks them to write the answer) cost
 * each about 2% of the server's time in `pnpm bench`.
 */
class KeptAnswer implements Entry {
  readonly etag: string | undefined;
  #source: Headers | undefined;
  #headers: Record<string, string> | undefined;
  #notModifiedHeaders: Record<string, string> | undefined;

  constructor(
    readonly body: Uint8Array<ArrayBuffer>,
    source: Headers,
  ) {
    this.#source = source;
    this.etag = source.get("ETag") ?? undefined;
  }

  get headers(): Readonly<Record<string, string>> {
    return this.#headers ?? this.#split().headers;
  }

  get notModifiedHeaders(): Readonly<Record<string, string>> {
    return this.#notModifiedHeaders ?? this.#split().notModifiedHeaders;
  }

  #split() {
    const headers: Record<string, string> = {};
    const notModifiedHeaders: Record<string, string> = {};
    for (const [name, value] of this.#source ?? []) {
      headers[name] = value;
      if (!BODY_HEADERS.has(name)) notModifiedHeaders[name] = value;
    }
    headers["content-length"] = String(this.body.byteLength);
    headers[REQUEST_ID] = "";
    notModifiedHeaders[REQUEST_ID] = "";
    this.#source = undefined;
    this.#headers = headers;
    this.#notModifiedHeaders = notModifiedHeaders;
    return { headers, notModifiedHeaders };
  }
}

/** The answer from `entry` to a `method` request that sent `ifNoneMatch`, with `id` as its request id. */
function fromEntry(method: string, ifNoneMatch: string | null, entry: Entry, id: string): Response {
  if (
    ifNoneMatch !== null &&
    entry.etag !== undefined &&
    (isWildcard(ifNoneMatch) || ifNoneMatchMatches(ifNoneMatch, entry.etag))
  ) {
    return new Response(null, { status: 304, headers: { ...entry.notModifiedHeaders, [REQUEST_ID]: id } });
  }
  return new Response(method === "HEAD" ? null : entry.body, {
    status: 200,
    headers: { ...entry.headers, [REQUEST_ID]: id },
  });
}

/** `fetch` with repeated GETs and HEADs answered from memory; only 200 answers are kept, never errors. */
export function withAnswerCache(fetch: FetchHandler, options: AnswerCacheOptions): FetchHandler {
  const cache = new AnswerCache(options);
  const variant = options.variant ?? (() => "");
  return async (request) => {
    const method = request.method;
    if (method !== "GET" && method !== "HEAD") return fetch(request);
    const url = request.url;
    const key = `${canonicalKey(url)} ${variant(request)} ${representationOf(url, request.headers.get("Accept"))}`;
    // Read once: each header a request is asked for costs the Node adapter a lookup in the raw headers.
    const ifNoneMatch = request.headers.get("If-None-Match");
    const kept = cache.get(key);
    if (kept) return fromEntry(method, ifNoneMatch, kept, requestIdOf(request));
    // Ask for the full answer (a HEAD's body and a 304's too), keep it, then answer this request from it.
    const plainGet = method === "GET" && ifNoneMatch === null;
    const response = await fetch(plainGet ? request : unconditionalGet(request));
    // `status` and `headers` are cheap on the Node adapter's responses; `body` would build a stream.
    if (response.status !== 200) return method === "HEAD" ? new Response(null, response) : response;
    const known = knownBody(response);
    const entry = new KeptAnswer(known ?? (await bodyBytes(response)), response.headers);
    cache.set(key, entry);
    // A plain GET is answered by the app's own response when its body was not read to keep it: building
    // the same response again from the entry cost a new question about 0.1 ms of its ~0.5 ms.
    if (known !== undefined && plainGet) return response;
    return fromEntry(method, ifNoneMatch, entry, response.headers.get(REQUEST_ID) ?? requestIdOf(request));
  };
}
