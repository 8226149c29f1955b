import { describe, expect, it } from "vitest";
import { memoByText } from "./memo.js";

describe("memoByText", () => {
  it("works a text out once, undefined results too, and stays within its limit", () => {
    let calls = 0;
    const upper = memoByText((text: string) => {
      calls++;
      return text.length > 1 ? text.toUpperCase() : undefined;
    }, 2);
    expect(upper("ab")).toBe("AB");
    expect(upper("ab")).toBe("AB");
    expect(upper("a")).toBeUndefined();
    expect(upper("a")).toBeUndefined();
    expect(calls).toBe(2);
    // A third text empties the memo first: "ab" is worked out again.
    expect(upper("cd")).toBe("CD");
    expect(upper("ab")).toBe("AB");
    expect(calls).toBe(4);
  });
});
