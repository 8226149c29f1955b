/** JSON or JSON-LD by `Accept`, as RFC 9110 §12.5.1 ranks media ranges, and only where a path negotiates. */
import { describe, expect, it } from "vitest";
import { negotiates, negotiationOf, preferredRepresentation, representationOf } from "./negotiation.js";

describe("preferredRepresentation", () => {
  it.each([
    [undefined, "application/json"],
    ["", "application/json"],
    ["application/json", "application/json"],
    ["application/ld+json", "application/ld+json"],
    ["Application/LD+JSON", "application/ld+json"],
    ['application/ld+json; profile="http://www.w3.org/ns/json-ld#compacted"', "application/ld+json"],
    ["application/ld+json, application/json", "application/json"],
    ["application/json, application/ld+json", "application/json"],
    ["application/json;q=0.9, application/ld+json", "application/ld+json"],
    ["application/ld+json;q=0.5, application/json;q=0.6", "application/json"],
    ["application/ld+json;q=0", "application/json"],
    ["application/ld+json;q=0, */*", "application/json"],
    ["application/json;q=0, */*", "application/ld+json"],
    ["application/json;q=0, application/*;q=0.2", "application/ld+json"],
    ["*/*", "application/json"],
    ["application/*", "application/json"],
    ["text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/json"],
    ["text/turtle", "application/json"],
    [";;,,", "application/json"],
    ["application/ld+json;q=banana", "application/ld+json"],
  ])("Accept %j → %s", (accept, expected) => {
    expect(preferredRepresentation(accept)).toBe(expected);
  });
});

describe("which paths negotiate", () => {
  it.each([
    ["/v1/records/ssb", true],
    ["/v1/entities/Defence%20Industry%20Directorate", true],
    ["/v1/entities", false],
    ["/v1/entities/ssb/statements", false],
    ["/v1/records/", false],
    ["/v1/search", false],
    ["/v1/dataset.jsonld", false],
  ])("%s: %s", (path, expected) => {
    expect(negotiates(path)).toBe(expected);
  });

  it("keys a full URL by its path alone, and says Vary: Accept only where it matters", () => {
    const ld = "application/ld+json";
    expect(representationOf("http://x.test/v1/records/ssb?x=1#y", ld)).toBe(ld);
    expect(representationOf("http://x.test/v1/search?q=/v1/records/ssb", ld)).toBe("application/json");
    expect(negotiationOf("http://x.test/v1/entities/ssb", undefined).vary).toBe("Accept, Accept-Encoding");
    expect(negotiationOf("http://x.test/v1/search?q=ssb", ld).vary).toBe("Accept-Encoding");
  });
});
