/** History and failures in the app: what Esc restores, where results lead, and `r` after a failed request. */
import * as s400 from "@s400/data";
import { afterEach, describe, expect, it } from "vitest";
import { createLocalSource } from "./data/local.js";
import { type DataSource, DataSourceError } from "./data/source.js";
import { type Harness, keys, renderApp } from "./test/harness.js";

let app: Harness | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

describe("the history", () => {
  it("restores the entity filter, the cursor and the focused pane on Esc", async () => {
    app = await renderApp(createLocalSource());
    const types = [...new Set(s400.entities().map((e) => e.type))].sort();
    // The first type, in filter order, with at least two entities.
    const at = types.findIndex((type) => s400.entities({ type }).length > 1);
    const type = types[at] as s400.EntityType;
    const filtered = s400.entities({ type });
    await app.press("e");
    await app.send("f".repeat(at + 1));
    await app.see(`· ${type}`);
    await app.send("j");
    await app.press(keys.tab);
    await app.see("╔═ ▶ ");
    await app.press("s");
    await app.see("Sources 15");
    await app.press(keys.escape);
    const frame = await app.see(`Entities ${filtered.length} · ${type}`);
    expect(frame).toContain(`› ${filtered[1]?.name.split(" ")[0]}`);
    expect(frame).toMatch(/╔═ ▶ \S/);
  });

  it("does not add a step for the view already shown", async () => {
    app = await renderApp(createLocalSource());
    await app.send("eee");
    await app.see("s400 · Entities");
    await app.press(keys.escape);
    await app.see("s400 · Overview");
  });

  it("opens a topic found by search at that topic in Positions", async () => {
    const all = s400.positions();
    const topic = all[all.length - 1]?.topic as s400.Topic;
    app = await renderApp(createLocalSource());
    await app.press("/");
    await app.send(topic.label);
    await app.see(`results for “${topic.label}”`);
    const hits = s400.search(topic.label, { limit: 50 });
    const at = hits.findIndex((hit) => hit.type === "topic" && hit.id === topic.id);
    expect(at).toBeGreaterThan(-1);
    for (let i = 0; i < at; i++) await app.press(keys.down);
    await app.press(keys.enter);
    await app.see(`Topic ${all.length}/${all.length}`);
    expect(app.frame()).toContain(topic.label);
  });

  it("jumps to the last result with End and down a page with PgDn in search", async () => {
    app = await renderApp(createLocalSource());
    await app.press("/");
    await app.send("sanctions");
    const hits = s400.search("sanctions", { limit: 50 });
    await app.see(`1/${hits.length}`);
    await app.press(keys.end);
    await app.see(`${hits.length}/${hits.length}`);
    await app.press("\u001b[5~");
    await app.see(/ \d+\/\d+ /);
    expect(app.frame()).not.toContain(`${hits.length}/${hits.length}`);
  });
});

describe("a failed request", () => {
  it("shows the error in the pane and asks again with r", async () => {
    const local = createLocalSource();
    // The start-up asks once; the Timeline's first request then times out, the second answers.
    let calls = 0;
    const timedOut = new DataSourceError("TIMEOUT", "the s400 API at http://x did not answer within 10 s");
    const flaky: DataSource = {
      ...local,
      timeline: (options) => (++calls === 2 ? Promise.reject(timedOut) : local.timeline(options)),
    };
    app = await renderApp(flaky);
    await app.press("t");
    const failed = await app.see("did not answer within 10 s");
    expect(failed).toContain("Press r to try again.");
    expect(failed).toContain("r retry");
    await app.press("r");
    await app.see(`Timeline ${s400.timeline().length}`);
  });
});

describe("a search typed in one chunk", () => {
  it("opens the best result of the whole query when Enter comes in the same chunk", async () => {
    const [best] = s400.search("Demir", { limit: 50 });
    app = await renderApp(createLocalSource());
    await app.send("/Demir\r");
    await app.see(`▶ ${best?.type === "entity" ? s400.getEntity(best.id).name : ""}`);
    await app.press(keys.escape);
    await app.see("results for “Demir”");
  });
});
