/** Parses the command line into one command, or a usage error with a one-line message. */
import { parseArgs } from "node:util";

export type Command =
  | { readonly name: "help" }
  | { readonly name: "version" }
  | { readonly name: "interactive"; readonly api?: string }
  | {
      readonly name: "search";
      readonly query: string;
      readonly limit: number;
      readonly json: boolean;
      readonly api?: string;
    }
  | { readonly name: "entity"; readonly entity: string; readonly json: boolean; readonly api?: string }
  | { readonly name: "timeline"; readonly json: boolean; readonly api?: string };

/** A mistake on the command line: exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export const usage = `s400: browse, compare and search the S-400 sanctions story in your terminal.

Usage:
  s400                              open the interactive app (needs a terminal)
  s400 search <query> [--limit n]   search every record, best first (limit 1-100, default 10)
  s400 entity <name>                one entity by id, name or alias, with its statements
  s400 timeline                     the events in date order, with each date's precision

Options:
  --json         print JSON instead of text (search, entity, timeline)
  --api <url>    read from an s400 API instead of the built-in dataset
  -h, --help     show this help
  -v, --version  print the version

Exit codes: 0 ok, 1 not found, 2 usage error, 3 the API cannot be reached or failed,
128 + n when ended by signal n.`;

const options = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  json: { type: "boolean" },
  limit: { type: "string" },
  api: { type: "string" },
} as const;

function parseLimit(text: string | undefined): number {
  if (text === undefined) return 10;
  if (!/^\d+$/.test(text))
    throw new UsageError(`--limit must be a whole number from 1 to 100, not "${text}"`);
  const limit = Number(text);
  if (limit < 1 || limit > 100) throw new UsageError(`--limit must be from 1 to 100, not ${limit}`);
  return limit;
}

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

/** Parses `argv` (without node and the script). Throws UsageError for anything it does not understand. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages name the flag but run over several lines; keep the first.
    const first = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "bad arguments";
    throw new UsageError(first.replace(/\. To specify a positional argument.*$/, ""));
  }
  const { values, positionals } = parsed;
  if (values.help) return { name: "help" };
  if (values.version) return { name: "version" };
  const api = parseApi(values.api);
  const [command, ...rest] = positionals;
  const text = rest.join(" ").trim();
  const only = (allowed: readonly string[]) => {
    for (const flag of ["json", "limit"] as const) {
      if (values[flag] !== undefined && !allowed.includes(flag)) {
        throw new UsageError(
          `--${flag} does not apply to ${command === undefined ? "the interactive app" : `"${command}"`}`,
        );
      }
    }
  };
  switch (command) {
    case undefined:
      only([]);
      return { name: "interactive", ...api };
    case "search":
      only(["json", "limit"]);
      if (text === "") throw new UsageError("search needs a query, e.g. s400 search sanctions");
      return {
        name: "search",
        query: text,
        limit: parseLimit(values.limit),
        json: values.json ?? false,
        ...api,
      };
    case "entity":
      only(["json"]);
      if (text === "") throw new UsageError("entity needs a name, e.g. s400 entity SSB");
      return { name: "entity", entity: text, json: values.json ?? false, ...api };
    case "timeline":
      only(["json"]);
      if (rest.length > 0) throw new UsageError(`timeline takes no arguments, got "${text}"`);
      return { name: "timeline", json: values.json ?? false, ...api };
    default:
      throw new UsageError(`unknown command "${command}" (try s400 --help)`);
  }
}
