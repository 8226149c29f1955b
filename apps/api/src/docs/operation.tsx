/** One operation on the docs page: what it does, its parameters and their allowed values, answers, examples, a try-it form. */
import type { FC } from "hono/jsx";
import { DOCUMENTED_SERVER } from "../openapi/document.js";
import { exampleUrl, exampleValue, type Operation, type Parameter } from "../openapi/shape.js";
import { Prose } from "./prose.js";
import { constraintsOf, TypeOf } from "./schema.js";

/** An operation's anchor, e.g. `op-get-v1-entities-idOrAlias`. */
export function operationAnchor(method: string, path: string): string {
  return `op-${method}-${path
    .replace(/[{}]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}`;
}

/** The values a parameter may take, if it is an enumeration (or a list of one). */
function allowedValues(
  parameter: Parameter,
  enums: (ref: string) => unknown[] | undefined,
): unknown[] | undefined {
  const schema = parameter.schema?.type === "array" ? parameter.schema.items : parameter.schema;
  if (!schema) return undefined;
  return (
    schema.enum ??
    (schema.$ref ? enums(schema.$ref) : undefined) ??
    (schema.allOf?.[0]?.$ref ? enums(schema.allOf[0].$ref) : undefined)
  );
}

const Parameters: FC<{ parameters: Parameter[]; enums: (ref: string) => unknown[] | undefined }> = ({
  parameters,
  enums,
}) => {
  if (parameters.length === 0) return <p class="muted">No parameters.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>Name</th>
          <th>In</th>
          <th>Required</th>
          <th>Type</th>
          <th>Description and allowed values</th>
        </tr>
      </thead>
      <tbody>
        {parameters.map((p) => {
          const values = allowedValues(p, enums);
          const limits = constraintsOf(p.schema);
          return (
            <tr>
              <td>
                <code>{p.name}</code>
              </td>
              <td>{p.in}</td>
              <td>{p.required ? "yes" : "no"}</td>
              <td>
                <TypeOf schema={p.schema} />
              </td>
              <td>
                <Prose text={p.description ?? p.schema?.description} />
                {values ? (
                  <>
                    {" "}
                    One of:{" "}
                    {values.map((value, i) => (
                      <>
                        {i > 0 ? ", " : ""}
                        <code>{String(value)}</code>
                      </>
                    ))}
                    .
                  </>
                ) : (
                  ""
                )}
                {limits.length > 0 ? <span class="muted"> ({limits.join(", ")})</span> : ""}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};

const Responses: FC<{ op: Operation }> = ({ op }) => (
  <ul>
    {Object.entries(op.responses ?? {}).map(([status, response]) => {
      const problemType = Object.values(response.content ?? {})
        .flatMap((media) => Object.values(media.examples ?? {}))
        .map((example) => (example.value as { type?: unknown } | null)?.type)
        .find((type): type is string => typeof type === "string");
      return (
        <li>
          <strong>{status}</strong> <Prose text={response.description} />
          {Object.entries(response.content ?? {}).map(([type, media]) => (
            <>
              {" "}
              — <code>{type}</code> <TypeOf schema={media.schema} />
            </>
          ))}
          {problemType ? (
            <>
              {" "}
              (for example{" "}
              <a href={problemType.slice("/docs".length)}>{problemType.slice("/docs#problem-".length)}</a>)
            </>
          ) : (
            ""
          )}
        </li>
      );
    })}
  </ul>
);

const TryIt: FC<{
  method: string;
  path: string;
  parameters: Parameter[];
  enums: (ref: string) => unknown[] | undefined;
}> = ({ path, parameters, enums }) => {
  const hasPath = parameters.some((p) => p.in === "path");
  return (
    // Without script a form with no path parameter still works as a plain GET; the docs script sends
    // every form itself and shows the answer below it.
    <form class="try" method="get" action={hasPath ? exampleUrl(path, parameters) : path} data-path={path}>
      {parameters.map((p) => {
        const values = allowedValues(p, enums);
        const id = `${operationAnchor("get", path)}-${p.name}`;
        const name = p.in === "path" ? `path:${p.name}` : p.name;
        const example = exampleValue(p);
        return (
          <label for={id}>
            <code>{p.name}</code>
            {values ? (
              <select id={id} name={name} multiple={p.schema?.type === "array"}>
                {p.schema?.type === "array" ? "" : <option value="">(any)</option>}
                {values.map((value) => (
                  <option value={String(value)}>{String(value)}</option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                name={name}
                type={p.schema?.type === "integer" ? "number" : "text"}
                required={p.required ?? false}
                value={p.required ? (example ?? "") : ""}
                placeholder={example ?? ""}
                {...(p.schema?.minimum !== undefined ? { min: String(p.schema.minimum) } : {})}
                {...(p.schema?.maximum !== undefined ? { max: String(p.schema.maximum) } : {})}
              />
            )}
          </label>
        );
      })}
      <button type="submit">Send</button>
      <output class="answer" aria-live="polite" />
    </form>
  );
};

/** The whole section of one operation. */
export const OperationSection: FC<{
  method: string;
  path: string;
  op: Operation;
  enums: (ref: string) => unknown[] | undefined;
}> = ({ method, path, op, enums }) => {
  const parameters = op.parameters ?? [];
  const example = Object.values(op.responses?.["200"]?.content ?? {})[0]?.examples?.example;
  const curl = `curl -s '${DOCUMENTED_SERVER}${example?.summary?.replace(/^GET /, "") ?? exampleUrl(path, parameters)}'`;
  return (
    <section
      class="op"
      id={operationAnchor(method, path)}
      data-search={`${method} ${path} ${op.summary ?? ""} ${op.description ?? ""} ${op.operationId ?? ""}`.toLowerCase()}
    >
      <h3>
        <span class="method">{method.toUpperCase()}</span>
        <code>{path}</code> — <Prose text={op.summary} />
      </h3>
      <p>
        <Prose text={op.description} />{" "}
        {op.operationId ? (
          <span class="muted">
            (operation <code>{op.operationId}</code>)
          </span>
        ) : (
          ""
        )}
      </p>
      <h4>Parameters</h4>
      <Parameters parameters={parameters} enums={enums} />
      <h4>Responses</h4>
      <Responses op={op} />
      <h4>Example</h4>
      <pre>
        <code>{curl}</code>
      </pre>
      {example ? (
        <details>
          <summary>
            Answer to <code>{example.summary ?? ""}</code>
          </summary>
          <pre>
            <code>{JSON.stringify(example.value, null, 2)}</code>
          </pre>
        </details>
      ) : (
        ""
      )}
      <h4>Try it</h4>
      <TryIt method={method} path={path} parameters={parameters} enums={enums} />
    </section>
  );
};
