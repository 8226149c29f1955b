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

import type { IncomingMessage, ServerResponse } from "node:http";
import { bodyBytes, knownBody, knownHeaders } from "../answer.js";
import { type FetchHandler, requestIdFrom, requestIdOf, unconditionalGet } from "../fetch-handler.js";
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
  variant?: (headers: HeaderReader) => string;
}

/** What {@link AnswerCacheOptions.variant} reads a request's headers with: a `Headers`, or Node's own. */
export interface HeaderReader {
  get(name: string): string | null;
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
  /** The key last kept or asked for: a hot question asks for it again and again, and is already last in line. */
  #newest: string | undefined;

  constructor(readonly options: Omit<AnswerCacheOptions, "variant">) {}

  get size(): number {
    return this.#entries.size;
  }

  get(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (entry && key !== this.#newest) {
      // Re-insert so iteration order is least recently used first.
      this.#entries.delete(key);
      this.#entries.set(key, entry);
      this.#newest = key;
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
    this.#newest = key;
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
  #source: Headers | Readonly<Record<string, string>> | undefined;
  #headers: Record<string, string> | undefined;
  #notModifiedHeaders: Record<string, string> | undefined;

  constructor(
    readonly body: Uint8Array<ArrayBuffer>,
    source: Headers | Readonly<Record<string, string>>,
  ) {
    this.#source = source;
    this.etag = (source instanceof Headers ? source.get("ETag") : source.etag) ?? undefined;
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
    const source = this.#source ?? [];
    for (const [name, value] of source instanceof Headers ? source : Object.entries(source)) {
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

/** What a kept answer sends: its status, its headers with the request's id, its body (none for a HEAD or a 304). */
interface Reply {
  status: 200 | 304;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | null;
}

/** The reply from `entry` to a `method` request that sent `ifNoneMatch`, with `id` as its request id. */
function replyFrom(method: string, ifNoneMatch: string | null, entry: Entry, id: string): Reply {
  if (
    ifNoneMatch !== null &&
    entry.etag !== undefined &&
    (isWildcard(ifNoneMatch) || ifNoneMatchMatches(ifNoneMatch, entry.etag))
  ) {
    return { status: 304, headers: { ...entry.notModifiedHeaders, [REQUEST_ID]: id }, body: null };
  }
  const headers = { ...entry.headers, [REQUEST_ID]: id };
  return { status: 200, headers, body: method === "HEAD" ? null : entry.body };
}

/** {@link replyFrom} as a `Response`. */
function fromEntry(method: string, ifNoneMatch: string | null, entry: Entry, id: string): Response {
  const { status, headers, body } = replyFrom(method, ifNoneMatch, entry, id);
  return new Response(body, { status, headers });
}

/** A Node request's header as `Headers.get` gives it on @hono/node-server's requests (its own lookup reads the same object). */
function nodeHeader(incoming: IncomingMessage, name: string): string | null {
  const value = incoming.headers[name.toLowerCase()];
  return typeof value === "string" ? value : null;
}

/**
 * Request targets @hono/node-server builds a request URL from as `http://${host}${target}` (its own
 * test, plus `%` escapes, which WHATWG URL parsing keeps as they are), without dot segments, and the
 * `Host` values it takes as sent. Only these are answered before the adapter: their cache key is the
 * one the adapter's request gets. Anything else goes the long way and is answered the same.
 */
const PLAIN_TARGET = /^\/[!$%&-;=?-[\]_a-z~]*$/;
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:[/?]|$)/i;
const PLAIN_HOST = /^[a-z0-9._-]+(?::(?:[1-5]\d{3,4}|[6-9]\d{3}))?$/;

/** An answer cache around a fetch handler, which Node's server can also ask before its adapter. */
export interface NodeAnswerCache {
  /** The handler with repeated GETs and HEADs answered from memory (and kept on the way out). */
  fetch: FetchHandler;
  /**
   * Sends the kept answer to a GET or HEAD straight on Node's response and returns true; returns false,
   * with nothing sent, when there is none (or the request is not plain enough to key without the adapter).
   */
  answerNode(incoming: IncomingMessage, outgoing: ServerResponse): boolean;
}

/**
 * {@link withAnswerCache}, plus {@link NodeAnswerCache.answerNode}: a hot question answered before
 * @hono/node-server builds its request and response, from Node's own request, with the same status,
 * headers and bytes. Hand-written because the adapter has no hook before it builds them: with the hit
 * answered in step (not in a promise), the server's CPU per hot answer went from about 142 µs to 99 µs
 * in `pnpm bench` (the build before issue 9: 138 µs and 106 µs in the same two runs).
 */
export function nodeAnswerCache(fetch: FetchHandler, options: AnswerCacheOptions): NodeAnswerCache {
  const cache = new AnswerCache(options);
  const variant = options.variant ?? (() => "");
  const keyOf = (url: string, headers: HeaderReader) =>
    `${canonicalKey(url)} ${variant(headers)} ${representationOf(url, headers.get("Accept"))}`;

  /** Asks `fetch` for the full answer (a HEAD's body and a 304's too), keeps it, then answers the request from it. */
  const miss = async (request: Request, key: string, ifNoneMatch: string | null): Promise<Response> => {
    const method = request.method;
    const plainGet = method === "GET" && ifNoneMatch === null;
    const response = await fetch(plainGet ? request : unconditionalGet(request));
    // `status` and `headers` are cheap on the Node adapter's responses; `body` would build a stream.
    if (response.status !== 200) return method === "HEAD" ? new Response(null, response) : response;
    const known = knownBody(response);
    // The plain header record the app built the answer with, if it did: no `Headers` is made to read it.
    const entry = new KeptAnswer(
      known ?? (await bodyBytes(response)),
      knownHeaders(response) ?? response.headers,
    );
    cache.set(key, entry);
    // A plain GET is answered by the app's own response when its body was not read to keep it: building
    // the same response again from the entry cost a new question about 0.1 ms of its ~0.5 ms.
    if (known !== undefined && plainGet) return response;
    return fromEntry(method, ifNoneMatch, entry, response.headers.get(REQUEST_ID) ?? requestIdOf(request));
  };

  const cachedFetch: FetchHandler = (request) => {
    const method = request.method;
    if (method !== "GET" && method !== "HEAD") return fetch(request);
    const key = keyOf(request.url, request.headers);
    // Read once: each header a request is asked for costs the Node adapter a lookup in the raw headers.
    const ifNoneMatch = request.headers.get("If-None-Match");
    const kept = cache.get(key);
    // A hit is answered at once, not in a promise: the Node adapter then writes it without waiting a turn.
    if (kept) return fromEntry(method, ifNoneMatch, kept, requestIdOf(request));
    return miss(request, key, ifNoneMatch);
  };

  const answerNode = (incoming: IncomingMessage, outgoing: ServerResponse): boolean => {
    const method = incoming.method;
    if (method !== "GET" && method !== "HEAD") return false;
    const target = incoming.url;
    const host = incoming.headers.host;
    if (target === undefined || host === undefined || !PLAIN_TARGET.test(target) || !PLAIN_HOST.test(host))
      return false;
    if (DOT_SEGMENT.test(target)) return false;
    // The URL the adapter would build, so the key (and its memo in `canonicalKey`) is the same.
    const headers: HeaderReader = { get: (name) => nodeHeader(incoming, name) };
    const kept = cache.get(keyOf(`http://${host}${target}`, headers));
    if (kept === undefined) return false;
    const id = requestIdFrom(nodeHeader(incoming, REQUEST_ID));
    const reply = replyFrom(method, nodeHeader(incoming, "if-none-match"), kept, id);
    outgoing.writeHead(reply.status, reply.headers);
    if (reply.body === null) outgoing.end();
    else outgoing.end(reply.body);
    return true;
  };

  return { fetch: cachedFetch, answerNode };
}

/** `fetch` with repeated GETs and HEADs answered from memory; only 200 answers are kept, never errors. */
export function withAnswerCache(fetch: FetchHandler, options: AnswerCacheOptions): FetchHandler {
  return nodeAnswerCache(fetch, options).fetch;
}
