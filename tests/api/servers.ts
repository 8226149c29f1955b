/** Starts the built API as a real server (Node, or workerd through Miniflare) in its own process group. */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** A started server: its base URL, and a way to end it and every process it started. */
export interface Server {
  url: string;
  stop(): Promise<void>;
}

/** Waits for `pattern` on the child's stdout; fails with the child's output if it exits or times out first. */
function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => fail(new Error(`server did not start in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match) {
        cleanup();
        resolve(match);
      }
    };
    const onExit = (code: number | null) => fail(new Error(`server exited with ${code}:\n${output}`));
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.stderr?.off("data", onData);
      child.off("exit", onExit);
    };
    const fail = (error: Error) => {
      cleanup();
      reject(error);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", onExit);
  });
}

/** Ends the child's whole process group (workerd children included) and waits for the child to exit. */
function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolve();
    const pid = child.pid;
    const kill = (signal: NodeJS.Signals) => {
      try {
        process.kill(-pid, signal);
      } catch {
        // The group is already gone.
      }
    };
    const hard = setTimeout(() => kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(hard);
      // Anything left in the group (a workerd that ignored SIGTERM) goes too.
      kill("SIGKILL");
      resolve();
    });
    kill("SIGTERM");
  });
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
