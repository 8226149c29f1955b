/** The vocabularies a caller may pass, and the checks that turn a bad argument into a typed S400Error. */
import { S400Error } from "../errors.js";
import type { Stance } from "../model/claim.js";
import type { EntityType } from "../model/entity.js";
import type { RecordKind } from "../model/record.js";
import { type Predicate, predicateLabels } from "../model/statement.js";

/** Every entity type, in the order the model lists them. */
export const entityTypes = Object.freeze([
  "person",
  "country",
  "organization",
  "alliance",
  "political-party",
  "weapon-system",
  "body",
  "group",
] as const satisfies readonly EntityType[]);

/** Every stance a claim can take. */
export const stances = Object.freeze([
  "for",
  "against",
  "mixed",
  "neutral",
] as const satisfies readonly Stance[]);

/** Every kind of record, in the order `meta().counts` and `citing()` list them. */
export const recordKinds = Object.freeze([
  "source",
  "entity",
  "statement",
  "event",
  "topic",
  "claim",
  "quote",
] as const satisfies readonly RecordKind[]);

// Compile-time checks that the lists above are exhaustive: adding a type to the model without
// listing it here fails the build.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
const exhaustive: [
  Missing<EntityType, (typeof entityTypes)[number]>,
  Missing<Stance, (typeof stances)[number]>,
  Missing<RecordKind, (typeof recordKinds)[number]>,
] = [true, true, true];
void exhaustive;

/** Throws INVALID_ARGUMENT unless `value` is a string with something other than white space in it. */
export function requireText(value: unknown, name: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new S400Error(
      "INVALID_ARGUMENT",
      `${name} must be a non-empty string, got ${describe(value)}`,
      name,
    );
  }
  return value;
}

/** Throws INVALID_ARGUMENT unless `value` is absent or an object (an options bag). */
export function requireOptions<T extends object>(value: T | undefined, name = "options"): Partial<T> {
  if (value === undefined) return {};
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new S400Error("INVALID_ARGUMENT", `${name} must be an object, got ${describe(value)}`, name);
  }
  return value;
}

/** Throws INVALID_ARGUMENT unless `value` is one of `allowed`. */
export function requireOneOf<T extends string>(value: unknown, allowed: readonly T[], name: string): T {
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new S400Error(
    "INVALID_ARGUMENT",
    `${name} must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}, got ${describe(value)}`,
    name,
  );
}

/** Throws INVALID_ARGUMENT unless `value` is a predicate of the model. */
export function requirePredicate(value: unknown): Predicate {
  return requireOneOf(value, Object.keys(predicateLabels) as Predicate[], "predicate");
}

/** Throws INVALID_ARGUMENT unless `value` is a positive whole number. */
export function requirePositiveInteger(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new S400Error(
      "INVALID_ARGUMENT",
      `${name} must be a positive whole number, got ${describe(value)}`,
      name,
    );
  }
  return value;
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : String(value);
}
