/** Helpers the in-process tests share: call the app, read JSON, and check problem bodies. */
import { expect } from "vitest";
import { app } from "./app.js";
import { PROBLEM_MEDIA_TYPE } from "./problem.js";

/** Calls the app without a network, as a client at `http://localhost` would. */
export function call(path: string, init?: RequestInit): Promise<Response> {
  return Promise.resolve(app.request(path, init));
}

/** Fetches `path`, expects 200 JSON, and returns the body. */
export async function getJson<T = unknown>(path: string): Promise<T> {
  const res = await call(path);
  expect(res.status, `${path} → ${res.status}`).toBe(200);
  expect(res.headers.get("Content-Type")).toMatch(/^application\/json/);
  return (await res.json()) as T;
}

/** A value as it comes out of JSON, for comparing library results with response bodies. */
export function viaJson<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value));
}

/** Expects `res` to be an RFC 9457 problem with `status`, and returns its body. */
export async function expectProblem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("Content-Type")).toBe(PROBLEM_MEDIA_TYPE);
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status, type: expect.stringMatching(/^\/docs#problem-/) });
  expect(typeof body.title).toBe("string");
  expect(typeof body.detail).toBe("string");
  expect(typeof body.instance).toBe("string");
  expect(JSON.stringify(body)).not.toMatch(/\bat .+:\d+:\d+|node_modules|Error:/);
  return body;
}
