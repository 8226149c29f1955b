/**
 * The command line: one table of commands (adding a command is one entry), node's `util.parseArgs` for
 * the options, and the help text drawn from the same table. Mistakes are a UsageError with one line.
 */
import { parseArgs } from "node:util";
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from "@s400/data";
import type { DataSource } from "./data/source.js";
import type { Answer } from "./scripted.js";

/** A mistake on the command line: exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Every option of every command. */
const options = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  json: { type: "boolean" },
  limit: { type: "string" },
  api: { type: "string" },
  timeout: { type: "string" },
} as const;

type OptionName = keyof typeof options;
type Values = ReturnType<
  typeof parseArgs<{ options: typeof options; allowPositionals: true; strict: true }>
>["values"];

const optionHelp: Readonly<Record<OptionName, readonly [string, string]>> = {
  json: ["--json", "print JSON instead of text"],
  limit: ["--limit <n>", `how many results, 1 to ${PAGE_SIZE_MAX} (default ${PAGE_SIZE_DEFAULT})`],
  api: ["--api <url>", "read from an s400 API instead of the built-in dataset"],
  timeout: ["--timeout <s>", "with --api: give up on a request after this many seconds (default 10)"],
  help: ["-h, --help", "show help (for a command: s400 <command> --help)"],
  version: ["-v, --version", "print the version"],
};

/** Options every command takes. */
const common: readonly OptionName[] = ["api", "timeout", "help"];

/** One command as it is written: how it is called, what it takes, and how it runs. */
interface Definition<A> {
  readonly summary: string;
  /** The arguments after the command's name, as usage shows them. */
  readonly synopsis: string;
  readonly options: readonly OptionName[];
  readonly examples: readonly string[];
  /** Reads the command's arguments; throws UsageError. */
  parse(words: readonly string[], values: Values): A;
  run(source: DataSource, args: A, columns: number): Promise<Answer>;
}

/** A command in the table: its arguments are opaque outside it, read by its own `parse` and `run`. */
export type CommandSpec = Definition<unknown>;

function spec<A>(definition: Definition<A>): CommandSpec {
  // `args` reaches `run` only from this command's own `parse`, so it is an A.
  return { ...definition, run: (source, args, columns) => definition.run(source, args as A, columns) };
}

function parseLimit(text: string | undefined): number {
  if (text === undefined) return PAGE_SIZE_DEFAULT;
  if (!/^\d+$/.test(text))
    throw new UsageError(`--limit must be a whole number from 1 to ${PAGE_SIZE_MAX}, not "${text}"`);
  const limit = Number(text);
  if (limit < 1 || limit > PAGE_SIZE_MAX)
    throw new UsageError(`--limit must be from 1 to ${PAGE_SIZE_MAX}, not ${limit}`);
  return limit;
}

/** The scripted commands, in help order. The interactive app is `s400` with no command. */
export const commands = {
  search: spec({
    summary: "search every record, best first",
    synopsis: "<query>",
    options: ["limit", "json"],
    examples: ['s400 search "who was sanctioned"', "s400 search Demir --limit 3 --json"],
    parse(words, values) {
      const query = words.join(" ").trim();
      if (query === "") throw new UsageError("search needs a query, e.g. s400 search sanctions");
      return { query, limit: parseLimit(values.limit), json: values.json ?? false };
    },
    run: async (source, args, columns) =>
      (await import("./scripted.js")).searchCommand(source, args, columns),
  }),
  entity: spec({
    summary: "one entity by name, alias or id, with what is said of it",
    synopsis: "<name>",
    options: ["json"],
    examples: ['s400 entity "Ismail Demir"', "s400 entity SSB --json"],
    parse(words, values) {
      const name = words.join(" ").trim();
      if (name === "") throw new UsageError("entity needs a name, e.g. s400 entity SSB");
      return { name, json: values.json ?? false };
    },
    run: async (source, args, columns) => ({
      text: await (await import("./scripted.js")).entityCommand(source, args, columns),
    }),
  }),
  timeline: spec({
    summary: "the events in date order, with each date's precision",
    synopsis: "",
    options: ["json"],
    examples: ["s400 timeline", "s400 timeline --api http://localhost:8787"],
    parse(words, values) {
      if (words.length > 0) throw new UsageError(`timeline takes no arguments, got "${words.join(" ")}"`);
      return { json: values.json ?? false };
    },
    run: async (source, args, columns) => ({
      text: await (await import("./scripted.js")).timelineCommand(source, args, columns),
    }),
  }),
} satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof commands;

/** Where the facts come from. */
export interface Origin {
  readonly api?: string;
  readonly timeoutMs?: number;
}

export type Command =
  | { readonly name: "help"; readonly topic?: CommandName }
  | { readonly name: "version" }
  | ({ readonly name: "interactive" } & Origin)
  | ({ readonly name: "run"; readonly command: CommandName; readonly args: unknown } & Origin);

