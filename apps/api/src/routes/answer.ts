/** `/v1/answer`: a short answer to a question, with its records and cited words, or `null`, plus the top hits. */
import { createRoute, z } from "@hono/zod-openapi";
import { answer as answerQuestion, MAX_QUESTION_LENGTH, search } from "@s400/data";
import { answerSchema, searchHitSchema } from "@s400/data/schema";
import { answer } from "../answer.js";
import { queryTextParam } from "../params.js";
import { responsesOf } from "../responses.js";
import { newRouter } from "../router.js";

/** How many search hits come with an answer: enough for a "did you mean", few enough to stay small. */
export const ANSWER_HITS = 3;

const AnswerResultSchema = z
  .object({
    answer: answerSchema.nullable().openapi({
      description:
        "The answer, or `null` when the dataset does not answer the question (the text does not say).",
    }),
    hits: z
      .array(searchHitSchema)
      .max(ANSWER_HITS)
      .openapi({ description: `The top ${ANSWER_HITS} search hits for the question, best first.` }),
  })
  .openapi("AnswerResult", { description: "The answer to a question, and the best search hits beside it." });

const answerRoute = createRoute({
  method: "get",
  path: "/answer",
  operationId: "answer",
  tags: ["Search"],
  summary: "Answer a question",
  description: `A short answer to a question in your own words ("Who heads the SSB?", "When did Turkey sign the deal?"), with the records that support it and the exact cited words of the sources, or \`answer: null\` when the text does not say. \`hits\` holds the top ${ANSWER_HITS} search hits either way. \`q\` is at most ${MAX_QUESTION_LENGTH} characters.`,
  request: {
    query: z.object({
      q: queryTextParam(MAX_QUESTION_LENGTH, "The question.", "Who heads the SSB?"),
    }),
  },
  responses: responsesOf({
    ok: { description: "The answer (or `null`) and the top hits.", schema: AnswerResultSchema },
    badRequest: "`q` is missing, repeated, empty or too long.",
  }),
});

export const answerRoutes = newRouter().openapi(answerRoute, (c) => {
  const { q } = c.req.valid("query");
  return answer(c, { answer: answerQuestion(q), hits: [...search(q, { limit: ANSWER_HITS })] });
});
