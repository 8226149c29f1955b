/** The whole docs page, from the OpenAPI document: offline (inline CSS, one same-origin script), every operation. */
import type { FC } from "hono/jsx";
import type { JsonSchema, OpenApiDocument, Operation } from "../openapi/shape.js";
import { type ProblemType, problemTypes } from "../problem.js";
import { OperationSection, operationAnchor } from "./operation.js";
import { Prose } from "./prose.js";
import { SchemaSection } from "./schema.js";
import { STYLE } from "./style.js";

/** Where the page's script is served. */
export const DOCS_SCRIPT_PATH = "/docs/docs.js";

/** What the page says about each problem type; `type` URIs of problems point at these anchors. */
const problemHelp: Record<ProblemType, string> = {
  "invalid-parameter":
    "A parameter is missing, has the wrong form, or is out of range. `invalidParams` names each one and says what is allowed.",
  "malformed-uri":
    "The path or query has a `%` escape that does not decode to UTF-8, such as `%ZZ` or a cut-off sequence.",
  "not-found": "The id, name or alias names no record of the dataset.",
  "route-not-found": "No route has this path. The operations below are all there is.",
  "method-not-allowed":
    "The path exists but only answers the methods in the `Allow` header (GET, HEAD, OPTIONS).",
  "internal-error":
    "Something failed on the server. Nothing about it is cached; quote the `requestId` when you report it.",
};

interface Listed {
  method: string;
  path: string;
  op: Operation;
}

const Problems: FC = () => (
  <table>
    <thead>
      <tr>
        <th>type</th>
        <th>Status</th>
        <th>Title</th>
        <th>Meaning</th>
      </tr>
    </thead>
    <tbody>
      {(Object.keys(problemTypes) as ProblemType[]).map((type) => (
        <tr id={`problem-${type}`}>
          <td>
            <code>/docs#problem-{type}</code>
          </td>
          <td>{problemTypes[type].status}</td>
          <td>{problemTypes[type].title}</td>
          <td>
            <Prose text={problemHelp[type]} />
          </td>
        </tr>
      ))}
    </tbody>
  </table>
);

const Conventions: FC = () => (
  <ul>
    <li>
      <strong>Lists</strong> answer <code>{"{ items, total, nextCursor }"}</code>. <code>limit</code> is a
      whole number in plain digits, 1 to 100; pass <code>nextCursor</code> back as <code>cursor</code> for the
      next page until it is <code>null</code>.
    </li>
    <li>
      <strong>Parameters</strong> are strict: a number written any other way than plain digits, a value
      outside an enumeration, an empty list item or a date that does not exist is a 400 that names the
      parameter and what it allows.
    </li>
    <li>
      <strong>Caching</strong>: every answer carries a strong <code>ETag</code> derived from the dataset hash,
      the URL, the representation and the encoding; send it back in <code>If-None-Match</code> (or send{" "}
      <code>*</code>) to get <code>304 Not Modified</code>.{" "}
      <code>Cache-Control: public, max-age=300, s-maxage=86400, stale-while-revalidate=86400</code>: the data
      only changes with a new dataset version.
    </li>
    <li>
      <strong>Compression</strong>: answers are sent gzip or br when the client accepts it; they say{" "}
      <code>Vary: Accept-Encoding</code>.
    </li>
    <li>
      <strong>JSON-LD</strong>: <code>/v1/records/{"{id}"}</code> and{" "}
      <code>/v1/entities/{"{idOrAlias}"}</code> answer <code>Accept: application/ld+json</code> (when it
      outranks <code>application/json</code>) with the record as JSON-LD, in the context and IRIs of{" "}
      <code>/v1/dataset.jsonld</code>; they say <code>Vary: Accept, Accept-Encoding</code>.
    </li>
    <li>
      <strong>CORS</strong> is open to any origin for GET, HEAD and OPTIONS.
    </li>
    <li>
      <strong>Request ids</strong>: every response has an <code>X-Request-Id</code> (yours, if you send a
      valid one).
    </li>
  </ul>
);

