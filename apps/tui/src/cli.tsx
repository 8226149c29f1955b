/** The `s400` command: parses argv, then renders the app or prints a scripted answer. */
import nodeModule from "node:module";
import { constants } from "node:os";
import { type Command, commands, helpText, type Origin, parseCommand, UsageError } from "./args.js";
import { drawsAttributes } from "./attributes.js";
import { type DataSource, DataSourceError, errorMessage } from "./data/source.js";
import { optional } from "./optional.js";

// Node 22.1 and later keep compiled code between starts when asked (a no-op where there is no such call,
// Node 20): the app's chunks are imported below, so they are cached. The reconciler has its own cache
// (code-cache.ts), which works on Node 20 too.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

declare const __S400_TUI_VERSION__: string;
const version = typeof __S400_TUI_VERSION__ === "string" ? __S400_TUI_VERSION__ : "0.0.0-dev";

/** Exit codes: documented in `s400 --help`. */
const EXIT = { ok: 0, notFound: 1, usage: 2, unavailable: 3 } as const;

async function sourceFor(origin: Origin): Promise<DataSource> {
  if (origin.api !== undefined) {
    // Loaded only when asked for, so the default start does not pay for the HTTP client.
    const { createApiSource } = await import("./data/api.js");
    return createApiSource(origin.api, optional("timeoutMs", origin.timeoutMs));
  }
  const { createLocalSource } = await import("./data/local.js");
  return createLocalSource();
}

/** The exit code and one-line message for a failure; never a stack trace. */
function failure(error: unknown): number {
  process.stderr.write(`s400: ${errorMessage(error)}\n`);
  if (error instanceof DataSourceError) {
    if (error.code === "NOT_FOUND") return EXIT.notFound;
    if (error.code === "INVALID_ARGUMENT") return EXIT.usage;
    return EXIT.unavailable;
  }
  return EXIT.notFound;
}

/** The columns human output is fitted to: the terminal's, `$COLUMNS`, or 80 when piped. */
function columns(): number {
  const fromEnv = Number(process.env.COLUMNS);
  if (process.stdout.isTTY && process.stdout.columns > 0) return process.stdout.columns;
  return Number.isInteger(fromEnv) && fromEnv >= 20 ? fromEnv : 80;
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
    process.stdout.write(`${helpText(command.topic)}\n`);
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
    const source = await sourceFor(command);
    if (command.name === "interactive") {
      if (!app) {
        const { summaryCommand } = await import("./scripted.js");
        process.stdout.write(`${await summaryCommand(source, version, columns())}\n`);
        return EXIT.ok;
      }
      const { interactive } = await app;
      const outcome = await interactive(source);
      // Quit while a request was still out (a slow API): give it up rather than wait for its timeout.
      source.close();
      if (outcome.ok) return EXIT.ok;
      // Ended by Ctrl-C or a signal: the shell's convention, 128 + its number.
      if ("signal" in outcome) return 128 + (constants.signals[outcome.signal] ?? 0);
      return failure(outcome.error);
    }
    const styled = process.stdout.isTTY === true && drawsAttributes(process.env);
    const output = await commands[command.command].run(source, command.args, { columns: columns(), styled });
    process.stdout.write(`${output.text}\n`);
    if (output.note !== undefined) process.stderr.write(`${output.note}\n`);
    return output.notFound ? EXIT.notFound : EXIT.ok;
  } catch (error) {
    return failure(error);
  }
}

// A reader that stops early (`s400 export jsonld | head`) closes the pipe: nothing is left to say.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = failure(error);
  },
);
