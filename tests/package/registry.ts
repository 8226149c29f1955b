/** A throwaway npm registry for publish tests: Verdaccio on a loopback port, its storage in a folder of the test's. */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stopGroup, waitForLine } from "../process-group.js";

/** A started registry: its URL (with a trailing slash, as npm writes it), a publish token, and a way to end it. */
export interface Registry {
  url: string;
  token: string;
  stop(): Promise<void>;
}

const script = fileURLToPath(new URL("./serve-registry.mjs", import.meta.url));

/**
 * Verdaccio's configuration. `uplinks: {}` keeps it offline: a package it does not hold is a 404, never
 * fetched from elsewhere. Reading is open; publishing takes the one user the test signs up (`max_users: 1`,
 * as `npm adduser` would), so the publish goes through the same token check as on a real registry. JSON is
 * YAML, so no YAML writer is needed.
 */
function config(dir: string): string {
  return JSON.stringify({
    storage: join(dir, "storage"),
    auth: { htpasswd: { file: join(dir, "htpasswd"), max_users: 1 } },
    uplinks: {},
    packages: { "**": { access: "$all", publish: "$authenticated", unpublish: "$authenticated" } },
    web: { enable: false },
    log: { type: "stdout", format: "pretty", level: "warn" },
  });
}

/** Starts Verdaccio with its storage under `dir`, in a process group of its own, and signs up a publisher. */
export async function startRegistry(dir: string): Promise<Registry> {
  mkdirSync(dir, { recursive: true });
  const configPath = join(dir, "config.yaml");
  writeFileSync(configPath, config(dir));
  const child = spawn(process.execPath, [script, configPath], {
    cwd: dir,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stop = () => stopGroup(child);
  try {
    const match = await waitForLine(child, /verdaccio ready on (http:\/\/127\.0\.0\.1:\d+\/)/, 30_000);
    const url = match[1] ?? "";
    // What `npm adduser` sends: the registry answers with the token a publisher puts in its .npmrc.
    const name = "s400-release";
    const response = await fetch(new URL(`-/user/org.couchdb.user:${name}`, url), {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name, password: randomUUID() }),
      signal: AbortSignal.timeout(15_000),
    });
    const body = (await response.json()) as { token?: string; error?: string };
    if (!response.ok || !body.token) throw new Error(`could not sign up on ${url}: ${JSON.stringify(body)}`);
    return { url, token: body.token, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
