// The ceiling: a Hono hello-world on the same Node adapter as the API.
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono().get("/", (c) => c.text("Hello, world!"));
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 0) }, (info) => {
  console.log(`ready http://127.0.0.1:${info.port}/`);
});
