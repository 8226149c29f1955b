import { describe, expect, it } from "vitest";
import { errorOf } from "../__fixtures__/errors.js";
import { dataset } from "../facts/index.js";
import { related, statementsAbout } from "../index.js";
import { statementEntities } from "../indexes/dataset-index.js";

describe("statementsAbout", () => {
  it("finds the statements that mention an entity as subject, object or qualifier value", () => {
    for (const entity of dataset.entities) {
      const expected = dataset.statements.filter((s) => statementEntities(s).includes(entity.id));
      expect(statementsAbout(entity.id)).toEqual(expected);
    }
  });

  it("accepts a name or alias for the entity", () => {
    const heads = statementsAbout("Defence Industry Directorate", { predicate: "head-of" });
    expect(heads.map((s) => s.subject)).toContain("ismail-demir");
    expect(statementsAbout("İsmail Demir")).toEqual(statementsAbout("ismail demir"));
  });

  it("narrows to one predicate, and gives an empty list when none match", () => {
    const sanctions = statementsAbout("ssb", { predicate: "sanctions" });
    expect(sanctions.length).toBeGreaterThan(0);
    expect(sanctions.every((s) => s.predicate === "sanctions")).toBe(true);
    expect(statementsAbout("f-35", { predicate: "head-of" })).toEqual([]);
  });

  it("rejects an unknown entity or predicate with a typed error", () => {
    expect(errorOf(() => statementsAbout("Atlantis")).code).toBe("NOT_FOUND");
    expect(errorOf(() => statementsAbout("ssb", { predicate: "likes" as never })).code).toBe(
      "INVALID_ARGUMENT",
    );
  });

  it("returns a frozen list", () => {
    const list = statementsAbout("ssb");
    expect(Object.isFrozen(list)).toBe(true);
    expect(() => (list as unknown as unknown[]).pop()).toThrow(TypeError);
    expect(statementsAbout("ssb")).toHaveLength(list.length);
  });
});

describe("related", () => {
  it("lists the neighbours of an entity with the statements that link them", () => {
    const neighbours = related("ssb");
    expect(neighbours.map((n) => n.entity.id)).toContain("ismail-demir");
    for (const { entity, statements } of neighbours) {
      expect(entity.id).not.toBe("ssb");
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        expect(statementEntities(statement)).toEqual(expect.arrayContaining(["ssb", entity.id]));
      }
    }
  });

  it("puts the most linked neighbours first", () => {
    const counts = related("turkey").map((n) => n.statements.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("is symmetric: if A is related to B, B is related to A", () => {
    for (const { entity } of related("united-states")) {
      expect(related(entity.id).map((n) => n.entity.id)).toContain("united-states");
    }
  });

  it("rejects an unknown entity", () => {
    expect(errorOf(() => related("nobody")).code).toBe("NOT_FOUND");
  });

  it("hands out frozen neighbours", () => {
    const [first] = related("ssb");
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first?.statements)).toBe(true);
  });
});
