/** Runs the built `s400` (dist/cli.js) the way scripts do: piped, with arguments, reading exit codes. */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { createRequire } from "node:module";
import { type AddressInfo, createServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as s400data from "@s400/data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};
const ESC = String.fromCharCode(27);

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const runs = new Map<string, Promise<Run>>();

/** Runs `s400` with `args`; the same arguments run once per file (node starts are slow on a busy machine). */
function s400(...args: string[]): Promise<Run> {
  return s400With({}, ...args);
}

/** Runs `s400` with `args` and extra environment variables. */
function s400With(env: NodeJS.ProcessEnv, ...args: string[]): Promise<Run> {
  const key = JSON.stringify([env, args]);
  const cached = runs.get(key);
  if (cached) return cached;
  const run = new Promise<Run>((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { timeout: 15_000, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
  runs.set(key, run);
  return run;
}

/** A failure is one line on stderr, nothing on stdout, and no stack trace. */
function expectOneLineError(run: Run, code: number, message: RegExp) {
  expect(run.code).toBe(code);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(/^s400: [^\n]+\n$/);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe("scripted commands", () => {
  it("prints help and the version", async () => {
    const help = await s400("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage:");
    expect(help.stdout).toContain("s400 search <query> [--limit n]");
    expect((await s400("-v")).stdout).toBe(`${version}\n`);
  });

  it("searches, best first, in plain text and as JSON", async () => {
    const text = await s400("search", "Demir", "--limit", "3");
    expect(text.code).toBe(0);
    const lines = text.stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(text.stdout).toContain("ismail-demir");
    const json = await s400("search", "Demir", "--limit", "3", "--json");
    const body = JSON.parse(json.stdout) as {
      query: string;
      results: { type: string; id: string; score: number }[];
    };
    expect(body.query).toBe("Demir");
    expect(body.results.length).toBe(lines.length);
    expect(body.results.map((r) => r.id)).toEqual(lines.map((l) => l.split(/\s+/)[1]));
    const scores = body.results.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("shows an entity by any of its names, and fails with exit 1 for an unknown one", async () => {
    const text = await s400("entity", "Ismail", "Demir");
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^İsmail Demir \(person, id ismail-demir\)/);
    expect(text.stdout).toContain("Statements (");
    const json = JSON.parse((await s400("entity", "SSB", "--json")).stdout) as {
      entity: { id: string };
      statements: unknown[];
      neighbours: unknown[];
    };
    expect(json.entity.id).toBe("ssb");
    expect(json.statements.length).toBeGreaterThan(0);
    expectOneLineError(await s400("entity", "nobody-at-all"), 1, /nobody-at-all/);
  });

  it("prints the timeline with each date's precision", async () => {
    const text = await s400("timeline");
    expect(text.code).toBe(0);
    for (const line of text.stdout.trim().split("\n")) {
      // A date is one ISO period, or an interval of two when the text gives only bounds ("2017-04/2020-12").
      expect(line).toMatch(/^\d{4}(-\d\d){0,2}(\/\d{4}(-\d\d){0,2})? \((year|month|day)(, inferred)?\)\s+\S/);
    }
    const json = JSON.parse((await s400("timeline", "--json")).stdout) as { events: { kind: string }[] };
    expect(json.events.length).toBe(text.stdout.trim().split("\n").length);
    expect(json.events.every((e) => e.kind === "event")).toBe(true);
  });

  it("never writes escape codes when piped, even with colour forced", async () => {
    for (const args of [
      ["search", "Demir", "--limit", "3"],
      ["entity", "Ismail", "Demir"],
      ["timeline"],
      ["ask", "Who heads the SSB?"],
      ["--help"],
      [],
    ]) {
      const run = await s400With({ FORCE_COLOR: "1" }, ...args);
      expect(run.code).toBe(0);
      expect(run.stdout).not.toContain(ESC);
    }
  });

  it("explains that the interactive app needs a terminal when piped", async () => {
    const run = await s400();
    expect(run.stdout).toContain("The interactive app needs a terminal");
  });

  it.each([
    [["frobnicate"], /unknown command/],
    [["--frob"], /Unknown option '--frob'/],
    [["search"], /needs a query/],
    [["search", "x", "--limit", "lots"], /--limit/],
    [["timeline", "--limit", "3"], /does not apply/],
    [["timeline", "--api"], /argument missing/],
    [["ask"], /ask needs a question/],
    [["ask", "  "], /ask needs a question/],
    [["ask", "why ".repeat(80)], /at most 300 characters, not 319/],
    [["ask", "Who heads the SSB?", "--limit", "3"], /--limit does not apply to "ask"/],
  ])("exits 2 with one line for the usage error %j", async (args, message) => {
    expectOneLineError(await s400(...args), 2, message);
  });
});

describe("s400 ask", () => {
  const question = "Who heads the SSB?";
  const unanswerable = "How much did Turkey pay for the S-400?";

  it("prints the answer, then each cited sentence's id and its words in brackets, in id order", async () => {
    const expected = s400data.answer(question);
    expect(expected).not.toBeNull();
    const run = await s400("ask", question);
    expect(run.code).toBe(0);
    const [first, ...cited] = run.stdout.trimEnd().split("\n");
    expect(first).toBe(expected?.text);
    const ids = cited.filter((line) => /^s\d\d /.test(line)).map((line) => line.slice(0, 3));
    expect(ids).toEqual([...new Set(expected?.evidence.map((span) => span.sourceId))].sort());
    for (const span of expected?.evidence ?? []) {
      // Each span's words are in the output (overlapping spans of a sentence merged into one run).
      expect(run.stdout.replace(/\n +/g, " ")).toContain(span.exact);
    }
    expect(cited.every((line) => /^(s\d\d {2}\[| {5})/.test(line))).toBe(true);
    expect(run.stderr).toMatch(/^confidence \d\.\d\d, from \d+ records? \(--json for them\)\n$/);
  });

  it("prints the library's Answer with --json", async () => {
    const run = await s400("ask", "when did turkey sign the deal with russia", "--json");
    expect(run.code).toBe(0);
    const expected = s400data.answer("when did turkey sign the deal with russia");
    expect(expected).not.toBeNull();
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("says the text does not say, lists the closest records as search does, and exits 1", async () => {
    expect(s400data.answer(unanswerable)).toBeNull();
    const run = await s400("ask", unanswerable);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("The text does not say.");
    const hits = s400data.search(unanswerable, { limit: 3 });
    expect(hits.length).toBeGreaterThan(0);
    const listed = lines.slice(lines.indexOf("Closest records:") + 1);
    expect(listed.map((line) => line.split(/\s+/).slice(0, 2).join(" "))).toEqual(
      hits.map((hit) => `${hit.type} ${hit.id}`),
    );
    // The same rows as `s400 search` prints for the question.
    const search = await s400("search", unanswerable, "--limit", "3");
    expect(listed).toEqual(search.stdout.trimEnd().split("\n"));
    const json = await s400("ask", unanswerable, "--json");
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toBeNull();
  });

  it("explains itself in s400 help ask and --help, with examples and exit codes", async () => {
    const help = await s400("help", "ask");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('s400 ask "<question>" [options]');
    expect(help.stdout).toContain("--json");
    expect(help.stdout).toContain('s400 ask "Who heads the SSB?"');
    expect(help.stdout).toMatch(/Exit codes:\n {2}0 answered; 1 the text does not say/);
    for (const line of help.stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(100);
    expect((await s400("ask", "--help")).stdout).toBe(help.stdout);
    expect((await s400("--help")).stdout).toContain('s400 ask "<question>"');
  });
});

describe("s400 export", () => {
  const require = createRequire(import.meta.url);
  let out = "";
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "s400-export-"));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("prints the JSON-LD and the annotations to stdout, as the package ships them", async () => {
    for (const [format, file] of [
      ["jsonld", "@s400/data/dataset.jsonld"],
      ["annotations", "@s400/data/annotations.jsonld"],
    ] as const) {
      const run = await s400("export", format);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual(JSON.parse(readFileSync(require.resolve(file), "utf8")));
    }
  });

  it("writes every format into --out, creating the folder, and says what it wrote", async () => {
    const csvDir = join(out, "new", "csv");
    const csv = await s400("export", "csv", "--out", csvDir);
    expect(csv.code).toBe(0);
    const names = readdirSync(csvDir).sort();
    expect(names).toContain("entities.csv");
    expect(csv.stdout.trimEnd().split("\n")).toHaveLength(names.length);
    for (const name of names) {
      expect(csv.stdout).toMatch(new RegExp(`^wrote .*${name} \\(\\d+ bytes\\)$`, "m"));
      const [header, first] = readFileSync(join(csvDir, name), "utf8").split("\r\n");
      expect(header?.split(",")[0]).toMatch(/^[a-z_]+$/);
      expect(first?.length).toBeGreaterThan(0);
    }
    expect(readFileSync(join(csvDir, "entities.csv"), "utf8").split("\r\n")[0]).toContain("id");

    for (const [format, name] of [
      ["jsonld", "dataset.jsonld"],
      ["annotations", "annotations.jsonld"],
    ] as const) {
      const run = await s400("export", format, "--out", out);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(name);
      expect(JSON.parse(readFileSync(join(out, name), "utf8"))).toHaveProperty("@context");
    }

    const nquads = await s400("export", "nquads", "--out", out);
    expect(nquads.code).toBe(0);
    expect(nquads.stdout.trimEnd()).toMatch(/^wrote .*dataset\.nq \(\d+ bytes\)$/);
    const quads = readFileSync(join(out, "dataset.nq"), "utf8").trimEnd().split("\n");
    expect(quads.length).toBeGreaterThan(1000);
    // Every line one quad: subject, predicate, object (and graph), then " .".
    for (const quad of quads) expect(quad).toMatch(/^(<[^>]+>|_:\S+) <[^>]+> .+ \.$/);
    // The same quads on stdout.
    const piped = await s400("export", "nquads");
    expect(piped.stdout.trimEnd().split("\n")).toEqual(quads);
  });

  it.each([
    [["export"], /export needs a format/],
    [["export", "xml"], /export takes one format \(jsonld, annotations, nquads, csv\)/],
    [["export", "csv"], /give a folder with --out <dir>/],
    [["export", "jsonld", "--api", "http://localhost:8787"], /--api does not apply/],
    [["timeline", "--out", "x"], /--out does not apply to "timeline"/],
  ])("exits 2 with one line for %j", async (args, message) => {
    expectOneLineError(await s400(...args), 2, message);
  });
});

describe("help and plain output", () => {
  it("explains every command with usage, options and examples, from --help and from s400 help", async () => {
    const help = await s400("help");
    expect(help.code).toBe(0);
    for (const part of [
      "Usage:",
      "Commands:",
      "Options:",
      "Examples:",
      "--timeout <s>",
      "s400 help [command]",
    ]) {
      expect(help.stdout).toContain(part);
    }
    const search = await s400("help", "search");
    expect(search.stdout).toContain("s400 search <query> [options]");
    expect(search.stdout).toContain("--limit <n>");
    expect(search.stdout).toContain("Examples:");
    expect((await s400("search", "--help")).stdout).toBe(search.stdout);
    expectOneLineError(await s400("help", "frobnicate"), 2, /no help for "frobnicate"/);
  });

  it("points to --help after a mistake", async () => {
    expectOneLineError(await s400("--frob"), 2, /\(see s400 --help\)$/m);
    expectOneLineError(await s400("serch", "x"), 2, /did you mean search\?/);
  });

  it("counts in words and says how many results there are beyond --limit", async () => {
    const summary = await s400();
    expect(summary.stdout).toContain("15 sources");
    expect(summary.stdout).not.toMatch(/\b\d+ (source|entity|claim)\b/);
    const search = await s400("search", "sanctions", "--limit", "3");
    expect(search.stdout.trim().split("\n")).toHaveLength(3);
    expect(search.stderr).toMatch(/^3 of \d+ results \(--limit to see more\)\n$/);
  });

  it("fits human output to $COLUMNS, 80 when unset, and lists cited sentences in order", async () => {
    for (const [env, width] of [
      [{ COLUMNS: "44" }, 44],
      [{ COLUMNS: "" }, 80],
    ] as const) {
      for (const args of [
        ["entity", "Turkey"],
        ["timeline"],
        ["search", "sanctions"],
        ["ask", "Who was sanctioned?"],
      ]) {
        const run = await s400With(env, ...args);
        expect(run.code).toBe(0);
        for (const line of run.stdout.split("\n")) expect([...line].length).toBeLessThanOrEqual(width);
      }
    }
    const timeline = await s400("timeline");
    for (const [, ids] of timeline.stdout.matchAll(/\[([^\]]+)\]$/gm)) {
      const list = (ids ?? "").split(", ");
      expect(list).toEqual([...list].sort());
    }
  });
});

describe("--api", () => {
  let server: ChildProcess | undefined;
  let url = "";

  beforeAll(async () => {
    // The real API server on a free port, as a user would run it.
    const apiDir = dirname(createRequire(import.meta.url).resolve("@s400/api/package.json"));
    server = spawn(process.execPath, [join(apiDir, "dist/node.js")], {
      env: { ...process.env, PORT: "0" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    url = await new Promise<string>((resolve, reject) => {
      let out = "";
      server?.stdout?.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const match = /http:\/\/localhost:(\d+)/.exec(out);
        if (match) resolve(`http://127.0.0.1:${match[1]}`);
      });
      server?.once("exit", (code) => reject(new Error(`the API server exited with ${code}`)));
    });
  });

  afterAll(() => {
    server?.kill("SIGTERM");
  });

  it("answers every scripted command exactly as the local dataset does", async () => {
    for (const args of [["search", "working group", "--limit", "5"], ["entity", "Cavusoglu"], ["timeline"]]) {
      const local = await s400(...args, "--json");
      const remote = await s400(...args, "--json", "--api", url);
      expect(remote.code).toBe(0);
      expect(JSON.parse(remote.stdout)).toEqual(JSON.parse(local.stdout));
    }
  });

  it("asks the API's /v1/answer, with the same answers, texts and exit codes as the local dataset", async () => {
    for (const [question, code] of [
      ["Who heads the SSB?", 0],
      ["How much did Turkey pay for the S-400?", 1],
    ] as const) {
      for (const json of [["--json"], []]) {
        const local = await s400("ask", question, ...json);
        const remote = await s400("ask", question, ...json, "--api", url);
        expect(local.code).toBe(code);
        expect(remote.code).toBe(code);
        expect(remote.stdout).toBe(local.stdout);
      }
    }
  });

  it("fails with exit 3 when asking a server that is not an s400 API", async () => {
    const other = createHttpServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/plain" }).end("hello");
    });
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = other.address() as AddressInfo;
      const run = await s400("ask", "Who heads the SSB?", "--api", `http://127.0.0.1:${port}`);
      expectOneLineError(run, 3, /does not look like an s400 API \(its answer is not JSON\)/);
    } finally {
      other.close();
    }
  });

  it("fails with exit 1 for an unknown entity", async () => {
    expectOneLineError(await s400("entity", "nobody-at-all", "--api", url), 1, /nobody-at-all/);
  });

  it("fails with exit 3 when the server at --api is not an s400 API", async () => {
    const other = createHttpServer((_request, response) => {
      response.writeHead(404, { "content-type": "text/html" }).end("<h1>Not Found</h1>");
    });
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = other.address() as AddressInfo;
      const run = await s400("entity", "ssb", "--api", `http://127.0.0.1:${port}`);
      expectOneLineError(run, 3, /does not look like an s400 API \(it answered 404 Not Found\)/);
    } finally {
      other.close();
    }
  });

  it("gives up after --timeout on a server that never answers, exit 3", async () => {
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = silent.address() as AddressInfo;
      const started = Date.now();
      const run = await s400("timeline", "--api", `http://127.0.0.1:${port}`, "--timeout", "0.5");
      expectOneLineError(run, 3, /did not answer within 0\.5 s/);
      expect(Date.now() - started).toBeLessThan(10_000);
      expectOneLineError(await s400("timeline", "--timeout", "5"), 2, /--timeout applies only with --api/);
      expectOneLineError(await s400("timeline", "--api", url, "--timeout", "soon"), 2, /--timeout must be/);
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });

  it("fails with exit 3 and a clear line when nothing listens at the URL", async () => {
    // A port that was free a moment ago: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    for (const args of [["timeline"], ["ask", "Who heads the SSB?"]]) {
      const run = await s400(...args, "--api", `http://127.0.0.1:${port}`);
      expectOneLineError(
        run,
        3,
        new RegExp(`cannot reach the s400 API at http://127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\)`),
      );
    }
  });
});
