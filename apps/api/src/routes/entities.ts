/** `/v1/entities`: the people, countries, organisations and systems of the story, and what links them. */
import { createRoute, z } from "@hono/zod-openapi";
import {
  dataset,
  entities,
  entityTypes,
  getEntity,
  type Predicate,
  predicateLabels,
  related,
  statementsAbout,
} from "@s400/data";
import { recordToJsonLd } from "@s400/data/formats";
import {
  entitySchema,
  entityTypeSchema,
  neighbourSchema,
  predicateSchema,
  statementSchema,
} from "@s400/data/schema";
import { alternateAnswer, answer } from "../answer.js";
import { JSON_LD_MEDIA_TYPE, preferredRepresentation } from "../negotiation.js";
import { pageQuery, paginate } from "../pagination.js";
import { enumParam, pathKeyParam } from "../params.js";
import { responsesOf } from "../responses.js";
import { newRouter } from "../router.js";
import { listOf } from "../schemas/envelopes.js";

const predicates = Object.keys(predicateLabels) as [Predicate, ...Predicate[]];

/** An entity named by id, canonical name or alias, as a path parameter. */
const entityKey = (description: string) => pathKeyParam(description, "ssb");

const IdOrAliasParams = z.object({
  idOrAlias: entityKey("An entity id (`ssb`), its name or an alias (`Defence Industry Directorate`)."),
});
const IdParams = z.object({ id: entityKey("An entity id, name or alias.") });

const listEntities = createRoute({
  method: "get",
  path: "/entities",
  operationId: "listEntities",
  tags: ["Entities"],
  summary: "List entities",
  description: "Every entity of the dataset, optionally only those of one type.",
  request: {
    query: z.object({
      type: enumParam("type", entityTypes, entityTypeSchema, "Only entities of this type.", "person"),
      ...pageQuery,
    }),
  },
  responses: responsesOf({
    ok: { description: "A page of entities.", schema: listOf(entitySchema, "EntityList") },
    badRequest: "A parameter is invalid.",
  }),
});

const getOneEntity = createRoute({
  method: "get",
  path: "/entities/{idOrAlias}",
  operationId: "getEntity",
  tags: ["Entities"],
  summary: "Get an entity",
  description:
    "One entity by id, canonical name or any alias. Case, diacritics and spelling variants such as Defence/Defense do not matter. With `Accept: application/ld+json` (preferred over `application/json`), the entity as JSON-LD (schema.org `Person`, `Country`, `Organization`, … with `alternateName` for its aliases), with the context and IRIs of `/v1/dataset.jsonld`.",
  request: { params: IdOrAliasParams },
  responses: responsesOf({
    ok: { description: "The entity.", schema: entitySchema },
    badRequest: "The id is invalid.",
    notFound: "No entity has that id, name or alias.",
  }),
});

const entityStatements = createRoute({
  method: "get",
  path: "/entities/{id}/statements",
  operationId: "listEntityStatements",
  tags: ["Entities"],
  summary: "Statements about an entity",
  description:
    "Statements that have the entity as subject, object or qualifier value, optionally of one predicate.",
  request: {
    params: IdParams,
    query: z.object({
      predicate: enumParam(
        "predicate",
        predicates,
        predicateSchema,
        "Only statements with this predicate.",
        "head-of",
      ),
      ...pageQuery,
    }),
  },
  responses: responsesOf({
    ok: { description: "A page of statements.", schema: listOf(statementSchema, "StatementList") },
    badRequest: "A parameter is invalid.",
    notFound: "No such entity.",
  }),
});

const entityRelated = createRoute({
  method: "get",
  path: "/entities/{id}/related",
  operationId: "listRelatedEntities",
  tags: ["Entities"],
  summary: "Entities related to an entity",
  description: "The entity's neighbours in the graph, each with the statements that link the two.",
  request: { params: IdParams, query: z.object(pageQuery) },
  responses: responsesOf({
    ok: { description: "A page of neighbours.", schema: listOf(neighbourSchema, "NeighbourList") },
    badRequest: "A parameter is invalid.",
    notFound: "No such entity.",
  }),
});

export const entityRoutes = newRouter()
  .openapi(listEntities, (c) => {
    const { type, ...page } = c.req.valid("query");
    return answer(c, paginate(entities(type === undefined ? {} : { type }), page));
  })
  .openapi(getOneEntity, (c) => {
    const entity = getEntity(c.req.valid("param").idOrAlias);
    return preferredRepresentation(c.req.header("Accept")) === JSON_LD_MEDIA_TYPE
      ? alternateAnswer(c, recordToJsonLd(dataset, entity.id), JSON_LD_MEDIA_TYPE)
      : answer(c, entity);
  })
  .openapi(entityStatements, (c) => {
    const { predicate, ...page } = c.req.valid("query");
    const { id } = c.req.valid("param");
    return answer(c, paginate(statementsAbout(id, predicate === undefined ? {} : { predicate }), page));
  })
  .openapi(entityRelated, (c) => answer(c, paginate(related(c.req.valid("param").id), c.req.valid("query"))));
