/**
 * An in-memory cache of serialized answers. Every answer of the API is a pure function of the dataset
 * version and the URL, so a hot question (the same search asked again) can skip the search and the
 * JSON serialization entirely. Bounded in entries and bytes, least recently used first out; one per
 * process on Node, one per isolate on Workers (where the CDN cache sits in front of it).
 */
import type { MiddlewareHandler } from "hono";
import { answerJson } from "../answer-json.js";

/** Bounds of {@link responseCache}. */
export interface ResponseCacheOptions {
  /** Most answers kept. */
  maxEntries: number;
  /** Most bytes kept across all answers. */
  maxTotalSize: number;
  /** Answers larger than this are never kept. */
  maxEntrySize: number;
}

interface Entry {
  /** The answer as UTF-8 bytes: encoded once, written as they are on every hit. */
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
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
const utf8 = new TextEncoder();

/** Serves repeated GETs from memory; only 200 JSON answers are kept, never errors. */
export function responseCache(options: ResponseCacheOptions): MiddlewareHandler {
  const cache = new AnswerCache(options);
  return async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") {
      await next();
      return;
    }
    const url = c.req.url;
    const key = url.slice(url.indexOf("/", url.indexOf("//") + 2));
    const hit = cache.get(key);
    if (hit) return c.body(hit.body, 200, { "Content-Type": hit.contentType });
    // Keep the JSON text the handler produces as it is produced, instead of reading the response back
    // (which on Node would turn its string body into a stream and slow down every miss).
    let serialized: string | undefined;
    const json = c.json;
    c.json = ((object: unknown, arg?: unknown, headers?: unknown) => {
      if ((arg !== undefined && typeof arg !== "number") || headers !== undefined) {
        return json(object as never, arg as never, headers as never);
      }
      serialized = answerJson(object);
      return c.body(serialized, arg as 200 | undefined, { "Content-Type": JSON_TYPE });
    }) as typeof c.json;
    await next();
    if (serialized !== undefined && c.res.status === 200) {
      cache.set(key, { body: utf8.encode(serialized), contentType: JSON_TYPE });
    }
  };
}
