import { describe, expect, it } from "vitest";
import { deepFreeze, deepFreezeParsed } from "./freeze.js";

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

describe("deepFreezeParsed", () => {
  it("freezes a tree fresh from JSON.parse at every depth, in place", () => {
    const value = JSON.parse('{"a":[{"b":{"c":[1,[2]]}}],"d":"x","e":null}') as {
      a: { b: { c: unknown[] } }[];
    };
    expect(deepFreezeParsed(value)).toBe(value);
    const inner = value.a[0]?.b.c ?? [];
    for (const part of [value, value.a, value.a[0], value.a[0]?.b, inner, inner[1]])
      expect(Object.isFrozen(part)).toBe(true);
    for (const primitive of [0, "", null, true]) expect(deepFreezeParsed(primitive)).toBe(primitive);
  });

  it("freezes only own properties when Object.prototype has an enumerable one", () => {
    const proto = Object.prototype as Record<string, unknown>;
    const added = { x: 1 };
    proto.polluted = added;
    try {
      const value = deepFreezeParsed(JSON.parse('{"own":{"y":2}}') as { own: object });
      expect(Object.isFrozen(value.own)).toBe(true);
      expect(Object.isFrozen(added)).toBe(false);
    } finally {
      delete proto.polluted;
    }
  });
});
