/** Checks of what a caller hands the format generators, so bad input is an S400Error, not a TypeError deep inside. */
import { S400Error } from "../errors.js";
import type { Dataset } from "../model/record.js";
import { defaultBase, type FormatOptions } from "./iri.js";

const LISTS = ["sources", "entities", "statements", "events", "topics", "claims", "quotes"] as const;
/** An absolute IRI starts with a scheme (RFC 3987): a letter, then letters, digits, `+`, `-` or `.`, then `:`. */
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\S*$/;

/** The dataset, checked to have every list of records; throws INVALID_ARGUMENT otherwise. */
export function requireDataset(dataset: unknown): Dataset {
  const value = dataset as Partial<Record<string, unknown>> | null | undefined;
  const missing = LISTS.filter((list) => !Array.isArray(value?.[list]));
  if (
    typeof dataset !== "object" ||
    dataset === null ||
    missing.length > 0 ||
    typeof value?.dateline !== "object"
  )
    throw new S400Error(
      "INVALID_ARGUMENT",
      `dataset must be an @s400/data Dataset (with a dateline and ${LISTS.join(", ")})${missing.length > 0 ? `; missing ${missing.join(", ")}` : ""}`,
      "dataset",
    );
  return dataset as Dataset;
}

/** The options, with `base` checked to be an absolute IRI without spaces; throws INVALID_ARGUMENT otherwise. */
export function requireOptions(options: unknown): FormatOptions & { readonly base: string } {
  if (options === undefined) return { base: defaultBase };
  if (typeof options !== "object" || options === null)
    throw new S400Error("INVALID_ARGUMENT", "options must be an object such as { base }", "options");
  const { base = defaultBase } = options as { base?: unknown };
  if (typeof base !== "string" || !SCHEME.test(base))
    throw new S400Error(
      "INVALID_ARGUMENT",
      `base must be an absolute IRI prefix such as "urn:s400:" or "https://example.org/records/", got ${JSON.stringify(base)}`,
      "base",
    );
  return { base };
}
