/** The search overlay's answer line: the answer with its cited words marked, or that the text does not say. */
import { app as api } from "@s400/api";
import * as s400 from "@s400/data";
import { afterEach, describe, expect, it } from "vitest";
import { answerSegments } from "../components/answer-line.js";
import { createApiSource } from "../data/api.js";
import { createLocalSource } from "../data/local.js";
import { type DataSource, DataSourceError } from "../data/source.js";
import { type Harness, keys, renderApp } from "../test/harness.js";
import { lineText, width } from "../text.js";
import { themeFor } from "../theme.js";
import { citedWords } from "./marks.js";

function inProcessApi(): DataSource {
  return createApiSource("http://s400.test", {
    fetch: (input, init) =>
      Promise.resolve(api.request(input instanceof Request ? input : String(input), init)),
  });
}

const ESC = String.fromCharCode(27);
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The line under the query: the answer line. */
function answerRow(frame: string): string {
  const lines = frame.split("\n");
  const query = lines.findIndex((line) => line.startsWith("/ "));
  return lines[query + 1] ?? "";
}

let app: Harness | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const question = "Who heads the SSB?";
const unanswerable = "How much did Turkey pay for the S-400?";

describe.each([
  ["local @s400/data", createLocalSource],
  ["the API through its typed client", inProcessApi],
] as const)("the answer line on %s", (_name, create) => {
  it("shows the answer above the hits, its cited words marked and their sentences named", async () => {
    const expected = s400.answer(question);
    expect(expected).not.toBeNull();
    const cited = citedWords(expected?.evidence ?? []);
    const first = cited[0];
    app = await renderApp(create());
    await app.press("/");
    await app.send(question);
    const frame = await app.see(`Answer: ${expected?.text}`);
    const row = answerRow(frame);
    expect(row).toContain(`${first?.words[0]} ${first?.sourceId}`);
    // The hits follow under it, as before.
    expect(frame).toContain(`results for “${question}”`);
    expect(frame.split("\n").indexOf(row)).toBeLessThan(
      frame.split("\n").findIndex((line) => line.includes("results for")),
    );
    // The cited words are drawn inverse and underlined, as `g` draws them in the sentence.
    expect(app.raw()).toMatch(new RegExp(`${ESC}\\[7m${ESC}\\[4m${escaped(first?.words[0] ?? "")}`));
  });

  it("says the text does not say, and still shows the hits", async () => {
    expect(s400.answer(unanswerable)).toBeNull();
    const [best] = s400.search(unanswerable, { limit: 50 });
    app = await renderApp(create());
    await app.press("/");
    await app.send(unanswerable);
    const frame = await app.see(`results for “${unanswerable}”`);
    expect(answerRow(frame)).toMatch(/^The text does not say\./);
    expect(frame.split("\n").some((line) => line.includes(`▶ ${best?.type}`))).toBe(true);
  });
});

describe("the answer line", () => {
  it("keeps the answer with the query when going back to the search", async () => {
    const expected = s400.answer(question);
    app = await renderApp(createLocalSource());
    await app.press("/");
    await app.send(question);
    await app.see(`Answer: ${expected?.text}`);
    await app.press(keys.enter);
    await app.see(/s400 · (Statement|Entity|Event|Claim|Quote)/);
    await app.press(keys.escape);
    const back = await app.see(`results for “${question}”`);
    expect(answerRow(back)).toContain(`Answer: ${expected?.text}`);
  });

  it("marks cited words with brackets where the terminal draws no attributes", async () => {
    const expected = s400.answer(question);
    const first = citedWords(expected?.evidence ?? [])[0];
    app = await renderApp(createLocalSource(), { theme: themeFor({ TERM: "dumb" }) });
    await app.press("/");
    await app.send(question);
    const frame = await app.see(`Answer: ${expected?.text}`);
    expect(answerRow(frame)).toContain(`[${first?.words[0]}] ${first?.sourceId}`);
  });

  it("draws the hits before a slow answer, then the answer", async () => {
    const local = createLocalSource();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow: DataSource = { ...local, answer: (q) => held.then(() => local.answer(q)) };
    app = await renderApp(slow);
    await app.press("/");
    await app.send(question);
    const waiting = await app.see(`results for “${question}”`);
    expect(answerRow(waiting)).toContain("Looking for an answer…");
    release();
    await app.see(`Answer: ${s400.answer(question)?.text}`);
  });

  it("says why there is no answer when answering fails, and keeps the hits", async () => {
    const local = createLocalSource();
    const failing: DataSource = {
      ...local,
      answer: () =>
        Promise.reject(new DataSourceError("TIMEOUT", "the s400 API at http://x did not answer within 10 s")),
    };
    app = await renderApp(failing);
    await app.press("/");
    await app.send(question);
    const frame = await app.see("did not answer within 10 s");
    expect(answerRow(frame)).toMatch(/^No answer: /);
    expect(frame).toContain(`results for “${question}”`);
  });

  it("searches a query too long to be a question, and says so", async () => {
    const long = `${"the sanctions on Turkey's defence industry agency ".repeat(7)}`.trim();
    expect(long.length).toBeGreaterThan(s400.MAX_QUESTION_LENGTH);
    app = await renderApp(createLocalSource());
    await app.press("/");
    await app.send(long);
    const frame = await app.see(/\d+ results for/);
    expect(answerRow(frame)).toContain(`at most ${s400.MAX_QUESTION_LENGTH} characters`);
  });
});

describe("answerSegments", () => {
  const head = s400.answer(question) as s400.Answer;
  // The same answer cited by every sentence that names Turkey: more than a line can hold.
  const turkey = s400.getEntity("turkey");
  const manySentences: s400.Answer = { ...head, evidence: turkey.provenance };
  const answers = [
    head,
    s400.answer("When did Turkey sign the deal with Russia?") as s400.Answer,
    s400.answer("What did Cavusoglu call the sanctions?") as s400.Answer,
    manySentences,
  ];

  it("has the answers it lays out", () => {
    for (const found of answers) expect(found).not.toBeNull();
    expect(citedWords(manySentences.evidence).length).toBeGreaterThan(5);
  });

  it.each([24, 40, 60, 80, 120])("fits the line in %i columns, marks whole", (columns) => {
    for (const found of answers) {
      for (const brackets of [false, true]) {
        const line = answerSegments(found, columns, brackets);
        expect(width(lineText(line))).toBeLessThanOrEqual(columns);
        if (brackets) {
          // Every bracket opened is closed: a mark is never cut in two.
          const text = lineText(line);
          expect(text.split("[").length).toBe(text.split("]").length);
        }
      }
    }
  });

  it("names how many cited sentences did not fit, in id order", () => {
    const sentences = citedWords(manySentences.evidence);
    const text = lineText(answerSegments(manySentences, 80, false));
    const shown = sentences.filter((s) => text.includes(` ${s.sourceId}`));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(sentences.length);
    expect(shown).toEqual(sentences.slice(0, shown.length));
    expect(text).toMatch(new RegExp(` \\+${sentences.length - shown.length} more$`));
  });

  it("shows every cited sentence when they fit", () => {
    const sentences = citedWords(head.evidence);
    const text = lineText(answerSegments(head, 120, false));
    for (const sentence of sentences)
      expect(text).toContain(`${sentence.words.join(" … ")} ${sentence.sourceId}`);
    expect(text).not.toContain("more");
  });
});
