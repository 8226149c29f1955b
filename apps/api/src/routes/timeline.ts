/** `/v1/timeline`: the events of the story in date order, as precise as the text allows. */
import { createRoute, z } from "@hono/zod-openapi";
import { timeline } from "@s400/data";
import { listOf, pageQuery, paginate } from "../pagination.js";
import { problemResponse } from "../problem.js";
import { newRouter } from "../router.js";
import { EventSchema } from "../schemas/records.js";

const partialDate = (name: "from" | "to", description: string, example: string) =>
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD")
    .optional()
    .openapi({ param: { name, in: "query" }, description, example });

const listTimeline = createRoute({
  method: "get",
  path: "/timeline",
  tags: ["Timeline"],
  summary: "Events in date order",
  description:
    "Events ordered by date (earliest bound, then precision, then id). `from` and `to` respect precision: an event dated only `2020-12` is within `from=2020-12-15` because it may have happened then.",
  request: {
    query: z.object({
      from: partialDate("from", "Only events that may have happened on or after this date.", "2020-12"),
      to: partialDate("to", "Only events that may have happened on or before this date.", "2021"),
      entity: z
        .string()
        .min(1)
        .max(200)
        .optional()
        .openapi({
          param: { name: "entity", in: "query" },
          description: "Only events this entity took part in (id or alias).",
          example: "ssb",
        }),
      ...pageQuery,
    }),
  },
  responses: {
    200: {
      description: "A page of events.",
      content: { "application/json": { schema: listOf(EventSchema, "EventList") } },
    },
    400: problemResponse("A parameter is invalid (for example a month 13)."),
    404: problemResponse("The `entity` is unknown."),
  },
});

export const timelineRoutes = newRouter().openapi(listTimeline, (c) => {
  const { from, to, entity, ...page } = c.req.valid("query");
  const options = {
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(entity === undefined ? {} : { entity }),
  };
  return c.json(paginate(timeline(options), page), 200);
});
