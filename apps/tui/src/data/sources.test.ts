/** Both data sources answer every question alike: the API through its typed client, in-process, and the library. */
import { app as api } from "@s400/api";
import { describe, expect, it } from "vitest";
import { createApiSource } from "./api.js";
import { createLocalSource } from "./local.js";
import { type DataSource, DataSourceError } from "./source.js";

const local = createLocalSource();
const remote = createApiSource("http://s400.test", {
  fetch: (input, init) =>
    Promise.resolve(api.request(input instanceof Request ? input : String(input), init)),
});

/** What crossed the wire is JSON: compare the local answer as JSON too. */
const json = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

const questions: readonly [string, (source: DataSource) => Promise<unknown>][] = [
  ["meta", (s) => s.meta()],
  ["entities", (s) => s.entities()],
  ["entities of a type", (s) => s.entities({ type: "person" })],
  ["an entity by alias", (s) => s.getEntity("Defence Industry Directorate")],
  ["statements about an entity", (s) => s.statementsAbout("ssb")],
  ["statements with a predicate", (s) => s.statementsAbout("turkey", { predicate: "purchases" })],
  ["neighbours", (s) => s.related("turkey")],
  ["quotes", (s) => s.quotes()],
  ["quotes by a speaker", (s) => s.quotes({ speaker: "Cavusoglu" })],
  ["the timeline", (s) => s.timeline()],
  ["the timeline in a range", (s) => s.timeline({ from: "2020-12", to: "2021" })],
  ["topics", (s) => s.topics()],
  ["claims by a party", (s) => s.claims({ by: "turkey" })],
  ["positions", (s) => s.positions()],
  ["sources", (s) => s.sources()],
  ["a source and what cites it", (s) => s.sourceWithCiting("s09")],
  ["a record with its provenance", (s) => s.recordWithProvenance("ismail-demir")],
  ["search", (s) => s.search("Defense Industries", { limit: 5 })],
  ["search by type", (s) => s.search("sanctions", { limit: 5, types: ["event", "claim"] })],
  ["a question", (s) => s.answer("Who heads the SSB?")],
  ["a question without diacritics", (s) => s.answer("what did cavusoglu call the sanctions")],
  ["a question the text does not answer", (s) => s.answer("How much did Turkey pay for the S-400?")],
];

describe("the API source and the local source", () => {
  it.each(questions)("answer %s alike", async (_what, ask) => {
    const [mine, theirs] = await Promise.all([ask(local), ask(remote)]);
    expect(theirs).toEqual(json(mine));
  });

  it("get ready for searching: in-process at once, from the API without a request", async () => {
    let requests = 0;
    const counted = createApiSource("http://s400.test", {
      fetch: (input, init) => {
        requests += 1;
        return Promise.resolve(api.request(input instanceof Request ? input : String(input), init));
      },
    });
    counted.prepare();
    local.prepare();
    local.prepare();
    expect(requests).toBe(0);
    expect(await local.answer("Who heads the SSB?")).toEqual(await counted.answer("Who heads the SSB?"));
  });

  it("follow the API's cursors to the end of a list", async () => {
    const paged = createApiSource("http://s400.test", {
      pageSize: 3,
      fetch: (input, init) =>
        Promise.resolve(api.request(input instanceof Request ? input : String(input), init)),
    });
    const [entities, statements] = await Promise.all([paged.entities(), paged.statementsAbout("turkey")]);
    expect(entities).toEqual(json(await local.entities()));
    expect(entities.length).toBeGreaterThan(3);
    expect(statements).toEqual(json(await local.statementsAbout("turkey")));
  });

  it.each([
    ["an unknown entity", (s: DataSource) => s.getEntity("nobody-at-all"), "NOT_FOUND"],
    ["an unknown record", (s: DataSource) => s.recordWithProvenance("st-nothing"), "NOT_FOUND"],
    ["a bad search limit", (s: DataSource) => s.search("ssb", { limit: 0 }), "INVALID_ARGUMENT"],
    ["an empty question", (s: DataSource) => s.answer("   "), "INVALID_ARGUMENT"],
    ["an over-long question", (s: DataSource) => s.answer("why ".repeat(100)), "INVALID_ARGUMENT"],
  ] as const)("fail alike for %s", async (_what, ask, code) => {
    for (const source of [local, remote]) {
      const error = await ask(source).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(DataSourceError);
      expect((error as DataSourceError).code).toBe(code);
      expect((error as DataSourceError).message).not.toContain("\n");
    }
  });
});

describe("the API source, given a server that answers in another shape", () => {
  /** The real API, with one route's JSON body changed by `edit`. */
  const bent = (path: string, edit: (body: Record<string, unknown>) => unknown) =>
    createApiSource("http://s400.test", {
      fetch: async (input, init) => {
        const response = await api.request(input instanceof Request ? input : String(input), init);
        if (!new URL(response.url || String(input), "http://s400.test").pathname.startsWith(path))
          return response;
        const body = (await response.json()) as Record<string, unknown>;
        return Response.json(edit(body), { status: response.status });
      },
    });

  it.each([
    [
      "an entity without its id",
      bent("/v1/entities/ssb", ({ id: _id, ...rest }) => rest),
      (s: DataSource) => s.getEntity("ssb"),
      /an entity is not in the shape of @s400\/data at id/,
    ],
    [
      "a list item of an unknown kind",
      bent("/v1/quotes", (body) => ({
        ...body,
        items: (body.items as Record<string, unknown>[]).map((item) => ({ ...item, kind: "rumour" })),
      })),
      (s: DataSource) => s.quotes(),
      /a quote is not in the shape of @s400\/data at 0\.kind/,
    ],
    [
      "an answer whose confidence is a word",
      bent("/v1/answer", (body) => ({
        ...body,
        answer: { ...(body.answer as Record<string, unknown>), confidence: "high" },
      })),
      (s: DataSource) => s.answer("Who heads the SSB?"),
      /the answer is not in the shape of @s400\/data at confidence/,
    ],
  ] as const)("names it for %s instead of drawing it", async (_what, source, ask, message) => {
    const error = await ask(source).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DataSourceError);
    expect((error as DataSourceError).code).toBe("NOT_S400");
    expect((error as DataSourceError).message).toMatch(message);
    expect((error as DataSourceError).message).not.toContain("\n");
  });
});
