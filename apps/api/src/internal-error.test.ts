/** An unexpected failure inside a query becomes a 500 problem that says nothing about the failure. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { call, expectProblem } from "./test-helpers.js";

// `topics()` fails as a bug in the data package might; every other export stays real.
vi.mock("@s400/data", async (importOriginal) => {
  const original = await importOriginal<typeof import("@s400/data")>();
  return {
    ...original,
    topics: () => {
      throw new TypeError("Cannot read properties of undefined (reading 'secret internals')");
    },
  };
});

describe("an unexpected error", () => {
  const logged = vi.spyOn(console, "error").mockImplementation(() => {});
  afterEach(() => logged.mockClear());

  it("answers 500 problem+json without the error's message or stack, never cached, and logs it with the request id", async () => {
    const res = await call("/v1/topics");
    const body = await expectProblem(res, 500);
    expect(body.type).toBe("/docs#problem-internal-error");
    expect(JSON.stringify(body)).not.toMatch(/secret internals|TypeError|at /);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect(res.headers.get("X-Request-Id")).toBe(body.requestId);
    expect(logged).toHaveBeenCalledWith(`[${body.requestId}]`, expect.any(TypeError));
  });
});
