/** `/v1/entities`: the people, countries, organisations and systems of the story, and what links them. */
import { createRoute, z } from "@hono/zod-openapi";
import { entities, getEntity, related, statementsAbout } from "@s400/data";
import { listOf, pageQuery, paginate } from "../pagination.js";
import { problemResponse } from "../problem.js";
import { newRouter } from "../router.js";
import {
  EntitySchema,
  EntityTypeSchema,
  NeighbourSchema,
  PredicateSchema,
  StatementSchema,
} from "../schemas/records.js";

/** An entity named by id, canonical name or alias, as a path parameter. */
const entityKey = (description: string) =>
  z.string().min(1).max(200).openapi({ description, example: "ssb" });

const IdOrAliasParams = z.object({
  idOrAlias: entityKey("An entity id (`ssb`), its name or an alias (`Defence Industry Directorate`)."),
});
const IdParams = z.object({ id: entityKey("An entity id, name or alias.") });

const listEntities = createRoute({
  method: "get",
  path: "/entities",
  tags: ["Entities"],
  summary: "List entities",
  description: "Every entity of the dataset, optionally only those of one type.",
  request: {
    query: z.object({
      type: EntityTypeSchema.optional().openapi({
        param: { name: "type", in: "query" },
        description: "Only entities of this type.",
      }),
      ...pageQuery,
    }),
  },
  responses: {
    200: {
      description: "A page of entities.",
      content: { "application/json": { schema: listOf(EntitySchema, "EntityList") } },
    },
    400: problemResponse("A parameter is invalid."),
  },
});

const getOneEntity = createRoute({
  method: "get",
  path: "/entities/{idOrAlias}",
  tags: ["Entities"],
  summary: "Get an entity",
  description:
    "One entity by id, canonical name or any alias. Case, diacritics and spelling variants such as Defence/Defense do not matter.",
  request: { params: IdOrAliasParams },
  responses: {
    200: { description: "The entity.", content: { "application/json": { schema: EntitySchema } } },
    400: problemResponse("The id is invalid."),
    404: problemResponse("No entity has that id, name or alias."),
  },
});

const entityStatements = createRoute({
  method: "get",
  path: "/entities/{id}/statements",
  tags: ["Entities"],
  summary: "Statements about an entity",
  description:
    "Statements that have the entity as subject, object or qualifier value, optionally of one predicate.",
  request: {
    params: IdParams,
    query: z.object({
      predicate: PredicateSchema.optional().openapi({
        param: { name: "predicate", in: "query" },
        description: "Only statements with this predicate.",
      }),
      ...pageQuery,
    }),
  },
  responses: {
    200: {
      description: "A page of statements.",
      content: { "application/json": { schema: listOf(StatementSchema, "StatementList") } },
    },
    400: problemResponse("A parameter is invalid."),
    404: problemResponse("No such entity."),
  },
});

const entityRelated = createRoute({
  method: "get",
  path: "/entities/{id}/related",
  tags: ["Entities"],
  summary: "Entities related to an entity",
  description: "The entity's neighbours in the graph, each with the statements that link the two.",
  request: { params: IdParams, query: z.object(pageQuery) },
  responses: {
    200: {
      description: "A page of neighbours.",
      content: { "application/json": { schema: listOf(NeighbourSchema, "NeighbourList") } },
    },
    400: problemResponse("A parameter is invalid."),
    404: problemResponse("No such entity."),
  },
});

export const entityRoutes = newRouter()
  .openapi(listEntities, (c) => {
    const { type, ...page } = c.req.valid("query");
    return c.json(paginate(entities(type === undefined ? {} : { type }), page), 200);
  })
  .openapi(getOneEntity, (c) => c.json(getEntity(c.req.valid("param").idOrAlias), 200))
  .openapi(entityStatements, (c) => {
    const { predicate, ...page } = c.req.valid("query");
    const { id } = c.req.valid("param");
    return c.json(paginate(statementsAbout(id, predicate === undefined ? {} : { predicate }), page), 200);
  })
  .openapi(entityRelated, (c) =>
    c.json(paginate(related(c.req.valid("param").id), c.req.valid("query")), 200),
  );
