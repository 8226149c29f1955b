import { describe, expect, it } from "vitest";
import { exampleUrl } from "../openapi/shape.js";
import { operationAnchor } from "./operation.js";
import { renderDocs } from "./page.js";
import { TypeOf } from "./schema.js";

const html = (element: unknown) => String(element);

describe("the docs renderer", () => {
  it("escapes everything it prints", () => {
    const page = renderDocs({
      openapi: "3.1.0",
      info: { title: "<T>", version: "1", description: "<script>alert(1)</script> and `<b>`" },
    });
    expect(page).not.toContain("<script>alert");
    expect(page).toContain("&lt;T&gt;");
    expect(page).toContain("<code>&lt;b&gt;</code>");
  });

  it("reads schemas as short types", () => {
    expect(html(TypeOf({ schema: { type: "array", items: { $ref: "#/components/schemas/Entity" } } }))).toBe(
      '<a href="#schema-Entity">Entity</a>[]',
    );
    expect(html(TypeOf({ schema: { type: ["string", "null"] } }))).toBe("string | null");
    expect(html(TypeOf({ schema: { enum: ["for", "against"] } }))).toBe(
      "<code>&quot;for&quot;</code> | <code>&quot;against&quot;</code>",
    );
    // A described reference (`allOf` of one) reads as the reference, not "X & object".
    expect(
      html(TypeOf({ schema: { allOf: [{ $ref: "#/components/schemas/EntityType" }], description: "d" } })),
    ).toBe('<a href="#schema-EntityType">EntityType</a>');
  });

  it("builds example URLs from path examples and required query examples, relative to the server", () => {
    const parameters = [
      { name: "id", in: "path", required: true, schema: { example: "Ismail Demir" } },
      { name: "predicate", in: "query", schema: { example: "head-of" } },
      { name: "q", in: "query", required: true, schema: { example: "a&b" } },
    ];
    expect(exampleUrl("/v1/entities/{id}/statements", parameters)).toBe(
      "/v1/entities/Ismail%20Demir/statements?q=a%26b",
    );
    expect(
      exampleUrl("/v1/entities/{id}/statements", parameters, { id: "x", limit: "2", predicate: "p" }),
    ).toBe("/v1/entities/x/statements?predicate=p&q=a%26b");
    expect(operationAnchor("get", "/v1/entities/{id}/statements")).toBe("op-get-v1-entities-id-statements");
  });
});
