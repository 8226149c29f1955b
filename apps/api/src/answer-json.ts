/**
 * JSON text of an answer, the same as `JSON.stringify(answer)` but without re-serializing records.
 *
 * The dataset's records are deeply frozen and fixed for the life of the process or isolate, so each
 * record's JSON is built once, the first time an answer holds it, and spliced into every later answer
 * that holds the same record. Only the small shell around the records (`{ results: [{ type, id, score,
 * record }] }`, `{ items, total, nextCursor }`, provenance views, …) is written per answer. Every route
 * that answers under `/v1` goes through here, by way of `answer()` in `answer.ts`.
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

/**
 * Where {@link write} puts an answer: the text written since the last record, and before it the parts
 * already done. With `bytes`, a record goes in as its UTF-8 bytes (encoded once, like its text);
 * without, as its text.
 */
interface Sink {
  bytes: boolean;
  parts: (string | Uint8Array)[];
  text: string;
}

const utf8 = new TextEncoder();
const recordBytes = new WeakMap<object, Uint8Array>();

/** The cached JSON of a dataset record, or `undefined` if `value` is not one. */
function recordJsonOf(value: object): string | undefined {
  let json = recordJson.get(value);
  if (json === undefined && isRecord(value)) {
    json = JSON.stringify(value);
    recordJson.set(value, json);
  }
  return json;
}

/** Writes the JSON of `value` to `sink`; false (and nothing written) where JSON.stringify leaves it out. */
function write(value: unknown, sink: Sink): boolean {
  switch (typeof value) {
    case "string":
      sink.text += quoted(value);
      return true;
    case "number":
      sink.text += Number.isFinite(value) ? String(value) : "null";
      return true;
    case "boolean":
      sink.text += value ? "true" : "false";
      return true;
    case "object":
      break;
    default: {
      // undefined, functions and symbols are left out; a bigint throws, as in JSON.stringify.
      const json = JSON.stringify(value);
      if (json === undefined) return false;
      sink.text += json;
      return true;
    }
  }
  if (value === null) {
    sink.text += "null";
    return true;
  }
  const json = recordJsonOf(value);
  if (json !== undefined) {
    if (sink.bytes) {
      let bytes = recordBytes.get(value);
      if (bytes === undefined) {
        bytes = utf8.encode(json);
        recordBytes.set(value, bytes);
      }
      sink.parts.push(sink.text, bytes);
      sink.text = "";
    } else {
      sink.text += json;
    }
    return true;
  }
  if (Array.isArray(value)) {
    sink.text += "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) sink.text += ",";
      if (!write(value[i], sink)) sink.text += "null";
    }
    sink.text += "]";
    return true;
  }
  if (!isPlainObject(value)) {
    // Anything else (a Date, a Map, an object with toJSON, …) is left to JSON.stringify's own rules.
    const other = JSON.stringify(value);
    if (other === undefined) return false;
    sink.text += other;
    return true;
  }
  const keys = Object.keys(value);
  if (keys.length === 4 && writeHit(value as Record<string, unknown>, keys, sink)) return true;
  sink.text += "{";
  let first = true;
  for (const key of keys) {
    const member = (value as Record<string, unknown>)[key];
    let other: string | undefined;
    if (typeof member === "object" && member !== null && !Array.isArray(member) && !isPlainObject(member)) {
      // What JSON.stringify makes of it decides whether the key is written at all.
      other = JSON.stringify(member);
      if (other === undefined) continue;
    } else if (member === undefined || typeof member === "function" || typeof member === "symbol") {
      continue;
    }
    sink.text += first ? memberName(key) : `,${memberName(key)}`;
    first = false;
    if (other === undefined) write(member, sink);
    else sink.text += other;
  }
  sink.text += "}";
  return true;
}

/** The start of a search hit's JSON up to its score, per record: `{"type":"entity","id":"ssb","score":`. */
const hitPrefixes = new WeakMap<object, string>();

/**
 * Writes a search hit, `{ type, id, score, record }` in that order with `type` and `id` the record's
 * own, from a start kept per record; false (and nothing written) for any other object. A search answer
 * is ten of them: member by member, a 10-hit answer's bytes took about 34 µs, this way about 27 µs
 * (Node 20, the two serializers timed in turns in one process).
 */
