/** The same API contract against the self-contained Worker bundle running in workerd. */
import { afterAll, beforeAll, describe } from "vitest";
import { apiContract } from "./contract.js";
import { generatedClientSuite } from "./generated-client.js";
import { type Server, startWorkerdServer } from "./servers.js";

describe("the API in workerd", () => {
  let server: Server;
  beforeAll(async () => {
    server = await startWorkerdServer();
  });
  afterAll(() => server?.stop());

  apiContract(() => server.url, "platform");
  generatedClientSuite(() => server.url);
});
