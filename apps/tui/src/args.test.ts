import { describe, expect, it } from "vitest";
import { parseCommand, UsageError } from "./args.js";

describe("parseCommand", () => {
  it("reads each command with its options", () => {
    expect(parseCommand([])).toEqual({ name: "interactive" });
    expect(parseCommand(["search", "Ismail", "Demir", "--limit", "3", "--json"])).toEqual({
      name: "run",
      command: "search",
      args: { query: "Ismail Demir", limit: 3, json: true },
    });
    expect(parseCommand(["entity", "ssb"])).toEqual({
      name: "run",
      command: "entity",
      args: { name: "ssb", json: false },
    });
    expect(parseCommand(["timeline", "--api", "http://localhost:8787/"])).toEqual({
      name: "run",
      command: "timeline",
      args: { json: false },
      api: "http://localhost:8787",
    });
    expect(parseCommand(["ask", "Who", "heads", "the", "SSB?", "--json"])).toEqual({
      name: "run",
      command: "ask",
      args: { question: "Who heads the SSB?", json: true },
    });
    expect(parseCommand(["ask", "--help"])).toEqual({ name: "help", topic: "ask" });
    expect(parseCommand(["export", "csv", "--out", "out"])).toEqual({
      name: "run",
      command: "export",
      args: { format: "csv", out: "out" },
    });
    expect(parseCommand(["-h"])).toEqual({ name: "help" });
    expect(parseCommand(["--version"])).toEqual({ name: "version" });
  });

  it.each([
    [["frobnicate"], /unknown command "frobnicate"/],
    [["--frob"], /Unknown option '--frob'/],
    [["search"], /search needs a query/],
    [["entity"], /entity needs a name/],
    [["ask"], /ask needs a question/],
    [["ask", "x".repeat(301)], /at most 300 characters, not 301/],
    [["search", "x", "--limit", "0"], /from 1 to 100/],
    [["search", "x", "--limit", "101"], /from 1 to 100/],
    [["search", "x", "--limit", "two"], /whole number/],
    [["search", "x", "--limit"], /argument missing/],
    [["timeline", "extra"], /takes no arguments/],
    [["entity", "ssb", "--limit", "3"], /--limit does not apply to "entity"/],
    [["--json"], /--json does not apply to the interactive app/],
    [["timeline", "--api", "localhost:8787"], /http or https URL/],
    [["timeline", "--api", "not a url"], /needs a URL/],
  ])("rejects %j with a one-line usage error", (argv, message) => {
    let error: unknown;
    try {
      parseCommand(argv);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("\n");
  });
});
