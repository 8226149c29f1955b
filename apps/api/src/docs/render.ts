/** Renders the human docs page from the generated OpenAPI document: plain HTML and inline CSS, nothing fetched. */
import { type ProblemType, problemTypes } from "../problem.js";

/** The slice of an OpenAPI 3.1 document the page reads; everything else is ignored. */
export interface OpenApiLike {
  info: { title: string; version: string; description?: string };
  tags?: { name: string; description?: string }[];
  paths?: Record<string, Record<string, OperationLike | undefined> | undefined>;
  components?: { schemas?: Record<string, JsonSchema> };
}

interface OperationLike {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: ParameterLike[];
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: JsonSchema }> }>;
}

interface ParameterLike {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
  example?: unknown;
}

interface JsonSchema {
  $ref?: string;
  type?: string | string[];
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
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

/** What the page says about each problem type; `type` URIs of problems point at these anchors. */
const problemHelp: Record<ProblemType, string> = {
  "invalid-parameter":
    "A parameter is missing, has the wrong form, or is out of range. `invalidParams` names each one and why.",
  "malformed-uri":
    "The path or query has a `%` escape that does not decode to UTF-8, such as `%ZZ` or a cut-off sequence.",
  "not-found": "The id, name or alias names no record of the dataset.",
  "route-not-found": "No route has this path. The operations below are all there is.",
  "method-not-allowed":
    "The path exists but only answers the methods in the `Allow` header (GET, HEAD, OPTIONS).",
  "internal-error":
    "Something failed on the server. Nothing about it is cached; quote the `requestId` when you report it.",
};

const STYLE = `
:root{color-scheme:light dark;--fg:#1b1f24;--muted:#57606a;--bg:#fff;--panel:#f6f8fa;--line:#d0d7de;--accent:#0b5cad}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9da7b3;--bg:#0d1117;--panel:#161b22;--line:#30363d;--accent:#58a6ff}}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg)}
.wrap{display:grid;grid-template-columns:17rem 1fr;max-width:78rem;margin:0 auto}
nav{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;padding:1.5rem 1rem;border-right:1px solid var(--line);font-size:.9rem}
nav ul{list-style:none;padding-left:0;margin:.25rem 0 1rem}nav li{margin:.15rem 0}
main{padding:1.5rem 2rem;min-width:0}a{color:var(--accent)}h1{margin-top:0}h2{border-bottom:1px solid var(--line);padding-bottom:.3rem;margin-top:2.5rem}
code,pre{font:.875rem/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
pre{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem;overflow:auto}
.op{border:1px solid var(--line);border-radius:8px;padding:1rem 1.25rem;margin:1.25rem 0}
.op h3{margin:0 0 .5rem;font-size:1.05rem}.method{display:inline-block;background:#1a7f37;color:#fff;border-radius:4px;padding:0 .45rem;margin-right:.5rem;font-size:.8rem;font-weight:600}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.9rem}th,td{text-align:left;vertical-align:top;border-bottom:1px solid var(--line);padding:.35rem .5rem}
th{color:var(--muted);font-weight:600}.muted{color:var(--muted)}
@media (max-width:50rem){.wrap{grid-template-columns:1fr}nav{position:static;max-height:none;border-right:0;border-bottom:1px solid var(--line)}}
`;

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Escapes, then renders `code` spans, the only markup the descriptions use. */
function prose(text: string | undefined): string {
  return escapeHtml(text ?? "").replace(/`([^`]+)`/g, "<code>$1</code>");
}

function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf("/") + 1);
}

/** A one-line reading of a schema: `string`, `Entity[]`, `"for" | "against"`, … */
export function typeOf(schema: JsonSchema | undefined): string {
  if (!schema) return "any";
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return `<a href="#schema-${escapeHtml(name)}">${escapeHtml(name)}</a>`;
  }
  if (schema.const !== undefined) return `<code>${escapeHtml(JSON.stringify(schema.const))}</code>`;
  if (schema.enum)
    return schema.enum.map((value) => `<code>${escapeHtml(JSON.stringify(value))}</code>`).join(" | ");
  const union = schema.oneOf ?? schema.anyOf;
  if (union) return union.map(typeOf).join(" | ");
  if (schema.allOf) return schema.allOf.map(typeOf).join(" &amp; ");
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const named = types.map((type) => (type === "array" ? `${typeOf(schema.items)}[]` : escapeHtml(type)));
  return named.length > 0 ? named.join(" | ") : "object";
}

function constraints(schema: JsonSchema | undefined): string {
  if (!schema) return "";
  const parts: string[] = [];
  if (schema.minimum !== undefined) parts.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) parts.push(`≤ ${schema.maximum}`);
  const chars = (n: number) => `${n} character${n === 1 ? "" : "s"}`;
  if (schema.minLength !== undefined) parts.push(`at least ${chars(schema.minLength)}`);
  if (schema.maxLength !== undefined) parts.push(`at most ${chars(schema.maxLength)}`);
  if (schema.pattern !== undefined) parts.push(`matches <code>${escapeHtml(schema.pattern)}</code>`);
  if (schema.default !== undefined)
    parts.push(`default <code>${escapeHtml(JSON.stringify(schema.default))}</code>`);
  return parts.join(", ");
}

/** An operation's anchor, e.g. `op-get-v1-entities-idOrAlias`. */
export function operationAnchor(method: string, path: string): string {
  return `op-${method}-${path
    .replace(/[{}]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}`;
}

function exampleValue(parameter: ParameterLike): string | undefined {
  const example = parameter.example ?? parameter.schema?.example;
  return example === undefined ? undefined : String(example);
}

/** A request that works against this server: path parameters and required query parameters filled from examples. */
export function exampleUrl(origin: string, path: string, parameters: readonly ParameterLike[]): string {
  let url = path;
  const query: string[] = [];
  for (const parameter of parameters) {
    const example = exampleValue(parameter);
    if (example === undefined) continue;
    if (parameter.in === "path") url = url.replace(`{${parameter.name}}`, encodeURIComponent(example));
    else if (parameter.in === "query" && parameter.required) {
      query.push(`${encodeURIComponent(parameter.name)}=${encodeURIComponent(example)}`);
    }
  }
  return `${origin}${url}${query.length > 0 ? `?${query.join("&")}` : ""}`;
}

function renderParameters(parameters: readonly ParameterLike[]): string {
  if (parameters.length === 0) return `<p class="muted">No parameters.</p>`;
  const rows = parameters
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.in)}</td><td>${p.required ? "yes" : "no"}</td><td>${typeOf(p.schema)}</td><td>${prose(p.description ?? p.schema?.description)}${constraints(p.schema) ? ` <span class="muted">(${constraints(p.schema)})</span>` : ""}</td></tr>`,
    )
    .join("");
  return `<table><thead><tr><th>Name</th><th>In</th><th>Required</th><th>Type</th><th>Description</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function renderResponses(responses: OperationLike["responses"]): string {
  const items = Object.entries(responses ?? {})
    .map(([status, response]) => {
      const media = Object.entries(response.content ?? {})
        .map(([type, content]) => `<code>${escapeHtml(type)}</code> ${typeOf(content.schema)}`)
        .join(", ");
      return `<li><strong>${escapeHtml(status)}</strong> ${prose(response.description)}${media ? ` — ${media}` : ""}</li>`;
    })
    .join("");
  return `<ul>${items}</ul>`;
}

function renderSchema(name: string, schema: JsonSchema): string {
  const head = `<h3 id="schema-${escapeHtml(name)}">${escapeHtml(name)}</h3>${schema.description ? `<p>${prose(schema.description)}</p>` : ""}`;
  if (!schema.properties) return `${head}<p>${typeOf(schema)}</p>`;
  const required = new Set(schema.required ?? []);
  const rows = Object.entries(schema.properties)
    .map(
      ([prop, value]) =>
        `<tr><td><code>${escapeHtml(prop)}</code>${required.has(prop) ? "" : ' <span class="muted">optional</span>'}</td><td>${typeOf(value)}</td><td>${prose(value.description)}</td></tr>`,
    )
    .join("");
  return `${head}<table><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The whole docs page for `document`, with examples addressed to `origin` (e.g. `http://localhost:8787`). */
export function renderDocs(document: OpenApiLike, origin: string): string {
  const operations: { method: string; path: string; op: OperationLike }[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, op] of Object.entries(item ?? {})) {
      if (op && ["get", "head", "post", "put", "patch", "delete"].includes(method))
        operations.push({ method, path, op });
    }
  }
  const tagOrder = (document.tags ?? []).map((tag) => tag.name);
  const byTag = new Map<string, typeof operations>();
  for (const operation of operations) {
    const tag = operation.op.tags?.[0] ?? "Other";
    if (!tagOrder.includes(tag)) tagOrder.push(tag);
    byTag.set(tag, [...(byTag.get(tag) ?? []), operation]);
  }

  const nav = tagOrder
    .filter((tag) => byTag.has(tag))
    .map(
      (tag) =>
        `<strong>${escapeHtml(tag)}</strong><ul>${(byTag.get(tag) ?? [])
          .map(
            ({ method, path }) =>
              `<li><a href="#${operationAnchor(method, path)}"><code>${escapeHtml(method.toUpperCase())} ${escapeHtml(path)}</code></a></li>`,
          )
          .join("")}</ul>`,
    )
    .join("");

  const sections = tagOrder
    .filter((tag) => byTag.has(tag))
    .map((tag) => {
      const description = document.tags?.find((t) => t.name === tag)?.description;
      const ops = (byTag.get(tag) ?? [])
        .map(({ method, path, op }) => {
          const parameters = op.parameters ?? [];
          const curl = `curl -s '${exampleUrl(origin, path, parameters)}'`;
          return `<section class="op" id="${operationAnchor(method, path)}">
<h3><span class="method">${escapeHtml(method.toUpperCase())}</span><code>${escapeHtml(path)}</code> — ${prose(op.summary)}</h3>
<p>${prose(op.description)}</p>
<h4>Parameters</h4>${renderParameters(parameters)}
<h4>Responses</h4>${renderResponses(op.responses)}
<h4>Example</h4><pre><code>${escapeHtml(curl)}</code></pre>
</section>`;
        })
        .join("\n");
      return `<h2 id="tag-${escapeHtml(tag)}">${escapeHtml(tag)}</h2>${description ? `<p>${prose(description)}</p>` : ""}${ops}`;
    })
    .join("\n");

  const problems = (Object.keys(problemTypes) as ProblemType[])
    .map(
      (type) =>
        `<tr id="problem-${type}"><td><code>/docs#problem-${type}</code></td><td>${problemTypes[type].status}</td><td>${escapeHtml(problemTypes[type].title)}</td><td>${prose(problemHelp[type])}</td></tr>`,
    )
    .join("");

  const schemas = Object.entries(document.components?.schemas ?? {})
    .map(([name, schema]) => renderSchema(name, schema))
    .join("\n");

  const title = `${document.info.title} ${document.info.version}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} — API reference</title><style>${STYLE}</style></head>
<body><div class="wrap"><nav aria-label="Operations"><p><a href="#top"><strong>${escapeHtml(document.info.title)}</strong></a></p>
<p><a href="#conventions">Conventions</a> · <a href="#problems">Errors</a> · <a href="#schemas">Schemas</a></p>${nav}</nav>
<main id="top"><h1>${escapeHtml(document.info.title)} <span class="muted">${escapeHtml(document.info.version)}</span></h1>
<p>${prose(document.info.description)}</p>
<p>Machine-readable: <a href="/openapi.json"><code>/openapi.json</code></a> (OpenAPI 3.1). This page is generated from it.</p>
<h2 id="conventions">Conventions</h2>
<ul>
<li><strong>Lists</strong> answer <code>{ items, total, nextCursor }</code>. <code>limit</code> is 1 to 100 (default 20); pass <code>nextCursor</code> back as <code>cursor</code> for the next page until it is <code>null</code>.</li>
<li><strong>Caching</strong>: every answer carries a strong <code>ETag</code> derived from the dataset hash and the URL; send it back in <code>If-None-Match</code> to get <code>304 Not Modified</code>. <code>Cache-Control: public, max-age=300, s-maxage=86400, stale-while-revalidate=86400</code>: the data only changes with a new dataset version.</li>
<li><strong>CORS</strong> is open to any origin for GET, HEAD and OPTIONS.</li>
<li><strong>Request ids</strong>: every response has an <code>X-Request-Id</code> (yours, if you send a valid one).</li>
</ul>
<h2 id="problems">Errors</h2>
<p>Every 4xx and 5xx answer is <code>application/problem+json</code> (RFC 9457): <code>{ type, title, status, detail, instance, requestId }</code>, plus <code>invalidParams</code> for bad parameters. The <code>type</code> links here.</p>
<table><thead><tr><th>type</th><th>Status</th><th>Title</th><th>Meaning</th></tr></thead><tbody>${problems}</tbody></table>
${sections}
<h2 id="schemas">Schemas</h2>
${schemas}
</main></div></body></html>`;
}
