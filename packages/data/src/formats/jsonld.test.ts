import jsonld from "jsonld";
import { Parser } from "n3";
import { describe, expect, it } from "vitest";
import { S400Error } from "../errors.js";
import { dataset } from "../facts/index.js";
import { recordsOf } from "../facts/reading-rules.js";
import { recordToJsonLd, toJsonLd } from "./jsonld.js";
import type { JsonObject } from "./values.js";

/** A document loader that refuses every fetch: the context must be inline. */
const offline = async (url: string): Promise<never> => {
  throw new Error(`refused to fetch ${url}`);
};
const doc = toJsonLd(dataset);
const nodes = new Map(doc["@graph"].map((node) => [node.id as string, node]));
const node = (id: string): JsonObject => {
  const found = nodes.get(`urn:s400:${id}`);
  if (found === undefined) throw new Error(`no node ${id}`);
  return found;
};
const S400 = "urn:s400:vocab:";

describe("toJsonLd", () => {
  it("has an inline context, no remote one", () => {
    expect(typeof doc["@context"]).toBe("object");
    expect(JSON.stringify(doc["@context"])).not.toMatch(/\.jsonld|"@import"/);
  });

  it("expands with jsonld.js without touching the network, keeping every record with its provenance", async () => {
    const expanded = (await jsonld.expand(JSON.parse(JSON.stringify(doc)), {
      documentLoader: offline,
    })) as Record<string, unknown>[];
    const byId = new Map(expanded.map((n) => [n["@id"], n]));
    for (const record of recordsOf(dataset)) {
      const expandedNode = byId.get(`urn:s400:${record.id}`);
      if (expandedNode === undefined) throw new Error(`${record.id} is not in the expanded graph`);
      if ("provenance" in record) {
        const [list] = expandedNode[`${S400}provenance`] as [{ "@list": unknown[] }];
        expect(list["@list"], record.id).toHaveLength(record.provenance.length);
      }
    }
  });

  it("turns into N-Quads that n3 parses into the same number of triples", async () => {
    const quads = (await jsonld.toRDF(JSON.parse(JSON.stringify(doc)), {
      documentLoader: offline,
    })) as unknown as unknown[];
    const nquads = (await jsonld.toRDF(JSON.parse(JSON.stringify(doc)), {
      format: "application/n-quads",
      documentLoader: offline,
    })) as unknown as string;
    const parsed = new Parser({ format: "N-Quads" }).parse(nquads);
    expect(quads.length).toBeGreaterThan(1000);
    expect(parsed).toHaveLength(quads.length);
    expect(nquads.trimEnd().split("\n")).toHaveLength(quads.length);
    // Every record is the subject of a type triple in the RDF.
    const typed = new Set(
      parsed.filter((q) => q.predicate.value.endsWith("#type")).map((q) => q.subject.value),
    );
    for (const record of recordsOf(dataset)) expect(typed.has(`urn:s400:${record.id}`), record.id).toBe(true);
  });

  it("gives every record a stable IRI of its id, and the cluster and the dataset theirs", () => {
    const ids = doc["@graph"].map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(recordsOf(dataset).length + 2);
    expect(toJsonLd(dataset, { base: "https://example.org/v1/records/" })["@graph"].map((n) => n.id)).toEqual(
      ids.map((id) => String(id).replace("urn:s400:", "https://example.org/v1/records/")),
    );
  });

  it("types entities by schema.org, with their aliases as alternateName", () => {
    expect(node("mevlut-cavusoglu").type).toContain("schema:Person");
    expect(node("turkey").type).toContain("schema:Country");
    expect(node("ssb").type).toContain("schema:Organization");
    expect(node("democratic-party").type).toContain("schema:PoliticalParty");
    expect(node("s-400").type).toContain("schema:Product");
    expect(node("ssb").alternateName).toEqual(expect.arrayContaining(["Defence Industry Directorate"]));
  });

  it("dates events at their precision, and keeps a date known only by its bounds out of schema:startDate", () => {
    expect(node("ev-s400-contract-signed").startDate).toEqual({
      "@value": "2017-04",
      "@type": "xsd:gYearMonth",
    });
    expect(node("ev-biden-takes-office").startDate).toEqual({ "@value": "2021-01-20", "@type": "xsd:date" });
    expect(node("ev-biden-takes-office").eventStatus).toBe("schema:EventScheduled");
    const earlier = node("ev-turkey-proposes-working-group");
    expect(earlier.startDate).toBeUndefined();
    expect(earlier.date).toMatchObject({
      value: "2017-04/2020-12",
      basis: "inferred",
      textAllows: { latest: "2021-01-13" },
    });
  });

  it("gives claims their claimant, stance and the claims they answer; quotes their speaker", () => {
    expect(node("cl-turkey-s400-no-threat")).toMatchObject({
      type: ["schema:Claim", "s400:Claim"],
      claimant: "urn:s400:turkey",
      stance: "for",
      respondsTo: ["urn:s400:cl-us-s400-exposes-f35"],
    });
    expect(node("q-cavusoglu-proposal-came-from-us")).toMatchObject({
      type: ["schema:Quotation", "s400:Quote"],
      spokenByCharacter: "urn:s400:mevlut-cavusoglu",
      recordedAt: "urn:s400:ev-cavusoglu-remarks",
    });
  });

  it("writes statements as subject, predicate and object with their qualifiers", () => {
    expect(node("st-demir-heads-ssb")).toMatchObject({
      type: ["rdf:Statement", "s400:Statement"],
      subject: "urn:s400:ismail-demir",
      predicate: "s400:head-of",
      object: { "@id": "urn:s400:ssb" },
    });
    expect(node("st-us-sanctions-three-officials").qualifiers).toContainEqual({
      type: "s400:Qualifier",
      property: "count",
      value: 3,
      note: "three other officials (employees)",
    });
  });

  it("makes the sentences CreativeWork parts of the cluster, which carries the editorial dateline", () => {
    expect(node("s06")).toMatchObject({
      type: "schema:CreativeWork",
      isPartOf: "urn:s400:cluster",
      position: 6,
    });
    expect(node("cluster").hasPart).toHaveLength(15);
    expect(node("cluster").dateline).toMatchObject({ text: "late December 2020", basis: "editorial" });
  });

  it("gives one record as its own document, the same node under the same inline context", async () => {
    const one = recordToJsonLd(dataset, "ismail-demir");
    const { "@context": context, ...rest } = one;
    expect(context).toBe(doc["@context"]);
    expect(rest).toEqual(node("ismail-demir"));
    const expanded = await jsonld.expand(JSON.parse(JSON.stringify(one)), { documentLoader: offline });
    expect(expanded).toHaveLength(1);
    expect(() => recordToJsonLd(dataset, "nobody")).toThrow(S400Error);
  });
});
