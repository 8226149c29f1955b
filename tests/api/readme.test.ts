/** Runs the typed-client example of apps/api/README.md, as written, against a started server. */
import { execFile } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { getEntity } from "@s400/data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Server, startNodeServer } from "./servers.js";

const readme = readFileSync(fileURLToPath(new URL("../../apps/api/README.md", import.meta.url)), "utf8");
// Written next to this test so that "@s400/api/client" resolves as it would for a user of the package.
const script = fileURLToPath(new URL("./.readme-example.mjs", import.meta.url));

describe("the API README", () => {
  let server: Server;
  beforeAll(async () => {
    server = await startNodeServer();
  });
  afterAll(async () => {
    rmSync(script, { force: true });
    await server?.stop();
  });

  it("has a typed-client example that runs and prints what it says", async () => {
    const match = /<!-- example: typed-client[^>]*-->\s*```ts\n([\s\S]*?)```/.exec(readme);
    expect(match, "the README marks its typed-client example").not.toBeNull();
    // The example is TypeScript without type annotations, so Node runs it as it is.
    writeFileSync(script, match?.[1] ?? "");
    const { stdout } = await promisify(execFile)(process.execPath, [script], {
      env: { ...process.env, S400_API: server.url },
    });
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toMatch(
      new RegExp(`^${getEntity("ssb").name.replace(/[()]/g, "\\$&")} \\(ssb\\) has \\d+ aliases$`),
    );
    expect(lines.slice(1, -1).length).toBeGreaterThan(0);
    for (const line of lines.slice(1, -1))
      expect(line).toMatch(/^\d+\.\d (entity|statement|event|claim|quote|topic|source) \S+$/);
    expect(lines.at(-1)).toMatch(/nobody/);
  });
});
