/** The checks that turn a bad argument into a typed S400Error. */
import { S400Error } from "./errors.js";
import { type Predicate, predicateLabels } from "./model/statement.js";

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
