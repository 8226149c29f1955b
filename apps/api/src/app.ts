/** The s400 HTTP API as one Hono app on Web Standards; `node.ts` and `worker.ts` adapt it to a runtime. */
import { dataset } from "@s400/data";
import { Hono } from "hono";

export const app = new Hono().get("/healthz", (c) => c.json({ status: "ok", version: dataset.version }));

/** The app's type, for `hc<AppType>(url)` typed clients. */
export type AppType = typeof app;
