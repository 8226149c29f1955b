/** Serves the app on Node: compression and the answer cache around it, `PORT` (default 8787), graceful shutdown. */
import { createServer } from "node:http";
import { getRequestListener } from "@hono/node-server";
import { app } from "./app.js";
import { nodeAnswerCache } from "./node/answer-cache.js";
import { negotiateEncoding, withCompression } from "./node/compression.js";

const port = Number(process.env.PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`s400 API: PORT must be a port number (0-65535), not “${process.env.PORT}”.`);
  process.exit(1);
}

// At most 1,000 answers, 8 MiB in all, each kept in the encoding it was sent in.
const answers = nodeAnswerCache(withCompression(app.fetch), {
  maxEntries: 1_000,
  maxTotalSize: 8 * 1024 * 1024,
  maxEntrySize: 512 * 1024,
  variant: (headers) => negotiateEncoding(headers.get("Accept-Encoding")),
});

// `serve()` of @hono/node-server is this listener on `createServer`; a kept answer goes out before it.
const adapter = getRequestListener(answers.fetch);
const server = createServer((incoming, outgoing) => {
  if (!answers.answerNode(incoming, outgoing)) void adapter(incoming, outgoing);
});

server.listen(port, () => {
  const address = server.address();
  const listening = typeof address === "object" && address !== null ? address.port : port;
  console.log(`s400 API listening on http://localhost:${listening}`);
});

server.on("error", (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === "EADDRINUSE"
      ? `s400 API: port ${port} is already in use; set PORT to another one.`
      : `s400 API: ${error.message}`,
  );
  process.exit(1);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    // Stop accepting, let in-flight requests finish, drop idle keep-alive sockets so close() can complete.
    server.close(() => process.exit(0));
    server.closeIdleConnections();
  });
}