/** The page. */
export const DocsPage: FC<{ document: OpenApiDocument }> = ({ document }) => {
  const operations: Listed[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, op] of Object.entries(item ?? {})) if (op) operations.push({ method, path, op });
  }
  const tagOrder = (document.tags ?? []).map((tag) => tag.name);
  const byTag = new Map<string, Listed[]>();
  for (const operation of operations) {
    const tag = operation.op.tags?.[0] ?? "Other";
    if (!tagOrder.includes(tag)) tagOrder.push(tag);
    byTag.set(tag, [...(byTag.get(tag) ?? []), operation]);
  }
  const tags = tagOrder.filter((tag) => byTag.has(tag));
  const schemas: Record<string, JsonSchema> = document.components?.schemas ?? {};
  const enums = (ref: string) => schemas[ref.slice(ref.lastIndexOf("/") + 1)]?.enum;
  const title = `${document.info.title} ${document.info.version}`;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <title>{title} — API reference</title>
        {/* Our own constant: written raw, since escaping would break CSS quotes. */}
        <style dangerouslySetInnerHTML={{ __html: STYLE }} />
        <script src={DOCS_SCRIPT_PATH} defer />
      </head>
      <body>
        <div class="wrap">
          <nav aria-label="Operations">
            <p>
              <a href="#top">
                <strong>{document.info.title}</strong>
              </a>
            </p>
            <p>
              <a href="#conventions">Conventions</a> · <a href="#problems">Errors</a> ·{" "}
              <a href="#schemas">Schemas</a>
            </p>
            <p>
              <label for="filter">Filter operations</label>
              <input id="filter" type="search" placeholder="e.g. entity, search, 404" autocomplete="off" />
              <span id="filter-count" class="muted" />
            </p>
            {tags.map((tag) => (
              <>
                <strong>{tag}</strong>
                <ul>
                  {(byTag.get(tag) ?? []).map(({ method, path }) => (
                    <li>
                      <a href={`#${operationAnchor(method, path)}`}>
                        <code>
                          {method.toUpperCase()} {path}
                        </code>
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ))}
          </nav>
          <main id="top">
            <h1>
              {document.info.title} <span class="muted">{document.info.version}</span>
            </h1>
            <p>
              <Prose text={document.info.description} />
            </p>
            <p>
              Machine-readable:{" "}
              <a href="/openapi.json">
                <code>/openapi.json</code>
              </a>{" "}
              (OpenAPI 3.1). This page is generated from it.
            </p>
            <h2 id="conventions">Conventions</h2>
            <Conventions />
            <h2 id="problems">Errors</h2>
            <p>
              Every 4xx and 5xx answer is <code>application/problem+json</code> (RFC 9457):{" "}
              <code>{"{ type, title, status, detail, instance, requestId }"}</code>, plus{" "}
              <code>invalidParams</code> for bad parameters. The <code>type</code> links here.
            </p>
            <Problems />
            {tags.map((tag) => {
              const description = document.tags?.find((t) => t.name === tag)?.description;
              return (
                <>
                  <h2 id={`tag-${tag}`}>{tag}</h2>
                  {description ? (
                    <p>
                      <Prose text={description} />
                    </p>
                  ) : (
                    ""
                  )}
                  {(byTag.get(tag) ?? []).map(({ method, path, op }) => (
                    <OperationSection method={method} path={path} op={op} enums={enums} />
                  ))}
                </>
              );
            })}
            <h2 id="schemas">Schemas</h2>
            {Object.entries(schemas).map(([name, schema]) => (
              <SchemaSection name={name} schema={schema} />
            ))}
          </main>
        </div>
      </body>
    </html>
  );
};

/** The page as HTML text. */
export function renderDocs(document: OpenApiDocument): string {
  return `<!doctype html>${(<DocsPage document={document} />).toString()}`;
}
