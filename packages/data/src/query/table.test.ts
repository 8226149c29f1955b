/** The query table is the one list of queries: `Queries`, `createQueries` and the exports agree with it. */
import { describe, expect, expectTypeOf, it } from "vitest";
import { dataset } from "../facts/index.js";
import * as library from "../index.js";
import type { Entity } from "../model/entity.js";
import { createQueries, type Queries, type QueryName } from "./index.js";

describe("the query table", () => {
  const queries = createQueries(dataset);
  const names = Object.keys(queries).filter((name) => name !== "dataset") as QueryName[];

  it("binds every query of the table, and the package exports each under the same name", () => {
    expect(names.length).toBeGreaterThan(15);
    for (const name of names) {
      expect(typeof queries[name], name).toBe("function");
      expect(typeof (library as Record<string, unknown>)[name], name).toBe("function");
    }
  });

  it("gives the bound queries the caller's arguments only", () => {
    expectTypeOf<Queries["getEntity"]>().toEqualTypeOf<(idOrName: string) => Entity>();
    expectTypeOf<Queries["findEntity"]>().parameters.toEqualTypeOf<[idOrName: string]>();
    expectTypeOf<typeof library.getEntity>().toEqualTypeOf<Queries["getEntity"]>();
    expectTypeOf<QueryName>().toExtend<keyof Queries>();
  });
});
