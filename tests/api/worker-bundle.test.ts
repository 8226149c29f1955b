/** The Worker that deploys is the one the build size-checks: `wrangler deploy` uploads dist/worker.js as it is. */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const api = fileURLToPath(new URL("../../apps/api/", import.meta.url));
const outdir = mkdtempSync(join(tmpdir(), "s400-wrangler-"));

describe("the deployed Worker", () => {
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it("is dist/worker.js byte for byte, without zod's other locales", async () => {
    const wrangler = join(api, "node_modules/wrangler/bin/wrangler.js");
    // A dry run writes what would be uploaded and stops; nothing leaves the machine.
    await promisify(execFile)(process.execPath, [wrangler, "deploy", "--dry-run", "--outdir", outdir], {
      cwd: api,
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "1" },
    });
    const uploaded = readFileSync(join(outdir, "worker.js"));
    const built = readFileSync(join(api, "dist/worker.js"));
    expect(uploaded.equals(built)).toBe(true);
    // Turkish is one of the locales zod ships; its messages must not be in the bundle.
    expect(built.toString()).not.toContain("beklenen");
  });
});
