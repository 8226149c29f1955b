import { describe, expect, it } from "vitest";
import { deepFreeze } from "./freeze.js";

describe("deepFreeze", () => {
  it("freezes objects and arrays at every depth, in place", () => {
    const inner: unknown[] = [1, [2]];
    const value = { a: [{ b: { c: inner } }], d: "x", e: null };
    expect(deepFreeze(value)).toBe(value);
    for (const part of [value, value.a, value.a[0], value.a[0]?.b, inner, inner[1]])
      expect(Object.isFrozen(part)).toBe(true);
    expect(() => inner.push(3)).toThrow(TypeError);
    expect(inner).toHaveLength(2);
  });

  it("walks shared parts and cycles once, and leaves primitives alone", () => {
    const shared = { n: 1 };
    const cycle: { self?: unknown; shared: typeof shared; list: unknown[] } = { shared, list: [shared] };
    cycle.self = cycle;
    cycle.list.push(cycle);
    deepFreeze(cycle);
    expect(Object.isFrozen(shared)).toBe(true);
    expect(Object.isFrozen(cycle.list)).toBe(true);
    for (const primitive of [0, "", null, undefined, true]) expect(deepFreeze(primitive)).toBe(primitive);
  });

  it("freezes only own properties, as Object.keys lists them", () => {
    const proto = { inherited: { x: 1 } };
    const value = Object.create(proto) as { own: { y: number }; inherited: { x: number } };
    value.own = { y: 2 };
    deepFreeze(value);
    expect(Object.isFrozen(value.own)).toBe(true);
    expect(Object.isFrozen(proto.inherited)).toBe(false);
  });
});
