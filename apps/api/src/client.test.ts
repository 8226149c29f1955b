import { getEntity, search } from "@s400/data";
import { describe, expect, expectTypeOf, it } from "vitest";
import { app } from "./app.js";
import { createClient } from "./client.js";

// The typed client, wired to the app in-process instead of over the network.
const inProcess = async (input: RequestInfo | URL, init?: RequestInit) => app.request(input, init);
const api = createClient("http://localhost", { fetch: inProcess });

describe("createClient", () => {
  it("types and fetches an entity by alias", async () => {
    const res = await api.v1.entities[":idOrAlias"].$get({
      param: { idOrAlias: "Defence Industry Directorate" },
    });
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    const entity = await res.json();
    expectTypeOf(entity.name).toBeString();
    expect(entity.name).toBe(getEntity("ssb").name);
  });

  it("types search hits and list pages", async () => {
    const res = await api.v1.search.$get({ query: { q: "S-400 contract", limit: "3" } });
    if (!res.ok) throw new Error(`unexpected ${res.status}`);
    const { results } = await res.json();
    expectTypeOf(results[0]?.score).toEqualTypeOf<number | undefined>();
    expect(results.map((hit) => hit.id)).toEqual(search("S-400 contract", { limit: 3 }).map((hit) => hit.id));

    const page = await api.v1.entities.$get({ query: { type: "person", limit: "2" } });
    if (!page.ok) throw new Error(`unexpected ${page.status}`);
    const body = await page.json();
    expectTypeOf(body.nextCursor).toEqualTypeOf<string | null>();
    expect(body.items).toHaveLength(2);
  });

  it("types problem answers", async () => {
    const res = await api.v1.entities[":idOrAlias"].$get({ param: { idOrAlias: "nobody" } });
    expect(res.status).toBe(404);
    if (res.status === 404) {
      const problem = await res.json();
      expectTypeOf(problem.detail).toBeString();
      expect(problem.type).toBe("/docs#problem-not-found");
    }
  });
});
