/** Starts the built API as a real server (Node, or workerd through Miniflare) in its own process group. */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { stopGroup, waitForLine } from "../process-group.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** A started server: its base URL, and a way to end it and every process it started. */
export interface Server {
  url: string;
  stop(): Promise<void>;
}

function start(
  args: string[],
  env: Record<string, string>,
  pattern: RegExp,
): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return waitForLine(child, pattern, 60_000).then(
    (match) => ({ child, match }),
    async (error: unknown) => {
      await stopGroup(child);
      throw error;
    },
  );
}

/** `node apps/api/dist/node.js` on a free port, as `pnpm start` runs it. */
export async function startNodeServer(): Promise<Server & { child: ChildProcess }> {
  const { child, match } = await start(
    ["apps/api/dist/node.js"],
    { PORT: "0" },
    /listening on (http:\/\/\S+)/,
  );
  const url = (match[1] ?? "").replace("localhost", "127.0.0.1");
  return { url, child, stop: () => stopGroup(child) };
}

/** The self-contained Worker bundle `apps/api/dist/worker.js` in workerd, through Miniflare, on a free port. */
export async function startWorkerdServer(): Promise<Server> {
  const script = fileURLToPath(new URL("./serve-worker.mjs", import.meta.url));
  const { child, match } = await start(
    [script, "apps/api/dist/worker.js"],
    {},
    /workerd ready on (http:\/\/\S+)/,
  );
  return { url: (match[1] ?? "").replace(/\/$/, ""), stop: () => stopGroup(child) };
}
