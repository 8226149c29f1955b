/** Schemas on the docs page: a one-line reading of a schema, and a table of a named component's properties. */
import type { FC } from "hono/jsx";
import type { JsonSchema } from "../openapi/shape.js";
import { Prose } from "./prose.js";

const refName = (ref: string) => ref.slice(ref.lastIndexOf("/") + 1);

const Join: FC<{ items: JsonSchema[]; separator: string }> = ({ items, separator }) => (
  <>
    {items.map((item, index) => (
      <>
        {index > 0 ? separator : ""}
        <TypeOf schema={item} />
      </>
    ))}
  </>
);

/** A one-line reading of a schema: `string`, `Entity[]`, `"for" | "against"`, … */
export const TypeOf: FC<{ schema: JsonSchema | undefined }> = ({ schema }) => {
  if (!schema) return <>any</>;
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return <a href={`#schema-${name}`}>{name}</a>;
  }
  if (schema.const !== undefined) return <code>{JSON.stringify(schema.const)}</code>;
  if (schema.enum) {
    return (
      <>
        {schema.enum.map((value, index) => (
          <>
            {index > 0 ? " | " : ""}
            <code>{JSON.stringify(value)}</code>
          </>
        ))}
      </>
    );
  }
  const union = schema.oneOf ?? schema.anyOf;
  if (union) return <Join items={union} separator=" | " />;
  // A lone `allOf` is how a described reference is written: read it as the reference.
  if (schema.allOf) return <Join items={schema.allOf} separator=" & " />;
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0) return <>object</>;
  return (
    <>
      {types.map((type, index) => (
        <>
          {index > 0 ? " | " : ""}
          {type === "array" ? (
            <>
              <TypeOf schema={schema.items} />
              []
            </>
          ) : (
            type
          )}
        </>
      ))}
    </>
  );
};

/** The limits a schema puts on a value, as words: `1 to 100, default 20`. */
export function constraintsOf(schema: JsonSchema | undefined): string[] {
  if (!schema) return [];
  const parts: string[] = [];
  if (schema.format !== undefined) parts.push(schema.format);
  if (schema.minimum !== undefined && schema.maximum !== undefined)
    parts.push(`${schema.minimum} to ${schema.maximum}`);
  else if (schema.minimum !== undefined) parts.push(`≥ ${schema.minimum}`);
  else if (schema.maximum !== undefined) parts.push(`≤ ${schema.maximum}`);
  const chars = (n: number) => `${n} character${n === 1 ? "" : "s"}`;
  if (schema.minLength !== undefined) parts.push(`at least ${chars(schema.minLength)}`);
  if (schema.maxLength !== undefined) parts.push(`at most ${chars(schema.maxLength)}`);
  if (schema.pattern !== undefined) parts.push(`matches ${schema.pattern}`);
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts;
}

/** One named component: its description and a table of its properties. */
export const SchemaSection: FC<{ name: string; schema: JsonSchema }> = ({ name, schema }) => {
  const required = new Set(schema.required ?? []);
  return (
    <section class="schema" id={`schema-${name}`}>
      <h3>{name}</h3>
      {schema.description ? (
        <p>
          <Prose text={schema.description} />
        </p>
      ) : (
        ""
      )}
      {schema.properties ? (
        <table>
          <thead>
            <tr>
              <th>Property</th>
              <th>Type</th>
              <th>Description</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(schema.properties).map(([prop, value]) => (
              <tr>
                <td>
                  <code>{prop}</code>
                  {required.has(prop) ? "" : <span class="muted"> optional</span>}
                </td>
                <td>
                  <TypeOf schema={value} />
                </td>
                <td>
                  <Prose text={value.description} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>
          <TypeOf schema={schema} />
        </p>
      )}
    </section>
  );
};
