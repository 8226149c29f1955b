import { describe, expect, it } from "vitest";
import {
  aliasKinds,
  dataset,
  datePrecisions,
  entityTypes,
  predicateLabels,
  qualifierProperties,
  recordKinds,
  stances,
} from "../index.js";

describe("the exported vocabularies", () => {
  const lists = { aliasKinds, datePrecisions, entityTypes, qualifierProperties, recordKinds, stances };

  it.each(Object.entries(lists))("%s is frozen and has no repeats", (_name, list) => {
    expect(Object.isFrozen(list)).toBe(true);
    expect(new Set(list).size).toBe(list.length);
  });

  it("name every value the dataset uses", () => {
    const has = (list: readonly string[], value: string) => expect(list).toContain(value);
    for (const entity of dataset.entities) {
      has(entityTypes, entity.type);
      for (const alias of entity.aliases) has(aliasKinds, alias.kind);
    }
    for (const statement of dataset.statements) {
      expect(Object.keys(predicateLabels)).toContain(statement.predicate);
      for (const qualifier of statement.qualifiers) has(qualifierProperties, qualifier.property);
    }
    for (const event of dataset.events) has(datePrecisions, event.date.precision);
    for (const claim of dataset.claims) has(stances, claim.stance);
    const kinds = new Set(
      [
        dataset.sources,
        dataset.entities,
        dataset.statements,
        dataset.events,
        dataset.topics,
        dataset.claims,
        dataset.quotes,
      ]
        .flat()
        .map((record) => record.kind),
    );
    expect([...kinds].sort()).toEqual([...recordKinds].sort());
  });
});
