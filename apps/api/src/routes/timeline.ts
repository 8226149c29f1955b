/** `/v1/timeline`: the events of the story in date order, as precise as the text allows. */
import { createRoute, z } from "@hono/zod-openapi";
import { timeline } from "@s400/data";
import { eventSchema } from "@s400/data/schema";
import { answer } from "../answer.js";
import { pageQuery, paginate } from "../pagination.js";
import { partialDateParam, textParam } from "../params.js";
import { responsesOf } from "../responses.js";
import { newRouter } from "../router.js";
import { listOf } from "../schemas/envelopes.js";

const listTimeline = createRoute({
  method: "get",
  path: "/timeline",
  operationId: "listTimeline",
  tags: ["Timeline"],
  summary: "Events in date order",
  description:
    "Events ordered by date (earliest bound, then precision, then id). `from` and `to` respect precision: an event dated only `2020-12` is within `from=2020-12-15` because it may have happened then.",
  request: {
    query: z.object({
      from: partialDateParam("from", "Only events that may have happened on or after this date.", "2020-12"),
      to: partialDateParam("to", "Only events that may have happened on or before this date.", "2021"),
      entity: textParam("entity", "Only events this entity took part in (id or alias).", "ssb"),
      ...pageQuery,
    }),
  },
  responses: responsesOf({
    ok: { description: "A page of events.", schema: listOf(eventSchema, "EventList") },
    badRequest: "A parameter is invalid (for example a month 13 or 30 February).",
    notFound: "The `entity` is unknown.",
  }),
});

export const timelineRoutes = newRouter().openapi(listTimeline, (c) => {
  const { from, to, entity, ...page } = c.req.valid("query");
  const options = {
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(entity === undefined ? {} : { entity }),
  };
  return answer(c, paginate(timeline(options), page));
});
