/** The API contract over real HTTP against `node apps/api/dist/node.js`, and its graceful shutdown. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiContract } from "./contract.js";
import { generatedClientSuite } from "./generated-client.js";
import { type Server, startNodeServer } from "./servers.js";

describe("the API on Node", () => {
  let server: Server;
  beforeAll(async () => {
    server = await startNodeServer();
  });
  afterAll(() => server?.stop());

  apiContract(() => server.url);
  generatedClientSuite(() => server.url);
});

describe("the Node entry", () => {
  it("shuts down cleanly with exit code 0 on SIGTERM, even with a keep-alive connection open", async () => {
    const server = await startNodeServer();
    try {
      const res = await fetch(`${server.url}/healthz`, { headers: { Connection: "keep-alive" } });
      expect(res.status).toBe(200);
      const exited = new Promise<number | null>((resolve) => server.child.once("exit", resolve));
      server.child.kill("SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      await server.stop();
    }
  });
});
