import { describe, expect, it } from "vitest";
import { escapeHtml, exampleUrl, operationAnchor, renderDocs, typeOf } from "./render.js";

describe("the docs renderer", () => {
  it("escapes everything it prints", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    const html = renderDocs(
      { info: { title: "<T>", version: "1", description: "<script>alert(1)</script>" } },
      "",
    );
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;T&gt;");
  });

  it("reads schemas as short types", () => {
    expect(typeOf({ type: "array", items: { $ref: "#/components/schemas/Entity" } })).toBe(
      '<a href="#schema-Entity">Entity</a>[]',
    );
    expect(typeOf({ type: ["string", "null"] })).toBe("string | null");
    expect(typeOf({ enum: ["for", "against"] })).toBe(
      "<code>&quot;for&quot;</code> | <code>&quot;against&quot;</code>",
    );
  });

  it("builds example URLs from path examples and required query examples", () => {
    const url = exampleUrl("http://x", "/v1/entities/{id}/statements", [
      { name: "id", in: "path", required: true, schema: { example: "Ismail Demir" } },
      { name: "predicate", in: "query", schema: { example: "head-of" } },
      { name: "q", in: "query", required: true, schema: { example: "a&b" } },
    ]);
    expect(url).toBe("http://x/v1/entities/Ismail%20Demir/statements?q=a%26b");
    expect(operationAnchor("get", "/v1/entities/{id}/statements")).toBe("op-get-v1-entities-id-statements");
  });
});