function writeHit(value: Record<string, unknown>, keys: readonly string[], sink: Sink): boolean {
  if (keys[0] !== "type" || keys[1] !== "id" || keys[2] !== "score" || keys[3] !== "record") return false;
  const { type, id, score, record } = value;
  if (typeof type !== "string" || typeof id !== "string" || typeof score !== "number") return false;
  if (typeof record !== "object" || record === null) return false;
  const own = record as { kind?: unknown; id?: unknown };
  if (own.kind !== type || own.id !== id || recordJsonOf(record) === undefined) return false;
  let prefix = hitPrefixes.get(record);
  if (prefix === undefined) {
    prefix = `{"type":${quoted(type)},"id":${quoted(id)},"score":`;
    hitPrefixes.set(record, prefix);
  }
  sink.text += prefix;
  write(score, sink);
  sink.text += ',"record":';
  write(record, sink);
  sink.text += "}";
  return true;
}

/**
 * `JSON.stringify(text)`. On Node 20 that call costs ~160 ns even for a short id, and an answer's shell
 * has dozens of them. Scanning for a character JSON may escape (a control character, a quote, a
 * backslash, a surrogate) and quoting text that has none is about twice as fast.
 */
function quoted(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x22 || code === 0x5c || (code >= 0xd800 && code <= 0xdfff)) {
      return JSON.stringify(text);
    }
  }
  return `"${text}"`;
}

/** Most member names {@link memberName} keeps; the API's shells use a few dozen. */
const MEMBER_NAMES_KEPT = 1_024;
const memberNames = new Map<string, string>();

/** `"name":`, each name quoted once: the shells of every answer repeat the same few names. */
function memberName(name: string): string {
  let json = memberNames.get(name);
  if (json === undefined) {
    json = `${quoted(name)}:`;
    if (memberNames.size < MEMBER_NAMES_KEPT) memberNames.set(name, json);
  }
  return json;
}

/** A plain object without `toJSON`: written member by member. */
function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return (
    (prototype === Object.prototype || prototype === null) &&
    typeof (value as { toJSON?: unknown }).toJSON !== "function"
  );
}

/**
 * `JSON.stringify(answer)`, character for character, for the plain data the API answers with; each
 * dataset record inside is serialized once per process and reused.
 */
export function answerJson(answer: unknown): string {
  const sink: Sink = { bytes: false, parts: [], text: "" };
  write(answer, sink);
  return sink.text;
}

/**
 * The UTF-8 bytes of {@link answerJson}: records go in as bytes encoded once per process, so only the
 * shell around them is encoded per answer.
 */
export function answerBytes(answer: unknown): Uint8Array<ArrayBuffer> {
  const sink: Sink = { bytes: true, parts: [], text: "" };
  write(answer, sink);
  sink.parts.push(sink.text);
  // A UTF-16 code unit takes at most 3 bytes of UTF-8.
  let room = 0;
  for (const part of sink.parts) room += typeof part === "string" ? part.length * 3 : part.byteLength;
  const out = room <= SCRATCH_MAX ? scratchOf(room) : new Uint8Array(room);
  let size = 0;
  for (const part of sink.parts) {
    if (typeof part === "string") {
      size += utf8.encodeInto(part, out.subarray(size)).written;
    } else {
      out.set(part, size);
      size += part.byteLength;
    }
  }
  return out.slice(0, size);
}

/** Answers up to this many bytes are assembled in one buffer kept for the life of the process. */
const SCRATCH_MAX = 1 << 20;
let scratch = new Uint8Array(64 * 1024);

/**
 * The kept buffer, at least `room` bytes long. Assembling there and copying out exactly the bytes
 * written saves a search answer a zero-filled buffer sized for the worst case and a second copy.
 */
function scratchOf(room: number): Uint8Array<ArrayBuffer> {
  if (scratch.byteLength < room)
    scratch = new Uint8Array(Math.min(SCRATCH_MAX, 2 ** Math.ceil(Math.log2(room))));
  return scratch;
}
