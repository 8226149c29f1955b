// The peer: Express 5 serving the same search() from @s400/data, with no more than the route needs.
import { S400Error, search } from "@s400/data";
import express from "express";

const app = express();
app.disable("x-powered-by");
app.get("/v1/search", (req, res) => {
  const q = typeof req.query.q === "string" ? req.query.q : "";
  const limit = typeof req.query.limit === "string" ? Number(req.query.limit) : 10;
  try {
    res.json({ results: search(q, { limit }) });
  } catch (error) {
    if (!(error instanceof S400Error)) throw error;
    res
      .status(400)
      .type("application/problem+json")
      .send({ status: 400, title: "Bad request", detail: error.message });
  }
});
const server = app.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  console.log(`ready http://127.0.0.1:${server.address().port}/`);
});
