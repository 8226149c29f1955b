/**
 * JSON text of an answer, the same as `JSON.stringify(answer)` but without re-serializing records.
 *
 * The dataset's records are deeply frozen and fixed for the life of the process or isolate, so each
 * record's JSON is built once, the first time an answer holds it, and spliced into every later answer
 * that holds the same record. Only the small shell around the records (`{ results: [{ type, id, score,
 * record }] }`, `{ items, total, nextCursor }`, provenance views, …) is written per answer. Every route
 * that answers `c.json(…)` under `/v1` goes through here (see `middleware/response-cache.ts`).
 */
import { dataset } from "@s400/data";

let records: WeakSet<object> | undefined;
const recordJson = new WeakMap<object, string>();

/** Whether `value` is one of the dataset's (deeply frozen) records. */
function isRecord(value: object): boolean {
  if (records === undefined) {
    records = new WeakSet();
    const { sources, entities, statements, events, topics, claims, quotes } = dataset;
    for (const list of [sources, entities, statements, events, topics, claims, quotes]) {
      for (const record of list) records.add(record);
    }
  }
  return records.has(value);
}

/** The JSON text of `value`, or `undefined` where `JSON.stringify` would leave it out. */
function write(value: unknown): string | undefined {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      return Number.isFinite(value) ? String(value) : "null";
    case "boolean":
      return value ? "true" : "false";
    case "object":
      break;
    default:
      // undefined, functions and symbols are left out; a bigint throws, as in JSON.stringify.
      return JSON.stringify(value);
  }
  if (value === null) return "null";
  let json = recordJson.get(value);
  if (json !== undefined) return json;
  if (isRecord(value)) {
    json = JSON.stringify(value);
    recordJson.set(value, json);
    return json;
  }
  if (Array.isArray(value)) {
    json = "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) json += ",";
      json += write(value[i]) ?? "null";
    }
    return `${json}]`;
  }
  const prototype = Object.getPrototypeOf(value);
  if (
    (prototype !== Object.prototype && prototype !== null) ||
    typeof (value as { toJSON?: unknown }).toJSON === "function"
  ) {
    // Anything but a plain object (a Date, a Map, …) is left to JSON.stringify's own rules.
    return JSON.stringify(value);
  }
  json = "{";
  let first = true;
  for (const key of Object.keys(value)) {
    const member = write((value as Record<string, unknown>)[key]);
    if (member === undefined) continue;
    json += first ? `${JSON.stringify(key)}:${member}` : `,${JSON.stringify(key)}:${member}`;
    first = false;
  }
  return `${json}}`;
}

/**
 * `JSON.stringify(answer)`, character for character, for the plain data the API answers with; each
 * dataset record inside is serialized once per process and reused.
 */
export function answerJson(answer: unknown): string {
  return write(answer) as string;
}
