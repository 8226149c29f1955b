import { Hono } from "hono";
import { requestId as honoRequestId } from "hono/request-id";
import { describe, expect, it } from "vitest";
import { requestId, requestIdFor } from "./request-id.js";

describe("requestId", () => {
  const ours = new Hono().use(requestId()).get("/", (c) => c.text(String(c.get("requestId"))));
  const hono = new Hono().use(honoRequestId()).get("/", (c) => c.text(String(c.get("requestId"))));
  const sent = ["trace-123", "a=b_c-1", "x".repeat(255), "x".repeat(256), "<script>", "two words", "é", ""];

  it("keeps or replaces a client's id exactly as hono/request-id does", async () => {
    for (const id of [...sent, undefined]) {
      const init = id === undefined ? undefined : { headers: { "X-Request-Id": id } };
      const [a, b] = [await ours.request("/", init), await hono.request("/", init)];
      const keptByHono = b.headers.get("X-Request-Id") === id;
      expect(a.headers.get("X-Request-Id") === id, String(id)).toBe(keptByHono);
      expect(await a.text()).toBe(a.headers.get("X-Request-Id"));
      expect(requestIdFor(id) === id).toBe(keptByHono);
    }
  });

  it("makes a new UUID otherwise", () => {
    expect(requestIdFor(null)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(requestIdFor(null)).not.toBe(requestIdFor(null));
  });
});
