/** The facts a careful reader finds in the 15 sentences, each checked against the dataset with its evidence. */
import { describe, expect, it } from "vitest";
import { dataset } from "./facts/index.js";
import type { Predicate, Provenance, SourceId, Statement } from "./model/index.js";

const cites = (provenance: Provenance) => [...new Set(provenance.map((span) => span.sourceId))].sort();
const entity = (id: string) => {
  const found = dataset.entities.find((e) => e.id === id);
  if (found === undefined) throw new Error(`no entity ${id}`);
  return found;
};
function statement(subject: string, predicate: Predicate, object: string): Statement {
  const found = dataset.statements.find(
    (s) =>
      s.subject === subject &&
      s.predicate === predicate &&
      (s.object.kind === "entity" ? s.object.id === object : String(s.object.value) === object),
  );
  if (found === undefined) throw new Error(`no statement ${subject} ${predicate} ${object}`);
  return found;
}
const qualifierValues = (s: Statement, property: string) =>
  s.qualifiers
    .filter((q) => q.property === property)
    .map((q) => (q.value.kind === "entity" ? q.value.id : q.value.value));
const event = (id: string) => {
  const found = dataset.events.find((e) => e.id === id);
  if (found === undefined) throw new Error(`no event ${id}`);
  return found;
};
const claim = (id: string) => {
  const found = dataset.claims.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no claim ${id}`);
  return found;
};

describe("entities", () => {
  it("carry every spelling the outlets use", () => {
    const aliases = (id: string) => [entity(id).name, ...entity(id).aliases.map((alias) => alias.text)];
    expect(aliases("ssb")).toEqual(
      expect.arrayContaining([
        "SSB",
        "Defense Industries Presidency",
        "Defence Industries Presidency",
        "Defence Industry Directorate",
        "Turkey's defence industry",
      ]),
    );
    expect(aliases("turkey")).toEqual(expect.arrayContaining(["Turkey", "Ankara", "Turkish"]));
    expect(aliases("united-states")).toEqual(
      expect.arrayContaining(["US", "U.S.", "United States", "Washington"]),
    );
    expect(aliases("mevlut-cavusoglu")).toEqual(expect.arrayContaining(["Mevlut Cavusoglu", "Cavusoglu"]));
    expect(aliases("ismail-demir")).toEqual(expect.arrayContaining(["Ismail Demir"]));
    expect(aliases("s-400")).toEqual(
      expect.arrayContaining([
        "S-400",
        "S-400s",
        "S-400 missile defence system",
        "state-of-art missile shield",
      ]),
    );
    expect(aliases("nato")).toEqual(expect.arrayContaining(["NATO", "the alliance"]));
  });

  it("spell names with their diacritics and say that the spelling is editorial", () => {
    expect(entity("mevlut-cavusoglu").name).toBe("Mevlüt Çavuşoğlu");
    expect(entity("ismail-demir").name).toBe("İsmail Demir");
    for (const id of ["mevlut-cavusoglu", "ismail-demir"]) expect(entity(id).nameNote).toMatch(/editorial/i);
  });

  it("mark Ankara and Washington as metonyms for the governments", () => {
    expect(entity("turkey").aliases).toContainEqual({ text: "Ankara", kind: "metonym" });
    expect(entity("united-states").aliases).toContainEqual({ text: "Washington", kind: "metonym" });
  });

  it("cite the working group in all five sentences that carry it", () => {
    expect(cites(entity("joint-working-group").provenance)).toEqual(["s01", "s02", "s03", "s04", "s05"]);
  });
});

describe("statements", () => {
  it("give roles: Demir heads the SSB, Cavusoglu is Turkey's Foreign Minister", () => {
    expect(cites(statement("ismail-demir", "head-of", "ssb").provenance)).toEqual(["s05", "s09"]);
    expect(cites(statement("mevlut-cavusoglu", "foreign-minister-of", "turkey").provenance)).toEqual([
      "s01",
      "s02",
      "s05",
    ]);
  });

  it("give party affiliations and who replaces whom", () => {
    statement("joe-biden", "member-of-party", "democratic-party");
    statement("donald-trump", "member-of-party", "republican-party");
    expect(qualifierValues(statement("joe-biden", "replaces", "donald-trump"), "time")).toEqual(["Jan. 20"]);
    statement("joe-biden", "president-elect-of", "united-states");
  });

  it("say Turkey is a NATO ally", () => {
    expect(cites(statement("turkey", "member-of", "nato").provenance)).toEqual(["s09"]);
  });

  it("give the sanctions with their targets, the count of three other officials, and every sentence carrying them", () => {
    const sanctions = statement("united-states", "sanctions", "ssb");
    expect(qualifierValues(sanctions, "also-targets")).toEqual(["ismail-demir", "three-other-ssb-officials"]);
    expect(qualifierValues(sanctions, "count")).toEqual([3]);
    expect(qualifierValues(sanctions, "reason")).toEqual(["s-400"]);
    expect(cites(sanctions.provenance)).toEqual(["s01", "s02", "s03", "s04", "s05", "s09"]);
    expect(
      qualifierValues(statement("united-states", "sanctions", "three-other-ssb-officials"), "count"),
    ).toEqual([3]);
    const three = statement("united-states", "sanctions", "three-other-ssb-officials").provenance.map(
      (s) => s.exact,
    );
    expect(three.join(" ")).toMatch(/three other officials.*three other employees/);
  });

  it("give both working-group proposals, Turkey's agreement and the expert-level talks", () => {
    expect(cites(statement("turkey", "proposes", "joint-working-group").provenance)).toEqual(["s01", "s05"]);
    expect(cites(statement("united-states", "proposes", "joint-working-group").provenance)).toEqual([
      "s03",
      "s06",
    ]);
    const agrees = statement("turkey", "agrees-to", "joint-working-group");
    expect(qualifierValues(agrees, "proposed-by")).toEqual(["united-states"]);
    statement("turkey", "advocates", "joint-working-group");
    const talks = statement("turkey", "negotiates-with", "united-states");
    expect(qualifierValues(talks, "level")).toEqual(["experts"]);
    expect(cites(talks.provenance)).toEqual(["s01", "s02", "s06"]);
  });

  it("keep the condition on which the working group could lead to lifting the sanctions", () => {
    const lifting = statement("joint-working-group", "could-lead-to", "lifting the sanctions");
    expect(qualifierValues(lifting, "condition")).toEqual([
      "compatibility issues between the S-400 and NATO weapons systems are addressed",
    ]);
  });

  it("give the purchase from Russia and the April 2017 contract", () => {
    const purchase = statement("turkey", "purchases", "s-400");
    expect(qualifierValues(purchase, "counterparty")).toEqual(["russia"]);
    expect(cites(purchase.provenance)).toEqual(["s02", "s03", "s09", "s11", "s14"]);
    expect(qualifierValues(statement("turkey", "signed-contract-with", "russia"), "time")).toEqual([
      "2017-04",
    ]);
  });

  it("give the US opposition with both its reasons, and the fraught relationship", () => {
    const opposition = statement("united-states", "opposes", "s-400");
    expect(qualifierValues(opposition, "reason")).toHaveLength(2);
    expect(qualifierValues(opposition, "stated-by")).toEqual(["us-officials"]);
    expect(qualifierValues(statement("turkey", "relations-with", "united-states"), "status")).toEqual([
      "fraught",
    ]);
  });
});

describe("events", () => {
  it("keep the stated month of the contract", () => {
    const contract = event("ev-s400-contract-signed").date;
    expect(contract).toMatchObject({ value: "2017-04", precision: "month", basis: "stated" });
    expect(contract.expression?.exact).toBe("In April 2017");
  });

  it("infer the month of the sanctions from the shipped dateline, not a day, and say what the text alone allows", () => {
    const sanctions = event("ev-us-sanctions-imposed").date;
    expect(sanctions).toMatchObject({ value: "2020-12", precision: "month", basis: "inferred" });
    expect(sanctions.reasoning).toMatch(/dateline/);
    expect(sanctions.reasoning).not.toMatch(/README/);
    expect(sanctions.reasoning).toMatch(/December 2020 or 1–19 January 2021/);
    expect(sanctions.textAllows).toEqual({ earliest: "2020-12-01", latest: "2021-01-13" });
    expect(dataset.dateline).toMatchObject({
      text: "late December 2020",
      value: "2020-12",
      basis: "editorial",
    });
    expect(sanctions.expression?.exact).toBe("earlier this month");
  });

  it('keep "on Wednesday" to a month, bounded by the Wednesdays of December 2020', () => {
    const remarks = event("ev-cavusoglu-remarks").date;
    expect(remarks).toMatchObject({ precision: "month", earliest: "2020-12-02", latest: "2020-12-30" });
    for (const day of [remarks.earliest, remarks.latest])
      expect(new Date(`${day}T00:00:00Z`).getUTCDay()).toBe(3);
  });

  it("resolve Jan. 20 to a day whose year is inferred relative to the sanctions", () => {
    const office = event("ev-biden-takes-office");
    expect(office.status).toBe("scheduled");
    expect(office.date).toMatchObject({ value: "2021-01-20", precision: "day", basis: "inferred" });
    expect(office.date.relativeTo).toEqual(["ev-us-sanctions-imposed"]);
  });

  it("keep the order the text tells for the events of December 2020", () => {
    const chain = ["ev-cavusoglu-remarks"];
    for (let id = chain[0]; id !== undefined; ) {
      const [before] = event(id).date.after ?? [];
      if (before !== undefined) chain.unshift(before);
      id = before;
    }
    expect(chain).toEqual([
      "ev-us-sanctions-imposed",
      "ev-us-proposes-working-group",
      "ev-turkey-accepts-working-group",
      "ev-expert-talks-begin",
      "ev-cavusoglu-remarks",
    ]);
  });

  it("give no day the text does not give", () => {
    const days = dataset.events.filter((e) => e.date.precision === "day");
    expect(days.map((e) => e.date.expression?.exact)).toEqual(["on Jan. 20"]);
  });
});

describe("claims and quotes", () => {
  it("link Turkey's answer to the US objection", () => {
    expect(claim("cl-turkey-s400-not-integrated").respondsTo).toContain("cl-us-s400-incompatible-with-nato");
    expect(claim("cl-us-s400-incompatible-with-nato")).toMatchObject({
      claimant: "united-states",
      stance: "against",
      topic: "s400-nato-compatibility",
    });
    expect(claim("cl-turkey-s400-not-integrated")).toMatchObject({ claimant: "turkey", stance: "for" });
  });

  it("give Turkey's case for the purchase and Cavusoglu's verdicts on the sanctions", () => {
    expect(claim("cl-turkey-purchase-a-necessity").text).toMatch(/necessity/);
    expect(claim("cl-turkey-no-nato-alternative").text).toMatch(/any NATO ally on satisfactory terms/);
    expect(claim("cl-turkey-sanctions-a-misstep")).toMatchObject({
      speaker: "mevlut-cavusoglu",
      stance: "against",
    });
    expect(claim("cl-turkey-opinions-differ-on-severity").stance).toBe("neutral");
    expect(claim("cl-turkey-hopes-biden-reciprocates").text).toMatch(/Biden administration/);
  });

  it("quote Cavusoglu's two direct remarks word for word, at the meeting reviewing 2020", () => {
    const direct = dataset.quotes.filter((q) => q.mode === "direct");
    expect(direct.map((q) => q.text)).toEqual([
      "Now the proposal came from the US. As we naturally always favor dialogue, we said yes, and negotiations began at the level of experts",
      "It is an attack on our sovereign rights",
    ]);
    for (const q of direct) {
      expect(q.speaker).toBe("mevlut-cavusoglu");
      expect(q.occasion).toBe("a meeting reviewing foreign policy developments in 2020");
    }
  });
});

describe("coverage", () => {
  it("supports a fact (statement, event, claim or quote) with every one of the 15 sentences", () => {
    const facts = [...dataset.statements, ...dataset.events, ...dataset.claims, ...dataset.quotes];
    const cited = new Set<SourceId>(
      facts.flatMap((record) => record.provenance.map((span) => span.sourceId)),
    );
    expect(dataset.sources.filter((source) => !cited.has(source.id)).map((source) => source.id)).toEqual([]);
  });
});
