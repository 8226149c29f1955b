/** One interface over the two places the facts can come from: the in-process library or the HTTP API. */
import type { Queries, QueryName } from "@s400/data";

export type {
  DatasetMeta,
  Neighbour,
  Position,
  ProvenanceView,
  RecordWithProvenance,
  SearchHit,
  SourceWithCiting,
} from "@s400/data";

/** The library's queries the views and commands ask; adding one here gives both sources the question. */
export const askedQueries = [
  "meta",
  "entities",
  "getEntity",
  "statementsAbout",
  "related",
  "quotes",
  "timeline",
  "topics",
  "claims",
  "positions",
  "sources",
  "sourceWithCiting",
  "recordWithProvenance",
  "search",
] as const satisfies readonly QueryName[];

type Asked = (typeof askedQueries)[number];

/** A query's asynchronous form: the same arguments, the answer in a promise. */
type Async<F> = F extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;

/**
 * Everything the views ask for: `Queries` of `@s400/data` in its asynchronous form, so both
 * implementations answer the same questions with the same arguments and shapes as the library.
 */
export type DataSource = { readonly [K in Asked]: Async<Queries[K]> } & {
  /** Where the data comes from, when it is not the built-in dataset ("API http://…"). */
  readonly origin: string | undefined;
  /** Gives up every request still waiting (the user quit), so nothing holds the process open. */
  close(): void;
};

/** Why a data source call failed, so the CLI can pick a message and an exit code. */
export type DataSourceErrorCode =
  | "NOT_FOUND"
  | "INVALID_ARGUMENT"
  | "UNREACHABLE"
  | "TIMEOUT"
  | "NOT_S400"
  | "API_ERROR";

/** The one error a data source rejects with; its message is a sentence a user can act on. */
export class DataSourceError extends Error {
  override readonly name = "DataSourceError";
  readonly code: DataSourceErrorCode;

  constructor(code: DataSourceErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** The message of any thrown value, on one line. */
export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, " ").trim();
}

/** Answers known at once: an in-process source's promises, whose values can be drawn without a Loading frame. */
const known = new WeakMap<Promise<unknown>, { readonly value: unknown } | { readonly error: unknown }>();

/** A promise of an answer that is already at hand, which `peek` can read synchronously. */
export function settled<T>(run: () => T): Promise<T> {
  let promise: Promise<T>;
  try {
    const value = run();
    promise = Promise.resolve(value);
    known.set(promise, { value });
  } catch (error) {
    promise = Promise.reject(error);
    // Marked handled: whoever peeks takes the error from here instead.
    promise.catch(() => undefined);
    known.set(promise, { error });
  }
  return promise;
}

/** The outcome of a promise made by `settled`, or undefined for one that has yet to settle. */
export function peek<T>(
  promise: Promise<T>,
): { readonly value: T } | { readonly error: unknown } | undefined {
  return known.get(promise) as { readonly value: T } | { readonly error: unknown } | undefined;
}

/** Like `Promise.all`, but known at once when every part is. */
export function all<const P extends readonly Promise<unknown>[]>(
  parts: P,
): Promise<{ -readonly [I in keyof P]: Awaited<P[I]> }> {
  type Values = { -readonly [I in keyof P]: Awaited<P[I]> };
  const outcomes = parts.map((part) => peek(part));
  if (outcomes.every((o) => o !== undefined && "value" in o)) {
    return settled(() => outcomes.map((o) => (o as { value: unknown }).value) as Values);
  }
  return Promise.all(parts) as Promise<Values>;
}

/** `promise.then(map)`, but known at once when `promise` is (named so the module is no thenable). */
export function mapAnswer<T, U>(promise: Promise<T>, map: (value: T) => U): Promise<U> {
  const known = peek(promise);
  if (known && "value" in known) return settled(() => map(known.value));
  return promise.then(map);
}
