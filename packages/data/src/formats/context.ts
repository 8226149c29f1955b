/** The self-contained JSON-LD context of `dataset.jsonld`: schema.org and W3C terms, and the dataset's own. */
import { vocabulary } from "./iri.js";

const id = (iri: string) => ({ "@id": iri, "@type": "@id" }) as const;
const ids = (iri: string) => ({ "@id": iri, "@type": "@id", "@container": "@set" }) as const;
const ordered = (iri: string) => ({ "@id": iri, "@container": "@list" }) as const;

/**
 * Inline, so a JSON-LD processor never fetches a remote context. schema.org gives the types (Person, Country,
 * Event, Claim, Quotation, CreativeWork, …) and the common properties; the W3C Web Annotation vocabulary (`oa:`)
 * describes spans; `rdf:` statements carry subject, predicate and object; everything else is `s400:`.
 */
export const jsonLdContext = {
  "@version": 1.1,
  "@vocab": vocabulary,
  s400: vocabulary,
  schema: "https://schema.org/",
  oa: "http://www.w3.org/ns/oa#",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  id: "@id",
  type: "@type",
  name: "schema:name",
  alternateName: { "@id": "schema:alternateName", "@container": "@set" },
  description: "schema:description",
  text: "schema:text",
  version: "schema:version",
  position: "schema:position",
  isPartOf: id("schema:isPartOf"),
  isBasedOn: id("schema:isBasedOn"),
  hasPart: { "@id": "schema:hasPart", "@type": "@id", "@container": "@list" },
  datePublished: "schema:datePublished",
  startDate: "schema:startDate",
  eventStatus: { "@id": "schema:eventStatus", "@type": "@vocab" },
  about: id("schema:about"),
  spokenByCharacter: id("schema:spokenByCharacter"),
  recordedAt: id("schema:recordedAt"),
  roleName: "schema:roleName",
  subject: id("rdf:subject"),
  predicate: id("rdf:predicate"),
  object: "rdf:object",
  hasSource: id("oa:hasSource"),
  hasSelector: { "@id": "oa:hasSelector", "@container": "@set" },
  exact: "oa:exact",
  start: { "@id": "oa:start", "@type": "xsd:nonNegativeInteger" },
  end: { "@id": "oa:end", "@type": "xsd:nonNegativeInteger" },
  provenance: ordered("s400:provenance"),
  aliases: ordered("s400:aliases"),
  qualifiers: ordered("s400:qualifiers"),
  participants: ordered("s400:participants"),
  inferred: { "@id": "s400:inferred", "@container": "@set" },
  agent: id("s400:agent"),
  claimant: id("s400:claimant"),
  speaker: id("s400:speaker"),
  onBehalfOf: id("s400:onBehalfOf"),
  respondsTo: ids("s400:respondsTo"),
  relativeTo: ids("s400:relativeTo"),
  after: ids("s400:after"),
  earliest: { "@id": "s400:earliest", "@type": "xsd:date" },
  latest: { "@id": "s400:latest", "@type": "xsd:date" },
} as const;
