/** Deep freezing, so no caller can change a record and with it the next caller's answer. */

/** Freezes `value` and everything reachable from it, in place, and returns it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
