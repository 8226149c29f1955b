import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, paginate } from "./pagination.js";
import { ProblemException } from "./problem.js";

describe("cursors", () => {
  it("round-trip every offset through an opaque URL-safe string", () => {
    fc.assert(
      fc.property(fc.nat({ max: 999_999_999 }), (offset) => {
        const cursor = encodeCursor(offset);
        expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(cursor).not.toContain(String(offset));
        expect(decodeCursor(cursor)).toBe(offset);
      }),
    );
  });

  it("reject anything this API did not hand out", () => {
    for (const cursor of ["", "!!", "bzo", "bzotMQ", "bzowMQ", "eDo1", "bzoxMjM0NTY3ODkwMQ", "=", "o:5"]) {
      expect(() => decodeCursor(cursor), cursor).toThrow(ProblemException);
    }
  });
});

describe("paginate", () => {
  const all = Array.from({ length: 7 }, (_, i) => i);

  it("cuts pages and links them until the end", () => {
    const first = paginate(all, { limit: 3 });
    expect(first).toMatchObject({ items: [0, 1, 2], total: 7 });
    const second = paginate(all, { limit: 3, cursor: first.nextCursor ?? "" });
    expect(second.items).toEqual([3, 4, 5]);
    const last = paginate(all, { limit: 3, cursor: second.nextCursor ?? "" });
    expect(last).toEqual({ items: [6], total: 7, nextCursor: null });
  });

  it("answers an empty page at the exact end and refuses cursors past it", () => {
    expect(paginate(all, { limit: 3, cursor: encodeCursor(7) }).items).toEqual([]);
    expect(() => paginate(all, { limit: 3, cursor: encodeCursor(8) })).toThrow(/past the end/);
  });
});
