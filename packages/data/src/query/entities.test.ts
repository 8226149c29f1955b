import { describe, expect, it } from "vitest";
import { errorOf } from "../__fixtures__/errors.js";
import { dataset } from "../facts/index.js";
import { entities, findEntity, getEntity } from "../index.js";

describe("getEntity", () => {
  it("finds every entity by its id, its name and each of its aliases", () => {
    for (const entity of dataset.entities) {
      expect(getEntity(entity.id)).toBe(entity);
      expect(getEntity(entity.name)).toBe(entity);
      for (const alias of entity.aliases) {
        // An alias may be shared (e.g. "Turkish"); it must at least find an entity.
        expect(getEntity(alias.text).kind).toBe("entity");
      }
    }
  });

  it("ignores case, diacritics and the Defence/Defense spelling", () => {
    expect(getEntity("Defence Industry Directorate").id).toBe("ssb");
    expect(getEntity("DEFENSE INDUSTRY DIRECTORATE").id).toBe("ssb");
    expect(getEntity("SSB").id).toBe("ssb");
    expect(getEntity("İsmail Demir").id).toBe("ismail-demir");
    expect(getEntity("ismail demir").id).toBe("ismail-demir");
  });

  it("finds people with and without their diacritics and places standing for governments", () => {
    expect(getEntity("cavusoglu").id).toBe("mevlut-cavusoglu");
    expect(getEntity("Çavuşoğlu").id).toBe("mevlut-cavusoglu");
    expect(getEntity("Mevlüt Çavuşoğlu").id).toBe("mevlut-cavusoglu");
    expect(getEntity("Ankara").id).toBe("turkey");
    expect(getEntity("Washington").id).toBe("united-states");
    expect(getEntity("U.S.").id).toBe("united-states");
    expect(getEntity("s400").id).toBe("s-400");
  });

  it("throws NOT_FOUND for an unknown name and INVALID_ARGUMENT for an empty one", () => {
    const missing = errorOf(() => getEntity("Atlantis"));
    expect(missing.code).toBe("NOT_FOUND");
    expect(missing.message).toContain("Atlantis");
    expect(errorOf(() => getEntity("  ")).code).toBe("INVALID_ARGUMENT");
    expect(errorOf(() => getEntity(42 as unknown as string)).code).toBe("INVALID_ARGUMENT");
  });
});

describe("findEntity", () => {
  it("returns undefined rather than throwing for an unknown name", () => {
    expect(findEntity("Atlantis")).toBeUndefined();
    expect(findEntity("Defense Industries Presidency")?.id).toBe("ssb");
  });

  it("still rejects an empty name", () => {
    expect(errorOf(() => findEntity("")).code).toBe("INVALID_ARGUMENT");
  });
});

describe("entities", () => {
  it("lists every entity in dataset order", () => {
    expect(entities()).toEqual(dataset.entities);
  });

  it("narrows to one type", () => {
    const people = entities({ type: "person" });
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((e) => e.type === "person")).toBe(true);
    expect(people.map((e) => e.id)).toContain("ismail-demir");
  });

  it("rejects an unknown type", () => {
    const error = errorOf(() => entities({ type: "planet" as never }));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.argument).toBe("type");
  });

  it("hands out frozen records and lists that no caller can change", () => {
    const list = entities({ type: "person" });
    const first = list[0];
    expect(Object.isFrozen(list)).toBe(true);
    expect(() => (list as unknown as unknown[]).push(1)).toThrow(TypeError);
    expect(() => {
      (first as { name: string }).name = "changed";
    }).toThrow(TypeError);
    expect(() => {
      (getEntity("ssb").aliases as unknown as unknown[]).length = 0;
    }).toThrow(TypeError);
    expect(getEntity("ssb").aliases.length).toBeGreaterThan(0);
    expect(entities({ type: "person" })).toEqual(list);
  });
});
