/** The building blocks every route file shares: the app's env and a router whose validation failures are problems. */
import { OpenAPIHono, type z } from "@hono/zod-openapi";
import type { RequestIdVariables } from "hono/request-id";
import { type Problem, problem } from "./problem.js";

/** Bindings and variables of the app's context. */
export interface AppEnv {
  Variables: RequestIdVariables;
}

const locations = {
  query: "query",
  param: "path",
  header: "header",
  cookie: "cookie",
  json: "json",
  form: "form",
} as const;

/** Turns a failed schema check into the `invalidParams` of a 400 problem. */
export function invalidParamsOf(error: z.ZodError, target: string): NonNullable<Problem["invalidParams"]> {
  const location = locations[target as keyof typeof locations] ?? "query";
  return error.issues.map((issue) => ({
    name: issue.path.length > 0 ? issue.path.map(String).join(".") : "(request)",
    in: location,
    reason: issue.message,
  }));
}

/** A router for one resource; its failed validations answer 400 problem+json naming each bad parameter. */
export function newRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const invalidParams = invalidParamsOf(result.error, result.target);
      const detail = invalidParams.map((param) => `${param.name}: ${param.reason}`).join("; ");
      return problem(c, "invalid-parameter", detail, { invalidParams });
    },
  });
}
