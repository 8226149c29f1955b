// The API as the Node entry serves it but without the answer cache: compression only, every answer computed.
import { serve } from "@hono/node-server";
import { app } from "../../dist/app.js";
import { withCompression } from "../../dist/node/compression.js";

serve({ fetch: withCompression(app.fetch), port: Number(process.env.PORT ?? 0) }, (info) => {
  console.log(`ready http://127.0.0.1:${info.port}/`);
});
