/**
 * The API's own envelopes around the records: a page of a list, the search answer, the health check and
 * RFC 9457 problems. The records themselves (`Entity`, `Statement`, …) are `@s400/data/schema`'s.
 */
import { z } from "@hono/zod-openapi";
import { searchHitSchema } from "@s400/data/schema";

/** A page of a list: `{ items, total, nextCursor }`. */
export function listOf<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      items: z.array(item),
      total: z.number().int().openapi({ description: "Items in the whole list, across pages." }),
      nextCursor: z
        .string()
        .nullable()
        .openapi({ description: "Pass as `cursor` for the next page; `null` on the last page." }),
    })
    .openapi(name, {
      description: `A page of a list: its items, how many there are in all, and the cursor of the next page.`,
    });
}

/** The answer to `/v1/search`: the hits, best first. */
export const SearchResultsSchema = z
  .object({ results: z.array(searchHitSchema).openapi({ description: "The hits, best first." }) })
  .openapi("SearchResults", { description: "The answer to a search." });

/** The answer to `/healthz`. */
export const HealthSchema = z
  .object({
    status: z
      .literal("ok")
      .openapi({ description: "Always `ok`: a server that cannot serve does not answer." }),
    version: z.string().openapi({ description: "The release the server runs." }),
  })
  .openapi("Health", { description: "The server is up, and which release it runs." });

/** A problem detail for one parameter that failed validation. */
export const InvalidParamSchema = z
  .object({
    name: z.string().openapi({ description: "The parameter, e.g. `limit`." }),
    in: z
      .enum(["query", "path", "header", "cookie", "json", "form"])
      .openapi({ description: "Where the parameter is: `query` or `path`." }),
    reason: z.string().openapi({ description: "What is wrong with it, and what is allowed." }),
  })
  .openapi("InvalidParam", {
    description: "One parameter that failed validation: where it is, and what it allows.",
  });

/** The RFC 9457 body, with the request id and (for validation failures) the offending parameters. */
export const ProblemSchema = z
  .object({
    type: z.string().openapi({ description: "The kind of problem: a link to its explanation on `/docs`." }),
    title: z.string().openapi({
      description: "The kind of problem in a few words; the same for every problem of a `type`.",
    }),
    status: z.number().int().openapi({ description: "The HTTP status code." }),
    detail: z.string().openapi({ description: "What went wrong with this request, for a person to read." }),
    instance: z.string().openapi({ description: "The path and query of the request, as sent." }),
    requestId: z
      .string()
      .optional()
      .openapi({ description: "The request's `X-Request-Id`; quote it when you report a problem." }),
    invalidParams: z
      .array(InvalidParamSchema)
      .optional()
      .openapi({ description: "Each parameter at fault, when one is." }),
  })
  .openapi("Problem", { description: "An RFC 9457 problem details object." });
