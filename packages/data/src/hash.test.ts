import { describe, expect, it } from "vitest";
import { canonicalJson, continueFnv1a64, fnv1a64 } from "./hash.js";

describe("fnv1a64", () => {
  it("matches the published FNV-1a 64-bit test vectors", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });

  it("hashes the UTF-8 bytes of non-ASCII text", () => {
    expect(fnv1a64("Çavuşoğlu")).not.toBe(fnv1a64("Cavusoglu"));
    expect(fnv1a64("’")).toMatch(/^[0-9a-f]{16}$/);
  });

  it("carries on from the hash of a prefix as if it had hashed the whole text", () => {
    expect(continueFnv1a64(fnv1a64("foo"), "bar")).toBe(fnv1a64("foobar"));
    expect(continueFnv1a64(fnv1a64(""), "a")).toBe("af63dc4c8601ec8c");
    const text = 'Çavuşoğlu said "the S-400’s deployment…" in Ankara';
    for (let at = 0; at <= text.length; at++) {
      expect(continueFnv1a64(fnv1a64(text.slice(0, at)), text.slice(at))).toBe(fnv1a64(text));
    }
  });
});

describe("canonicalJson", () => {
  it("sorts keys so key order never changes the text", () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe(
      canonicalJson({ a: [{ c: null, d: 2 }], b: 1 }),
    );
    expect(canonicalJson({ a: undefined, b: "x" })).toBe('{"b":"x"}');
  });
});
