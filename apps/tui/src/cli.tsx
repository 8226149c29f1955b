/** The `s400` command: parses argv, then renders the app or prints a scripted answer. */
import { render } from "ink";
import { type Command, parseCommand, UsageError, usage } from "./args.js";
import { Boot } from "./boot.js";
import { createLocalSource } from "./data/local.js";
import { type DataSource, DataSourceError, errorMessage } from "./data/source.js";
import { entityCommand, searchCommand, timelineCommand } from "./scripted.js";
import { ThemeContext, themeFor } from "./theme.js";

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

/** The interactive app, on the alternate screen so quitting gives the terminal back as it was. */
async function interactive(source: DataSource): Promise<number> {
  if (!process.stdout.isTTY || !process.stdin.isTTY) {
    const meta = await source.meta();
    const counts = Object.entries(meta.counts)
      .map(([kind, count]) => `${count} ${kind}`)
      .join(", ");
    process.stdout.write(
      `s400 ${version}: the S-400 sanctions story (dataset ${meta.version}, ${counts}).\n` +
        "The interactive app needs a terminal; in scripts use s400 search, s400 entity or s400 timeline (see s400 --help).\n",
    );
    return EXIT.ok;
  }
  const leave = () => process.stdout.write("\u001b[?1049l");
  process.stdout.write("\u001b[?1049h\u001b[H");
  process.once("exit", leave);
  const instance = render(
    <ThemeContext.Provider value={themeFor(process.env)}>
      <Boot source={source} />
    </ThemeContext.Provider>,
    { exitOnCtrlC: true, patchConsole: false },
  );
  let failed: { error: unknown } | undefined;
  try {
    await instance.waitUntilExit();
  } catch (error) {
    failed = { error };
  }
  // Leave the alternate screen before printing, or the message would vanish with it.
  leave();
  process.off("exit", leave);
  return failed ? failure(failed.error) : EXIT.ok;
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
  try {
    const source = await sourceFor(command);
    if (command.name === "interactive") return await interactive(source);
    const output =
      command.name === "search"
        ? await searchCommand(source, command.query, command.limit, command.json)
        : command.name === "entity"
          ? await entityCommand(source, command.entity, command.json)
          : await timelineCommand(source, command.json);
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
