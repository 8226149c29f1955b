/**
 * Strict query parameters shared by the routes: one spelling per meaning, so that a typo is a 400 that
 * says what is allowed instead of a silently different answer (or a second cache entry for the same one).
 */
import { z } from "@hono/zod-openapi";

/**
 * A whole number written in plain decimal digits, `min` to `max`. `0x10`, `1e1`, `5.0`, ` 5` and `010`
 * are refused (zod's coercion would take them all), so each number has exactly one spelling.
 */
export function integerParam(
  name: string,
  options: { min: number; max: number; default: number; description: string; example: number },
) {
  const { min, max, description, example } = options;
  const reason = `must be a whole number from ${min} to ${max}, in plain digits`;
  return z
    .string()
    .regex(/^(0|[1-9][0-9]{0,8})$/, reason)
    .transform(Number)
    .pipe(z.number().int().min(min, reason).max(max, reason))
    .optional()
    .transform((value) => value ?? options.default)
    .openapi({
      param: { name, in: "query", example },
      type: "integer",
      format: "int32",
      minimum: min,
      maximum: max,
      default: options.default,
      description,
    });
}

/** A text parameter given at most once: an identifier, a name or an alias. */
export function textParam(name: string, description: string, example: string) {
  return z
    .string({ error: (issue) => (Array.isArray(issue.input) ? "must be given once" : "must be text") })
    .min(1, "must not be empty")
    .max(200, "must be at most 200 characters")
    .optional()
    .openapi({ param: { name, in: "query", example }, description });
}

/** The required free-text `q` of `/v1/search` and `/v1/answer`: given once, not blank, at most `max` characters. */
export function queryTextParam(max: number, description: string, example: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be given once, as text") })
    .trim()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`)
    .openapi({ param: { name: "q", in: "query", example }, description });
}

/**
 * A name or id in the path: 1 to 200 characters with something besides white space (a blank one is a
 * 400 naming the parameter here, rather than a library error about an argument the client never saw).
 */
export function pathKeyParam(description: string, example: string) {
  return z
    .string()
    .min(1, "must not be empty")
    .max(200, "must be at most 200 characters")
    .refine((text) => text.trim() !== "", "must not be blank")
    .openapi({ param: { example }, description });
}

/** One value of `values`, given at most once. */
export function enumParam<const T extends readonly [string, ...string[]]>(
  name: string,
  values: T,
  schema: z.ZodType<T[number]>,
  description: string,
  example: T[number] = values[0],
) {
  const allowed = `must be one of ${values.join(", ")}`;
  return z
    .string({ error: (issue) => (Array.isArray(issue.input) ? "must be given once" : allowed) })
    .refine((value): value is T[number] => (values as readonly string[]).includes(value), allowed)
    .transform((value) => value as T[number])
    .optional()
    .openapi({ param: { name, in: "query", example }, description, ...schemaRef(schema) });
}

/**
 * A list of values of `values`: the parameter repeated (`type=a&type=b`, the documented form) or one
 * comma-separated value (`type=a,b`). An empty item (`type=`, `type=a,`) is refused, not ignored.
 */
export function enumListParam<const T extends readonly [string, ...string[]]>(
  name: string,
  values: T,
  schema: z.ZodType<T[number]>,
  description: string,
  example: readonly T[number][] = values.slice(0, 2),
) {
  const allowed = new Set<string>(values);
  return z
    .union([z.string(), z.array(z.string())])
    .transform((value, context) => {
      const items = (Array.isArray(value) ? value : [value]).flatMap((part) => part.split(","));
      for (const item of items) {
        if (item.trim() === "") {
          context.addIssue({
            code: "custom",
            message: `must not be empty; each item must be one of ${values.join(", ")}`,
          });
          return z.NEVER;
        }
        if (!allowed.has(item.trim())) {
          context.addIssue({
            code: "custom",
            message: `“${item.trim()}” is not allowed; each item must be one of ${values.join(", ")}`,
          });
          return z.NEVER;
        }
      }
      return [...new Set(items.map((item) => item.trim()))] as T[number][];
    })
    .optional()
    .openapi({
      param: { name, in: "query", style: "form", explode: true, example },
      type: "array",
      items: schemaRef(schema),
      uniqueItems: true,
      minItems: 1,
      description,
    });
}

/** `{ $ref }` to a named component schema, or the schema's own enum when it has no name. */
function schemaRef(schema: z.ZodType): { $ref: string } | { type: "string"; enum: string[] } {
  const id = z.globalRegistry.get(schema)?.id;
  if (id !== undefined) return { $ref: `#/components/schemas/${id}` };
  const options = (schema as unknown as { options?: string[] }).options ?? [];
  return { type: "string", enum: options };
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Why `text` (already `YYYY`, `YYYY-MM` or `YYYY-MM-DD`) names no real year, month or day, if it does not. */
export function impossibleDate(text: string): string | undefined {
  const [year, month, day] = text.split("-").map(Number) as [number, number?, number?];
  if (month === undefined) return undefined;
  if (month < 1 || month > 12) return `${text} has no month ${month}`;
  if (day === undefined) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 31);
  if (day < 1 || day > days) return `${text} is not a real date: month ${month} of ${year} has ${days} days`;
  return undefined;
}

/** A calendar date as precise as the caller likes: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a real one. */
export function partialDateParam(name: string, description: string, example: string) {
  const form = "must be a date written YYYY, YYYY-MM or YYYY-MM-DD";
  return z
    .string({ error: (issue) => (Array.isArray(issue.input) ? "must be given once" : form) })
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, form)
    .superRefine((text, context) => {
      const reason = impossibleDate(text);
      if (reason !== undefined) context.addIssue({ code: "custom", message: reason });
    })
    .optional()
    .openapi({ param: { name, in: "query", example }, description, pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$" });
}
