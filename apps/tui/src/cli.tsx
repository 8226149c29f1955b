/** The `s400` command: parses argv, then renders the app or prints a scripted answer. */
import { constants } from "node:os";
import { type Command, parseCommand, UsageError, usage } from "./args.js";
import { type DataSource, DataSourceError, errorMessage } from "./data/source.js";

declare const __S400_TUI_VERSION__: string;
const version = typeof __S400_TUI_VERSION__ === "string" ? __S400_TUI_VERSION__ : "0.0.0-dev";

/** Exit codes: documented in `s400 --help`. */
const EXIT = { ok: 0, notFound: 1, usage: 2, unavailable: 3 } as const;

async function sourceFor(command: Command): Promise<DataSource> {
  if ("api" in command && command.api !== undefined) {
    // Loaded only when asked for, so the default start does not pay for the HTTP client.
    const { createApiSource } = await import("./data/api.js");
    return createApiSource(command.api);
  }
  const { createLocalSource } = await import("./data/local.js");
  return createLocalSource();
}

/** The exit code and one-line message for a failure; never a stack trace. */
function failure(error: unknown): number {
  const message = errorMessage(error);
  process.stderr.write(`s400: ${message}\n`);
  if (error instanceof DataSourceError) {
    if (error.code === "NOT_FOUND") return EXIT.notFound;
    if (error.code === "INVALID_ARGUMENT") return EXIT.usage;
    return EXIT.unavailable;
  }
  return EXIT.notFound;
}

async function main(argv: readonly string[]): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`s400: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
  if (command.name === "help") {
    process.stdout.write(`${usage}\n`);
    return EXIT.ok;
  }
  if (command.name === "version") {
    process.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  const terminal = process.stdout.isTTY === true && process.stdin.isTTY === true;
  // Ink and React load only for the app, so the scripted commands start faster; for the app they start
  // loading at once, beside the data.
  const app = command.name === "interactive" && terminal ? import("./interactive.js") : undefined;
  // Awaited below; until then a failure to load must not surface as an unhandled rejection.
  app?.catch(() => undefined);
  try {
    const [source, scripted] = await Promise.all([sourceFor(command), import("./scripted.js")]);
    if (command.name === "interactive") {
      if (!app) {
        process.stdout.write(`${await scripted.summaryCommand(source, version)}\n`);
        return EXIT.ok;
      }
      const { interactive } = await app;
      const outcome = await interactive(source, { preload: command.api === undefined });
      if (outcome.ok) return EXIT.ok;
      // Ended by a signal: the shell's convention, 128 + its number.
      if ("signal" in outcome) return 128 + (constants.signals[outcome.signal] ?? 0);
      return failure(outcome.error);
    }
    const output =
      command.name === "search"
        ? await scripted.searchCommand(source, command.query, command.limit, command.json)
        : command.name === "entity"
          ? await scripted.entityCommand(source, command.entity, command.json)
          : await scripted.timelineCommand(source, command.json);
    process.stdout.write(`${output}\n`);
    return EXIT.ok;
  } catch (error) {
    return failure(error);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = failure(error);
  },
);
