/**
 * The API through a client generated from its own OpenAPI document (openapi-typescript types,
 * openapi-fetch calls), as a user of another toolchain would meet it: every operation, its success and
 * every error it documents, each body validated with Ajv against the schema the document gives for
 * that status. Registered against any running server, like the HTTP contract.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { answer, entities, search } from "@s400/data";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import createClient from "openapi-fetch";
import { expect, it } from "vitest";
import type { paths } from "./generated/openapi.js";

interface Operation {
  operationId: string;
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}

const documentPath = fileURLToPath(new URL("../../apps/api/dist/openapi.json", import.meta.url));
const document = JSON.parse(readFileSync(documentPath, "utf8")) as {
  paths: Record<string, { get: Operation }>;
};

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(document, "openapi.json");

const pointer = (...parts: string[]) =>
  parts.map((part) => part.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

/** The documented (operation, status) pairs, to check that the suite met every one. */
const documented = new Set(
  Object.values(document.paths).flatMap((item) =>
    Object.keys(item.get.responses).map((status) => `${item.get.operationId} ${status}`),
  ),
);

/** Checks `body` against the schema documented for `path`'s GET at `status` and `media`; returns what it checked. */
function validate(path: string, status: number, media: string, body: unknown): string {
  const operation = document.paths[path]?.get;
  expect(operation, path).toBeDefined();
  expect(operation?.responses[String(status)], `${path} documents ${status}`).toBeDefined();
  const validator = ajv.getSchema(
    `openapi.json#/${pointer("paths", path, "get", "responses", String(status), "content", media, "schema")}`,
  );
  expect(validator, `${path} ${status} ${media} has a schema`).toBeDefined();
  const valid = validator?.(body);
  expect(validator?.errors ?? [], `${path} ${status}`).toEqual([]);
  expect(valid).toBe(true);
  return `${operation?.operationId} ${status}`;
}

const PROBLEM = "application/problem+json";
const JSON_TYPE = "application/json";

