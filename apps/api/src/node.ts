/** Serves the app on Node: `PORT` (default 8787), graceful shutdown on SIGTERM and SIGINT. */
import { serve } from "@hono/node-server";
import { app } from "./app.js";

const port = Number(process.env.PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`s400 API: PORT must be a port number (0-65535), not “${process.env.PORT}”.`);
  process.exit(1);
}

const server = serve({ fetch: app.fetch, port }, (info) => {
  console.log(`s400 API listening on http://localhost:${info.port}`);
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
    if ("closeIdleConnections" in server) server.closeIdleConnections();
  });
}