function parseApi(text: string | undefined): { api?: string } {
  if (text === undefined) return {};
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--api needs a URL such as http://localhost:8787, not "${text}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UsageError(`--api needs an http or https URL, not "${text}"`);
  }
  return { api: text.replace(/\/+$/, "") };
}

function parseTimeout(text: string | undefined, api: string | undefined): { timeoutMs?: number } {
  if (text === undefined) return {};
  const seconds = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || seconds <= 0 || seconds > 3600) {
    throw new UsageError(`--timeout must be a number of seconds above 0, such as 10 or 2.5, not "${text}"`);
  }
  if (api === undefined)
    throw new UsageError("--timeout applies only with --api (the built-in dataset never waits)");
  return { timeoutMs: Math.round(seconds * 1000) };
}

const isCommand = (word: string | undefined): word is CommandName =>
  word !== undefined && Object.hasOwn(commands, word);

/** The closest command name to a mistyped one, if any is close. */
function suggestion(word: string): string | undefined {
  return Object.keys(commands).find(
    (name) => name.startsWith(word.slice(0, 2)) || word.startsWith(name.slice(0, 3)),
  );
}

/** Parses `argv` (without node and the script). Throws UsageError for anything it does not understand. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages name the flag but run over several lines; keep the first.
    const first = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "bad arguments";
    throw new UsageError(
      `${first.replace(/\. To specify a positional argument.*$/, "").replace(/\.$/, "")} (see s400 --help)`,
    );
  }
  const { values, positionals } = parsed;
  const [word, ...rest] = positionals;
  if (word === "help") {
    const [topic, ...extra] = rest;
    if (topic === undefined) return { name: "help" };
    if (!isCommand(topic) || extra.length > 0)
      throw new UsageError(`no help for "${rest.join(" ")}" (see s400 --help)`);
    return { name: "help", topic };
  }
  if (values.help) return isCommand(word) ? { name: "help", topic: word } : { name: "help" };
  if (values.version) return { name: "version" };
  const api = parseApi(values.api);
  const origin: Origin = { ...api, ...parseTimeout(values.timeout, api.api) };
  const allowed: readonly OptionName[] = isCommand(word) ? [...commands[word].options, ...common] : common;
  for (const flag of ["json", "limit"] as const) {
    if (values[flag] !== undefined && !allowed.includes(flag)) {
      throw new UsageError(
        `--${flag} does not apply to ${word === undefined ? "the interactive app" : `"${word}"`}`,
      );
    }
  }
  if (word === undefined) return { name: "interactive", ...origin };
  if (!isCommand(word)) {
    const near = suggestion(word);
    throw new UsageError(
      `unknown command "${word}"${near ? ` (did you mean ${near}?)` : ""} (see s400 --help)`,
    );
  }
  const command: CommandSpec = commands[word];
  return { name: "run", command: word, args: command.parse(rest, values), ...origin };
}

const pad = (text: string, width: number) => text.padEnd(width);

/** `s400 --help`, or one command's help: usage, commands, options, examples and exit codes. */
export function helpText(topic?: CommandName): string {
  if (topic !== undefined) {
    const command: CommandSpec = commands[topic];
    const own = [...command.options, ...common];
    return [
      `s400 ${topic}: ${command.summary}.`,
      "",
      "Usage:",
      `  s400 ${topic}${command.synopsis ? ` ${command.synopsis}` : ""} [options]`,
      "",
      "Options:",
      ...own.map((name) => `  ${pad(optionHelp[name][0], 16)}${optionHelp[name][1]}`),
      "",
      "Examples:",
      ...command.examples.map((example) => `  ${example}`),
    ].join("\n");
  }
  const names = Object.keys(commands) as CommandName[];
  const synopsis = (name: CommandName) => {
    const command: CommandSpec = commands[name];
    const limit = command.options.includes("limit") ? " [--limit n]" : "";
    return `s400 ${name}${command.synopsis ? ` ${command.synopsis}` : ""}${limit}`;
  };
  return [
    "s400: browse, compare and search the S-400 sanctions story in your terminal.",
    "",
    "Usage:",
    "  s400 [--api <url>]                open the interactive app (needs a terminal)",
    "  s400 <command> [options]          print an answer, for reading or for scripts",
    "  s400 help [command]               show this help, or a command's",
    "",
    "Commands:",
    ...names.map((name) => `  ${pad(synopsis(name), 34)}${commands[name].summary}`),
    "",
    "Options:",
    ...(Object.keys(optionHelp) as OptionName[]).map(
      (name) => `  ${pad(optionHelp[name][0], 16)}${optionHelp[name][1]}`,
    ),
    "",
    "Examples:",
    "  s400",
    ...names.map((name) => `  ${commands[name].examples[0]}`),
    "  s400 timeline --api http://localhost:8787 --timeout 5",
    "",
    "Exit codes: 0 done, 1 not found, 2 usage error, 3 the API cannot be reached, timed out or is not an",
    "s400 API, 130 after Ctrl-C, 128 + n when ended by signal n.",
  ].join("\n");
}
