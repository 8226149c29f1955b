import { app as api } from "@s400/api";
import * as s400 from "@s400/data";
import { afterEach, describe, expect, it } from "vitest";
import { createApiSource } from "./data/api.js";
import { createLocalSource } from "./data/local.js";
import type { DataSource } from "./data/source.js";
import { formatDate } from "./format.js";
import { type Harness, keys, renderApp } from "./test/harness.js";
import { themeFor } from "./theme.js";

/** The API app called in-process: the typed client's requests go straight to `app.request`, no network. */
function inProcessApi(): DataSource {
  return createApiSource("http://s400.test", {
    fetch: (input, init) =>
      Promise.resolve(api.request(input instanceof Request ? input : String(input), init)),
  });
}

const sources: readonly [string, () => DataSource][] = [
  ["local @s400/data", createLocalSource],
  ["the API through its typed client", inProcessApi],
];

/** A foreground colour code: 30–37, 90–97 or 38;5;n. */
const colourCode = new RegExp(`${String.fromCharCode(27)}\\[(3[0-7]|9[0-7]|38;5;\\d+)m`);

let app: Harness | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

describe.each(sources)("every view on %s", (_name, create) => {
  it("opens on the Overview: the story, the counts and the dataset version", async () => {
    app = await renderApp(create());
    const meta = s400.meta();
    await app.see("The S-400 sanctions story");
    // The counts follow as soon as meta() answers.
    const frame = await app.see(`${meta.counts.entity} entities`);
    expect(frame).toContain(`${meta.counts.claim} claims`);
    expect(frame).toContain(`version ${meta.version}`);
    expect(frame).toContain(" o Overview  e Entities  t Timeline  p Positions  u Quotes  s Sources");
    for (const line of frame.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
    expect(frame.split("\n").length).toBeLessThanOrEqual(24);
  });

  it("lists entities, filters them by type and shows one in full", async () => {
    app = await renderApp(create());
    await app.press("e");
    const [first] = s400.entities();
    const frame = await app.see(`${first?.name}`);
    expect(frame).toContain(`Entities ${s400.entities().length} · all`);
    // The detail pane follows the cursor: the first entity's statements and neighbours.
    const statements = s400.statementsAbout(first?.id ?? "");
    await app.see(`Statements (${statements.length})`);
    // Into the detail (the cursor starts on the name), down past the statements to the first neighbour.
    await app.press(keys.enter);
    await app.see("╔═ ▶ ");
    await app.press("j", ...statements.map(() => "j"));
    const neighbours = s400.related(first?.id ?? "");
    await app.see(`Neighbours (${neighbours.length})`);
    await app.see(`▶ ${neighbours[0]?.entity.name}`);
    await app.press(keys.escape);
    await app.see("╔═ ▶ Entities");
    await app.press("f");
    const types = [...new Set(s400.entities().map((e) => e.type))].sort();
    const filtered = s400.entities({ type: types[0] as s400.EntityType });
    await app.see(`Entities ${filtered.length} · ${types[0]}`);
    await app.see(filtered[0]?.name ?? "");
  });

  it("moves into the detail pane with Enter and back to the list with Esc", async () => {
    app = await renderApp(create());
    await app.press("e");
    await app.see("Statements (");
    await app.press(keys.enter);
    const detail = await app.see("╔═ ▶ ");
    expect(detail).toContain("┌─ Entities");
    await app.press(keys.escape);
    await app.see("╔═ ▶ Entities");
    // A second Esc leaves the view for the one before it.
    await app.press(keys.escape);
    await app.see("The S-400 sanctions story");
  });

  it("shows the timeline with each date's precision and an inferred mark", async () => {
    app = await renderApp(create());
    await app.press("t");
    const events = s400.timeline();
    // An interval date ("2017-04/2020-12 (month, inferred)") wraps in the list; its start is checked below.
    const inferred = events.find((e) => e.date.basis === "inferred" && !e.date.value.includes("/"));
    const stated = events.find((e) => e.date.basis === "stated");
    const interval = events.find((e) => e.date.value.includes("/"));
    expect(inferred).toBeDefined();
    await app.see(formatDate(inferred?.date as s400.FuzzyDate));
    if (interval) await app.see(`${interval.date.value} (${interval.date.precision},`);
    expect(formatDate(inferred?.date as s400.FuzzyDate)).toMatch(/\((year|month|day), inferred\)$/);
    if (stated) await app.see(formatDate(stated.date));
    await app.see("Cited words (");
  });

  it("puts the US and Turkey side by side on a topic, marking the claims that answer each other", async () => {
    app = await renderApp(create());
    await app.press("p");
    const position = s400.positions().find((p) => p.exchanges.length > 0) as s400.Position;
    const index = s400.positions().indexOf(position);
    for (let i = 0; i < index; i++) await app.press("]");
    const frame = await app.see(position.topic.label);
    const us = frame.indexOf("United States (");
    const turkey = frame.indexOf("Turkey (");
    expect(us).toBeGreaterThan(-1);
    expect(turkey).toBeGreaterThan(us);
    // Both titles sit on the same row: side by side.
    expect(frame.slice(us, turkey)).not.toContain("\n");
    expect(frame).toContain("⇄");
    expect(frame).toContain("↳ answers");
  });

  it("lists quotes with their speakers", async () => {
    app = await renderApp(create());
    await app.press("u");
    const [quote] = s400.quotes();
    const speaker = s400.getEntity(quote?.speaker ?? "");
    await app.see(`Quotes ${s400.quotes().length}`);
    await app.see(speaker.name);
  });

  it("shows each sentence with the records that cite it", async () => {
    app = await renderApp(create());
    await app.press("s");
    await app.see("Sources 15");
    await app.see(`Cited by (${s400.citing("s01").length})`);
    await app.press("j");
    await app.see(`s02 · line 2`);
  });

  it("jumps from a record to its sentence with the cited words highlighted", async () => {
    app = await renderApp(create());
    await app.press("u");
    const [quote] = s400.quotes();
    await app.see("╔═ ▶ Quotes");
    await app.see("Cited words (");
    await app.press(keys.tab);
    // Down to the cited sentence, then g.
    await app.press(keys.end, "g");
    const span = quote?.provenance[0] as s400.SourceSpan;
    await app.see(`${span.sourceId} · line ${Number(span.sourceId.slice(1))}`);
    // The cited words are drawn inverse and underlined, which shows with or without colour.
    const first = span.exact.split(" ")[0] ?? "";
    expect(app.raw()).toMatch(
      new RegExp(`\\u001b\\[[47]m\\u001b\\[[47]m[^\\u001b]*${first.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
    );
    await app.see("marked: the words the record");
  });

  it("searches from anywhere: results update as you type, Enter opens one, Esc closes", async () => {
    app = await renderApp(create());
    await app.press("t");
    await app.see("╔═ ▶ Timeline");
    await app.press("/");
    await app.see("search the story");
    await app.press(..."Demir");
    const [best] = s400.search("Demir", { limit: 50 });
    await app.see(`results for “Demir”`);
    await app.see(best?.type === "entity" ? s400.getEntity(best.id).name : (best?.id ?? ""));
    // The record opens under a reader's title (its kind and name), not its id.
    const title = best?.type === "entity" ? s400.getEntity(best.id).name : "";
    await app.press(keys.enter);
    await app.see(`s400 · ${best?.type === "entity" ? "Entity" : ""}`);
    await app.see(`▶ ${title}`);
    await app.press("/");
    await app.see("search the story");
    await app.press(keys.escape);
    await app.see(`▶ ${title}`);
    expect(app.frame()).not.toContain(best?.id ?? "");
  });
});

describe("the app shell", () => {
  it("shows what was typed before a slow source has answered, then the results", async () => {
    const local = createLocalSource();
    let release: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The local source, held back until the test lets it answer: a slow API.
    const slow: DataSource = { ...local, search: (q, o) => answered.then(() => local.search(q, o)) };
    app = await renderApp(slow);
    await app.press("/");
    await app.see("search the story");
    await app.press("D", "e", "m");
    const typed = await app.see("/ Dem");
    expect(typed).not.toContain("results for");
    release();
    await app.see("results for “Dem”");
  });

  it("shows help with every key, and closes it with Esc", async () => {
    app = await renderApp(createLocalSource());
    await app.press("?");
    const frame = await app.see("Help · Esc closes");
    expect(frame).toContain("search anywhere");
    expect(frame).toContain("quit");
    await app.press(keys.escape);
    await app.see("The S-400 sanctions story");
  });

  it("says it needs more room in a tiny terminal instead of crashing, and recovers when it grows", async () => {
    app = await renderApp(createLocalSource(), { size: { columns: 30, rows: 8 } });
    await app.see("s400 needs at least 60×16");
    app.rerender({ columns: 80, rows: 24 });
    await app.see("The S-400 sanctions story");
  });

  it("lays itself out again on resize", async () => {
    app = await renderApp(createLocalSource(), { size: { columns: 80, rows: 24 } });
    await app.see("The S-400 sanctions story");
    app.rerender({ columns: 120, rows: 30 });
    await app.see("s400 · Overview");
    await new Promise((resolve) => setTimeout(resolve, 20));
    const lines = app.frame().split("\n");
    expect(lines.length).toBe(29);
    expect(Math.max(...lines.map((l) => l.length))).toBe(120);
  });

  it("draws without colour under NO_COLOR, keeping focus and highlights visible", async () => {
    app = await renderApp(createLocalSource());
    await app.see("The S-400 sanctions story");
    expect(app.raw()).toMatch(colourCode);
    app.unmount();
    app = await renderApp(createLocalSource(), { theme: themeFor({ NO_COLOR: "1" }) });
    await app.press("u");
    await app.see("Cited words (");
    await app.press(keys.tab, keys.end, "g");
    await app.see("marked: the words the record");
    const raw = app.raw();
    // No foreground colour codes (30–37, 90–97, 38;5;n), but inverse and underline remain.
    expect(raw).not.toMatch(colourCode);
    expect(app.frame()).toContain("╔═ ▶ ");
  });

  it("keeps a US column on a topic where only Turkey takes a side, saying the US makes no claim", async () => {
    const all = s400.positions();
    const index = all.findIndex((p) => !p.sides.some((side) => side.party.id === "united-states"));
    expect(index).toBeGreaterThan(-1);
    app = await renderApp(createLocalSource());
    await app.press("p");
    await app.see("Topic 1/");
    for (let i = 0; i < index; i++) await app.press("]");
    await app.see(`Topic ${index + 1}/${all.length}`);
    const frame = await app.see("United States (0)");
    expect(frame).toContain("United States makes no claim on this");
    // The keyboard rests on the side that has claims.
    expect(frame).toMatch(/╔═ ▶ Turkey \(\d+\)/);
  });

  it("jumps with g from the record under the cursor in a list, and back with Esc", async () => {
    app = await renderApp(createLocalSource());
    await app.press("t");
    const [first] = s400.timeline();
    await app.see("╔═ ▶ Timeline");
    await app.press("g");
    const span = first?.provenance[0] as s400.SourceSpan;
    await app.see(`${span.sourceId} · line ${Number(span.sourceId.slice(1))}`);
    await app.see("marked: the words the record");
    await app.press(keys.escape);
    await app.see("╔═ ▶ Timeline");
  });

  it("opens a view with its single key from any other view", async () => {
    app = await renderApp(createLocalSource());
    for (const [key, title] of [
      ["e", "Entities"],
      ["t", "Timeline"],
      ["p", "Topic 1/"],
      ["u", "Quotes"],
      ["s", "Sources"],
      ["o", "The S-400 sanctions story"],
    ] as const) {
      await app.press(key);
      await app.see(title);
    }
  });
});
