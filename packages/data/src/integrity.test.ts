/** Build-time integrity check of the whole dataset: ids, references, spans, dates, inferences, quotes, freezing. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dataset } from "./facts/index.js";
import {
  datesBeyondText,
  entityRefs,
  occasionsNotInText,
  pronounReadingsNotMarked,
  reasoningNamingUnshippedFiles,
  recordsOf,
  responsesNotInText,
  spansAcrossQuotes,
  spansIn,
  speakersNotInText,
  unnamedReadingsNotMarked,
} from "./facts/reading-rules.js";
import type { FuzzyDate, S400Record } from "./model/index.js";
import { predicateLabels } from "./model/index.js";

const records: readonly S400Record[] = recordsOf(dataset);
const sourceText = new Map(dataset.sources.map((source) => [source.id, source.text]));
const entityIds = new Set<string>(dataset.entities.map((entity) => entity.id));
const eventIds = new Set<string>(dataset.events.map((event) => event.id));
const claimIds = new Set<string>(dataset.claims.map((claim) => claim.id));
const topicIds = new Set<string>(dataset.topics.map((topic) => topic.id));
const allSpans = records.flatMap((record) => spansIn(record, record.id));

/**
 * The first and last day of the period a date value names (`2020` → 2020-01-01 … 2020-12-31); for an interval
 * `start/end`, from the first day of its start to the last day of its end.
 */
