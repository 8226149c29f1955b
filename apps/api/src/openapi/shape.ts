/** The slice of an OpenAPI 3.1 document that the docs page and the examples read, and example URLs. */

/** A JSON Schema as the generated document writes it. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  example?: unknown;
  examples?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  pattern?: string;
}

/** One operation parameter. */
export interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
  example?: unknown;
  style?: string;
  explode?: boolean;
}

/** One media type of a response. */
export interface MediaType {
  schema?: JsonSchema;
  example?: unknown;
  examples?: Record<string, { summary?: string; value: unknown }>;
}

/** One response of an operation. */
export interface ResponseObject {
  description?: string;
  headers?: Record<string, unknown>;
  content?: Record<string, MediaType>;
}

/** One operation. */
export interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  responses?: Record<string, ResponseObject>;
}

/** The document. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  servers?: { url: string; description?: string }[];
  tags?: { name: string; description?: string }[];
  paths?: Record<string, Record<string, Operation | undefined> | undefined>;
  components?: { schemas?: Record<string, JsonSchema>; headers?: unknown; parameters?: unknown };
  webhooks?: unknown;
}

/** A parameter's example as text, if it has one. */
export function exampleValue(parameter: Parameter): string | undefined {
  const example = parameter.example ?? parameter.schema?.example;
  return example === undefined ? undefined : Array.isArray(example) ? example.join(",") : String(example);
}

/**
 * A path and query that this API answers: path parameters and required query parameters filled from
 * their examples, then `overrides` (a path parameter, or a query parameter set or replaced).
 */
export function exampleUrl(
  path: string,
  parameters: readonly Parameter[],
  overrides: Readonly<Record<string, string>> = {},
): string {
  let url = path;
  const query = new Map<string, string>();
  for (const parameter of parameters) {
    const example = overrides[parameter.name] ?? exampleValue(parameter);
    if (example === undefined) continue;
    if (parameter.in === "path") url = url.replace(`{${parameter.name}}`, encodeURIComponent(example));
    else if (parameter.in === "query" && (parameter.required || parameter.name in overrides)) {
      query.set(parameter.name, example);
    }
  }
  const search = [...query].map(
    ([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`,
  );
  return `${url}${search.length > 0 ? `?${search.join("&")}` : ""}`;
}