/** Registers the generated-client suite against the server at `baseUrl()`. */
export function generatedClientSuite(baseUrl: () => string): void {
  const met = new Set<string>();
  const client = () => createClient<paths>({ baseUrl: baseUrl() });
  // openapi-fetch cannot write a malformed escape (it encodes what it is given), so this serializer does.
  const malformed = { querySerializer: () => "x=%ZZ" };

  /** The answer's status, and its body checked against the documented schema. */
  async function check(
    path: string,
    call: Promise<{ response: Response; data?: unknown; error?: unknown }>,
    status: number,
    okMedia = JSON_TYPE,
  ) {
    const { response, data, error } = await call;
    expect(response.status, `${path} → ${response.status}`).toBe(status);
    const media = status < 400 ? okMedia : PROBLEM;
    expect(response.headers.get("Content-Type")).toBe(media);
    met.add(validate(path, status, media, status < 400 ? data : error));
    return status < 400 ? data : error;
  }

  /** 304 to the answer's own ETag, and the 405 of a POST (sent with fetch: the client only knows GET). */
  async function conditionalAndMethod(path: string, url: string) {
    const first = await fetch(`${baseUrl()}${url}`);
    const etag = first.headers.get("ETag");
    await first.arrayBuffer();
    if (etag !== null) {
      const again = await fetch(`${baseUrl()}${url}`, { headers: { "If-None-Match": etag } });
      expect(again.status, url).toBe(304);
      expect(await again.text()).toBe("");
      const operation = document.paths[path]?.get;
      expect(operation?.responses["304"], `${path} documents 304`).toBeDefined();
      met.add(`${operation?.operationId} 304`);
    }
    const post = await fetch(`${baseUrl()}${url}`, { method: "POST" });
    expect(post.status).toBe(405);
    met.add(validate(path, 405, PROBLEM, await post.json()));
  }

  it("lists, gets and searches, every answer as documented", async () => {
    const api = client();
    const list = (await check(
      "/v1/entities",
      api.GET("/v1/entities", { params: { query: { type: "person", limit: 2 } } }),
      200,
    )) as { items: { id: string }[] };
    expect(list.items.map((item) => item.id)).toEqual(
      entities({ type: "person" })
        .slice(0, 2)
        .map((e) => e.id),
    );
    await check("/v1/entities", api.GET("/v1/entities", { params: { query: { limit: 0 } } }), 400);
    await check(
      "/v1/entities/{idOrAlias}",
      api.GET("/v1/entities/{idOrAlias}", {
        params: { path: { idOrAlias: "Defence Industry Directorate" } },
      }),
      200,
    );
    await check(
      "/v1/entities/{idOrAlias}",
      api.GET("/v1/entities/{idOrAlias}", { params: { path: { idOrAlias: "nobody" } } }),
      404,
    );
    await check(
      "/v1/entities/{idOrAlias}",
      api.GET("/v1/entities/{idOrAlias}", { params: { path: { idOrAlias: "ssb" } }, ...malformed }),
      400,
    );
    await check(
      "/v1/entities/{id}/statements",
      api.GET("/v1/entities/{id}/statements", {
        params: { path: { id: "ssb" }, query: { predicate: "head-of" } },
      }),
      200,
    );
    await check(
      "/v1/entities/{id}/statements",
      api.GET("/v1/entities/{id}/statements", { params: { path: { id: "ssb" }, query: { limit: 101 } } }),
      400,
    );
    await check(
      "/v1/entities/{id}/statements",
      api.GET("/v1/entities/{id}/statements", { params: { path: { id: "nobody" } } }),
      404,
    );
    await check(
      "/v1/entities/{id}/related",
      api.GET("/v1/entities/{id}/related", { params: { path: { id: "turkey" }, query: { limit: 3 } } }),
      200,
    );
    await check(
      "/v1/entities/{id}/related",
      api.GET("/v1/entities/{id}/related", {
        params: { path: { id: "turkey" }, query: { cursor: "garbage" } },
      }),
      400,
    );
    await check(
      "/v1/entities/{id}/related",
      api.GET("/v1/entities/{id}/related", { params: { path: { id: "nobody" } } }),
      404,
    );
    await check(
      "/v1/timeline",
      api.GET("/v1/timeline", { params: { query: { from: "2020-12", to: "2021", entity: "ssb" } } }),
      200,
    );
    await check("/v1/timeline", api.GET("/v1/timeline", { params: { query: { from: "2020-02-30" } } }), 400);
    await check("/v1/timeline", api.GET("/v1/timeline", { params: { query: { entity: "nobody" } } }), 404);
    await check(
      "/v1/claims",
      api.GET("/v1/claims", { params: { query: { by: "turkey", stance: "against" } } }),
      200,
    );
    await check("/v1/claims", api.GET("/v1/claims", { params: { query: { limit: 0 } } }), 400);
    await check("/v1/claims", api.GET("/v1/claims", { params: { query: { about: "nobody" } } }), 404);
    await check("/v1/topics", api.GET("/v1/topics"), 200);
    await check("/v1/topics", api.GET("/v1/topics", { params: { query: { limit: 1000 } } }), 400);
    await check(
      "/v1/positions",
      api.GET("/v1/positions", { params: { query: { topic: "s400-nato-compatibility" } } }),
      200,
    );
    await check("/v1/positions", api.GET("/v1/positions", { params: { query: { limit: 0 } } }), 400);
    await check("/v1/positions", api.GET("/v1/positions", { params: { query: { topic: "nobody" } } }), 404);
    await check("/v1/quotes", api.GET("/v1/quotes", { params: { query: { speaker: "Cavusoglu" } } }), 200);
    await check("/v1/quotes", api.GET("/v1/quotes", { params: { query: { limit: 0 } } }), 400);
    await check("/v1/quotes", api.GET("/v1/quotes", { params: { query: { speaker: "nobody" } } }), 404);
    await check("/v1/sources", api.GET("/v1/sources", { params: { query: { limit: 15 } } }), 200);
    await check("/v1/sources", api.GET("/v1/sources", { params: { query: { limit: 0 } } }), 400);
    await check("/v1/sources/{id}", api.GET("/v1/sources/{id}", { params: { path: { id: "s09" } } }), 200);
    await check("/v1/sources/{id}", api.GET("/v1/sources/{id}", { params: { path: { id: "s99" } } }), 404);
    await check(
      "/v1/sources/{id}",
      api.GET("/v1/sources/{id}", { params: { path: { id: "s09" } }, ...malformed }),
      400,
    );
    await check("/v1/records/{id}", api.GET("/v1/records/{id}", { params: { path: { id: "ssb" } } }), 200);
    await check("/v1/records/{id}", api.GET("/v1/records/{id}", { params: { path: { id: "nobody" } } }), 404);
    // The same two operations as JSON-LD, by Accept, checked against the schema documented for that type.
    const asJsonLd = { headers: { Accept: "application/ld+json" } };
    const record = (await check(
      "/v1/records/{id}",
      api.GET("/v1/records/{id}", { params: { path: { id: "st-us-sanctions-demir" } }, ...asJsonLd }),
      200,
      "application/ld+json",
    )) as { id: string };
    expect(record.id).toBe("urn:s400:st-us-sanctions-demir");
    const person = (await check(
      "/v1/entities/{idOrAlias}",
      api.GET("/v1/entities/{idOrAlias}", { params: { path: { idOrAlias: "Cavusoglu" } }, ...asJsonLd }),
      200,
      "application/ld+json",
    )) as { id: string; type: string[] };
    expect(person.type).toContain("schema:Person");
    await check(
      "/v1/records/{id}",
      api.GET("/v1/records/{id}", { params: { path: { id: "ssb" } }, ...malformed }),
      400,
    );
    // The list form of `type`, as the document describes it: the parameter repeated.
    const hits = (await check(
      "/v1/search",
      api.GET("/v1/search", { params: { query: { q: "Çavuşoğlu", type: ["quote", "claim"], limit: 5 } } }),
      200,
    )) as { results: { id: string }[] };
    expect(hits.results.map((hit) => hit.id)).toEqual(
      search("Çavuşoğlu", { limit: 5, types: ["quote", "claim"] }).map((hit) => hit.id),
    );
    await check("/v1/search", api.GET("/v1/search", { params: { query: { q: "" } } }), 400);
    const answered = (await check(
      "/v1/answer",
      api.GET("/v1/answer", { params: { query: { q: "When did Turkey sign the S-400 contract?" } } }),
      200,
    )) as { answer: { text: string } | null; hits: unknown[] };
    expect(answered.answer?.text).toBe(answer("When did Turkey sign the S-400 contract?")?.text);
    const unanswered = (await check(
      "/v1/answer",
      api.GET("/v1/answer", { params: { query: { q: "Who is Russia's president?" } } }),
      200,
    )) as { answer: unknown };
    expect(unanswered.answer).toBeNull();
    await check("/v1/answer", api.GET("/v1/answer", { params: { query: { q: " " } } }), 400);
    await check("/v1/answer", api.GET("/v1/answer", { params: { query: { q: "x" } }, ...malformed }), 400);
    const graph = (await check(
      "/v1/dataset.jsonld",
      api.GET("/v1/dataset.jsonld"),
      200,
      "application/ld+json",
    )) as { "@graph": { id: string }[] };
    expect(graph["@graph"].map((node) => node.id)).toContain("urn:s400:ssb");
    await check("/v1/dataset.jsonld", api.GET("/v1/dataset.jsonld", malformed), 400);
    const anno = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
    const collection = (await check(
      "/v1/annotations.jsonld",
      api.GET("/v1/annotations.jsonld"),
      200,
      anno,
    )) as {
      type: string;
    };
    expect(collection.type).toBe("AnnotationCollection");
    await check("/v1/annotations.jsonld", api.GET("/v1/annotations.jsonld", malformed), 400);
    await check("/v1/meta", api.GET("/v1/meta"), 200);
    await check("/v1/meta", api.GET("/v1/meta", malformed), 400);
    await check("/healthz", api.GET("/healthz"), 200);
    await check("/healthz", api.GET("/healthz", malformed), 400);
  });

  it("answers 304 and 405 on every operation as documented", async () => {
    for (const [path, item] of Object.entries(document.paths)) {
      const ok = Object.values(item.get.responses["200"]?.content ?? {})[0] as
        | { examples?: { example?: { summary?: string } } }
        | undefined;
      const example = ok?.examples?.example?.summary;
      expect(example, `${path} has an example request`).toMatch(/^GET \//);
      await conditionalAndMethod(path, (example ?? "").slice("GET ".length));
    }
  });

  it("met every documented status but 500, which no request can provoke (the in-process tests do)", () => {
    const missing = [...documented].filter((key) => !met.has(key) && !key.endsWith(" 500"));
    expect(missing).toEqual([]);
  });
}