function periodOf(value: string): [string, string] {
  const [from, to] = value.split("/");
  if (to !== undefined) return [periodOf(from ?? "")[0], periodOf(to)[1]];
  const [year, month, day] = value.split("-").map(Number) as [number, number?, number?];
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  if (month === undefined) return [`${pad(year, 4)}-01-01`, `${pad(year, 4)}-12-31`];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day === undefined)
    return [`${pad(year, 4)}-${pad(month)}-01`, `${pad(year, 4)}-${pad(month)}-${pad(last)}`];
  return [value, value];
}
const isCalendarDay = (day: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(day) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
const precisionPattern = { year: /^\d{4}$/, month: /^\d{4}-\d{2}$/, day: /^\d{4}-\d{2}-\d{2}$/ } as const;

describe("ids", () => {
  it("are unique across the whole dataset", () => {
    const seen = new Map<string, number>();
    for (const record of records) seen.set(record.id, (seen.get(record.id) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([id]) => id)).toEqual([]);
  });

  it("are well formed for their kind", () => {
    const pattern: Record<S400Record["kind"], RegExp> = {
      source: /^s\d{2}$/,
      entity: /^[a-z0-9]+(-[a-z0-9]+)*$/,
      topic: /^[a-z0-9]+(-[a-z0-9]+)*$/,
      statement: /^st(-[a-z0-9]+)+$/,
      event: /^ev(-[a-z0-9]+)+$/,
      claim: /^cl(-[a-z0-9]+)+$/,
      quote: /^q(-[a-z0-9]+)+$/,
    };
    expect(records.filter((record) => !pattern[record.kind].test(record.id)).map((r) => r.id)).toEqual([]);
  });

  it("number the sources s01… in line order", () => {
    dataset.sources.forEach((source, i) => {
      expect(source.line).toBe(i + 1);
      expect(source.id).toBe(`s${String(i + 1).padStart(2, "0")}`);
    });
  });
});

describe("references", () => {
  it("to entities resolve", () => {
    const broken = records.flatMap((record) =>
      entityRefs(record)
        .filter(([, id]) => !entityIds.has(id))
        .map(([field, id]) => `${record.id}.${field} → ${id}`),
    );
    expect(broken).toEqual([]);
  });

  it("to topics, claims and events resolve", () => {
    const broken: string[] = [];
    for (const claim of dataset.claims) {
      if (!topicIds.has(claim.topic)) broken.push(`${claim.id}.topic → ${claim.topic}`);
      for (const id of claim.respondsTo) {
        if (!claimIds.has(id) || id === claim.id) broken.push(`${claim.id}.respondsTo → ${id}`);
      }
    }
    for (const event of dataset.events) {
      for (const id of event.date.relativeTo ?? []) {
        if (!eventIds.has(id) || id === event.id) broken.push(`${event.id}.date.relativeTo → ${id}`);
      }
      for (const id of event.date.after ?? []) {
        if (!eventIds.has(id) || id === event.id) broken.push(`${event.id}.date.after → ${id}`);
      }
    }
    for (const quote of dataset.quotes) {
      if (quote.event !== undefined && !eventIds.has(quote.event))
        broken.push(`${quote.id}.event → ${quote.event}`);
    }
    expect(broken).toEqual([]);
  });

  it("use every predicate of the vocabulary", () => {
    const used = new Set<string>(dataset.statements.map((statement) => statement.predicate));
    expect(Object.keys(predicateLabels).filter((predicate) => !used.has(predicate))).toEqual([]);
  });

  it("leave no entity or topic unused", () => {
    const used = new Set(records.flatMap((record) => entityRefs(record).map(([, id]) => id)));
    expect([...entityIds].filter((id) => !used.has(id))).toEqual([]);
    const discussed = new Set<string>(dataset.claims.map((claim) => claim.topic));
    expect([...topicIds].filter((id) => !discussed.has(id))).toEqual([]);
  });
});

describe("provenance", () => {
  it("is given by every record except sources", () => {
    for (const record of records) {
      if (record.kind === "source" || record.kind === "topic") continue;
      expect(record.provenance.length, record.id).toBeGreaterThan(0);
    }
  });

  it("is verbatim: every span's exact text is the slice of its sentence at its offsets", () => {
    const wrong = allSpans.filter(({ span }) => {
      const text = sourceText.get(span.sourceId);
      return (
        text === undefined ||
        !Number.isInteger(span.start) ||
        !Number.isInteger(span.end) ||
        span.start < 0 ||
        span.start >= span.end ||
        span.end > text.length ||
        text.slice(span.start, span.end) !== span.exact
      );
    });
    expect(wrong.map(({ path, span }) => `${path}: ${JSON.stringify(span)}`)).toEqual([]);
  });

  it("does not cite the same words twice in one record", () => {
    for (const record of records) {
      if (!("provenance" in record)) continue;
      const keys = record.provenance.map((span) => `${span.sourceId}:${span.start}:${span.end}`);
      expect(new Set(keys).size, record.id).toBe(keys.length);
    }
  });

  it("cites every source sentence at least once", () => {
    const cited = new Set(allSpans.map(({ span }) => span.sourceId));
    expect(dataset.sources.map((source) => source.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it("cites every sentence in which an entity's name or alias occurs", () => {
    const missing: string[] = [];
    for (const entity of dataset.entities) {
      const cited = new Set(entity.provenance.map((span) => span.sourceId));
      for (const name of [entity.name, ...entity.aliases.map((alias) => alias.text)]) {
        const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        const word = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u");
        for (const source of dataset.sources) {
          if (word.test(source.text) && !cited.has(source.id))
            missing.push(`${entity.id} "${name}" in ${source.id}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("sources", () => {
  it("are the source file byte for byte", () => {
    const file = readFileSync(new URL("../source/s400-sanctions-cluster.txt", import.meta.url), "utf8");
    expect(dataset.sources.map((source) => source.text).join("\n")).toBe(file);
  });
});

describe("dates", () => {
  const dates: { id: string; date: FuzzyDate }[] = dataset.events.map((event) => ({
    id: event.id,
    date: event.date,
  }));

  it("have a value that matches their precision and is a real date (each end of an interval)", () => {
    for (const { id, date } of dates) {
      const ends = date.value.split("/");
      expect(ends.length, `${id}: ${date.value}`).toBeLessThanOrEqual(2);
      for (const end of ends) {
        expect(end, id).toMatch(precisionPattern[date.precision]);
        const [first] = periodOf(end);
        expect(isCalendarDay(first), `${id}: ${date.value}`).toBe(true);
      }
      if (ends.length === 2) expect((ends[0] ?? "") < (ends[1] ?? ""), `${id}: ${date.value}`).toBe(true);
    }
  });

  it("have real, ordered bounds that lie within the period of their value", () => {
    for (const { id, date } of dates) {
      expect(isCalendarDay(date.earliest), `${id}.earliest`).toBe(true);
      expect(isCalendarDay(date.latest), `${id}.latest`).toBe(true);
      expect(date.earliest <= date.latest, `${id}: ${date.earliest} > ${date.latest}`).toBe(true);
      const [first, last] = periodOf(date.value);
      expect(date.earliest >= first && date.latest <= last, `${id}: bounds outside ${date.value}`).toBe(true);
    }
  });

  it("explain every inference and show the words of every stated date", () => {
    for (const { id, date } of dates) {
      if (date.basis === "inferred") expect(date.reasoning?.trim().length ?? 0, id).toBeGreaterThan(40);
      else expect(date.expression, id).toBeDefined();
    }
  });

  it("put events in an order (after) without cycles, that their bounds allow", () => {
    const byId = new Map(dataset.events.map((event) => [event.id as string, event]));
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (id: string, path: readonly string[]) => {
      if (done.has(id)) return;
      expect(visiting.has(id), `cycle: ${[...path, id].join(" → ")}`).toBe(false);
      visiting.add(id);
      for (const before of byId.get(id)?.date.after ?? []) visit(before, [...path, id]);
      visiting.delete(id);
      done.add(id);
    };
    for (const event of dataset.events) visit(event.id, []);
    for (const event of dataset.events) {
      for (const id of event.date.after ?? []) {
        const before = byId.get(id);
        expect(before && event.date.latest >= before.date.earliest, `${event.id} after ${id}`).toBe(true);
      }
    }
  });

  it("are no earlier than the dates they are worked out from", () => {
    const byId = new Map(dataset.events.map((event) => [event.id as string, event]));
    for (const event of dataset.events) {
      for (const other of event.date.relativeTo ?? []) {
        const base = byId.get(other);
        expect(base, other).toBeDefined();
        // Relative dates either follow their base or bound it from above; they never contradict it.
        expect(event.date.latest >= (base?.date.earliest ?? ""), `${event.id} vs ${other}`).toBe(true);
      }
    }
  });
});

describe("inferences", () => {
  it("each name what was inferred and give the reasoning", () => {
    for (const record of records) {
      if (!("inferred" in record) || record.inferred === undefined) continue;
      for (const inference of record.inferred) {
        const field = inference.about.split(".")[0] ?? "";
        expect(field in record, `${record.id}: inferred about unknown field ${inference.about}`).toBe(true);
        expect(inference.reasoning.trim().length, record.id).toBeGreaterThan(40);
      }
    }
  });

  it('mark every record whose speaker is named only as "he" in its sentences', () => {
    for (const record of [...dataset.claims, ...dataset.quotes]) {
      if (record.speaker !== "mevlut-cavusoglu") continue;
      const named = record.provenance.some((span) => /Cavusoglu/.test(sourceText.get(span.sourceId) ?? ""));
      if (!named)
        expect(
          record.inferred?.some((inference) => inference.about === "speaker"),
          record.id,
        ).toBe(true);
    }
  });
});

describe("quotes", () => {
  it("give their text verbatim inside one of their cited spans", () => {
    for (const quote of dataset.quotes) {
      expect(
        quote.provenance.some((span) => span.exact.includes(quote.text)),
        `${quote.id}: "${quote.text}"`,
      ).toBe(true);
    }
  });

  it("cite direct speech with its typographic quotation marks", () => {
    for (const quote of dataset.quotes.filter((q) => q.mode === "direct")) {
      const [first] = quote.provenance;
      expect(first.exact.includes(`“${quote.text}`), quote.id).toBe(true);
      expect(
        /[”]/.test(first.exact.slice(first.exact.indexOf(quote.text) + quote.text.length)),
        quote.id,
      ).toBe(true);
    }
  });
});

describe("a careful reader's rules", () => {
  it("no span crosses a quotation mark into or out of direct speech", () => {
    expect(spansAcrossQuotes(dataset)).toEqual([]);
  });

  it("a quote's occasion is in its cited words or marked inferred", () => {
    expect(occasionsNotInText(dataset)).toEqual([]);
  });

  it("a claim's or quote's speaker is named in its cited words or marked inferred", () => {
    expect(speakersNotInText(dataset)).toEqual([]);
  });

  it("a pronoun read as someone has them in the cited words before it, or an inference quoting it", () => {
    expect(pronounReadingsNotMarked(dataset)).toEqual([]);
  });

  it("a claim answers another only where its words say so (however, agreed to, said yes) or the link is inferred", () => {
    expect(responsesNotInText(dataset)).toEqual([]);
  });

  it("a description the text gives without a name is read as an entity only with an inference", () => {
    expect(unnamedReadingsNotMarked(dataset)).toEqual([]);
  });

  it("no reasoning names a file the package does not ship", () => {
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      exports: Record<string, unknown>;
    };
    // npm always packs package.json, README.md and LICENSE; everything else a user gets is an export.
    const shipped = new Set(["package.json", "README.md", "LICENSE"]);
    for (const key of Object.keys(manifest.exports)) shipped.add(key.split("/").pop() ?? key);
    expect(reasoningNamingUnshippedFiles(dataset, shipped)).toEqual([]);
  });
});

describe("the dateline", () => {
  it("ships with the dataset as editorial source metadata, a real period with its bounds", () => {
    const { dateline } = dataset;
    expect(dateline.basis).toBe("editorial");
    expect(dateline.note).toMatch(/no sentence/i);
    expect(dateline.value).toMatch(precisionPattern[dateline.precision]);
    expect([dateline.earliest, dateline.latest]).toEqual(periodOf(dateline.value));
  });

  it("narrows a date only openly: every date keeps what the text alone allows, and names the dateline where it narrows", () => {
    expect(datesBeyondText(dataset)).toEqual([]);
    for (const event of dataset.events) {
      const { textAllows } = event.date;
      expect(isCalendarDay(textAllows.earliest) && isCalendarDay(textAllows.latest), event.id).toBe(true);
      if (event.date.basis === "stated")
        expect(textAllows, event.id).toEqual({ earliest: event.date.earliest, latest: event.date.latest });
    }
  });
});

describe("freezing", () => {
  it("freezes every object and array of the dataset", () => {
    const unfrozen: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (value === null || typeof value !== "object") return;
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
    };
    walk(dataset, "dataset");
    expect(unfrozen).toEqual([]);
  });

  it("throws on an attempt to corrupt a record (ES modules run in strict mode)", () => {
    const [entity] = dataset.entities;
    const [statement] = dataset.statements;
    if (entity === undefined || statement === undefined)
      throw new Error("the dataset has no entities or statements");
    expect(() => {
      (entity as { name: string }).name = "corrupted";
    }).toThrow(TypeError);
    expect(() => {
      (entity.aliases as unknown as unknown[]).push({ text: "x", kind: "short" });
    }).toThrow(TypeError);
    expect(() => {
      (statement.provenance[0] as { start: number }).start = 0;
    }).toThrow(TypeError);
    expect(() => {
      (dataset.events as unknown as unknown[]).pop();
    }).toThrow(TypeError);
    expect(entity.name).not.toBe("corrupted");
  });
});
