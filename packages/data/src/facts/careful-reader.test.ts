/** What a careful reader objected to (issue 13), each held by a test on the data and by a rule that catches it again. */
import { describe, expect, it } from "vitest";
import { timeline } from "../index.js";
import type { Claim, Dataset, Event, Quote, SourceSpan, Statement } from "../model/index.js";
import { predicateLabels } from "../model/index.js";
import { dataset } from "./index.js";
import {
  datesBeyondText,
  occasionsNotInText,
  pronounReadingsNotMarked,
  reasoningNamingUnshippedFiles,
  responsesNotInText,
  spansAcrossQuotes,
  speakersNotInText,
  unnamedReadingsNotMarked,
} from "./reading-rules.js";

function find<T extends { readonly id: string }>(list: readonly T[], id: string): T {
  const found = list.find((record) => record.id === id);
  if (found === undefined) throw new Error(`no record ${id}`);
  return found;
}
const statement = (id: string) => find<Statement>(dataset.statements, id);
const event = (id: string) => find<Event>(dataset.events, id);
const claim = (id: string) => find<Claim>(dataset.claims, id);
const quote = (id: string) => find<Quote>(dataset.quotes, id);

/** The dataset with one record of a list replaced, as an earlier version of the data had it. */
function withRecord<K extends "statements" | "events" | "claims" | "quotes">(
  list: K,
  id: string,
  change: (record: Dataset[K][number]) => Dataset[K][number],
): Dataset {
  const records = (dataset[list] as readonly Dataset[K][number][]).map((record) =>
    record.id === id ? change(record) : record,
  );
  return { ...dataset, [list]: records };
}
const withoutInference = <T extends { readonly inferred?: readonly { about: string }[] }>(
  record: T,
  about: string,
) => ({
  ...record,
  inferred: (record.inferred ?? []).filter((inference) => inference.about !== about),
});
function spanOf(sourceId: SourceSpan["sourceId"], exact: string): SourceSpan {
  const text = find(dataset.sources, sourceId).text;
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`"${exact}" is not in ${sourceId}`);
  return { sourceId, start, end: start + exact.length, exact };
}
const words = (provenance: readonly SourceSpan[]) => provenance.map((span) => span.exact);

describe("who said it", () => {
  it("keeps Turkey's earlier proposal as Cavusoglu's words, and s04's narration as a claim with no speaker", () => {
    const proposed = claim("cl-turkey-proposed-working-group");
    expect(proposed.speaker).toBe("mevlut-cavusoglu");
    expect(proposed.text).not.toMatch(/advocates/);
    expect(proposed.provenance.map((span) => span.sourceId)).not.toContain("s04");
    const advocates = claim("cl-turkey-advocates-working-group");
    expect(advocates).toMatchObject({ claimant: "turkey", stance: "for" });
    expect(advocates.speaker).toBeUndefined();
    expect(words(advocates.provenance)).toEqual(["Such a working group, advocated by Turkey"]);
  });

  it("catches a speaker named in none of the cited words", () => {
    const old = withRecord("claims", "cl-turkey-proposed-working-group", (record) => ({
      ...record,
      provenance: [
        spanOf("s05", "Turkey had itself had earlier proposed a joint working group on the sanctions"),
        spanOf("s01", "Ankara earlier proposed a joint working group on sanctions"),
        spanOf("s04", "Such a working group, advocated by Turkey"),
      ],
    }));
    expect(speakersNotInText(old)).toEqual(["cl-turkey-proposed-working-group: speaker mevlut-cavusoglu"]);
  });

  it("cites the words that make the s01 report Cavusoglu's", () => {
    expect(words(quote("q-cavusoglu-turkey-proposed-earlier").provenance)).toContain(
      "Turkey's Foreign Minister Mevlut Cavusoglu has said",
    );
  });
});

describe("occasions", () => {
  it("marks the occasion of the s07 quotes inferred, since s07 names none", () => {
    for (const id of ["q-cavusoglu-opinions-differ", "q-cavusoglu-sanctions-a-misstep"]) {
      expect(quote(id).occasion).toMatch(/meeting reviewing/);
      expect(
        quote(id).inferred?.some((inference) => inference.about === "occasion"),
        id,
      ).toBe(true);
    }
  });

  it("catches an occasion neither in the cited words nor inferred", () => {
    const old = withRecord("quotes", "q-cavusoglu-opinions-differ", (record) =>
      withoutInference(record, "occasion"),
    );
    expect(occasionsNotInText(old)).toEqual([
      'q-cavusoglu-opinions-differ: occasion "a meeting reviewing foreign policy developments in 2020"',
    ]);
  });
});

describe("direct and indirect speech", () => {
  it("keeps the reported talks indirect, and Cavusoglu's own words on them in the direct quote", () => {
    const talks = quote("q-cavusoglu-talks-started");
    expect(talks.mode).toBe("indirect");
    expect(talks.provenance.map((span) => span.sourceId)).not.toContain("s06");
    const direct = quote("q-cavusoglu-proposal-came-from-us");
    expect(direct.mode).toBe("direct");
    expect(direct.text).toContain("negotiations began at the level of experts");
  });

  it("catches a span that runs across the closing quotation mark", () => {
    const old = withRecord("quotes", "q-cavusoglu-talks-started", (record) => ({
      ...record,
      provenance: [
        ...record.provenance,
        spanOf("s06", "negotiations began at the level of experts,” Cavusoglu said"),
      ],
    }));
    expect(spansAcrossQuotes(old)).toEqual([
      'q-cavusoglu-talks-started.provenance.2: "negotiations began at the level of experts,” Cavusoglu said"',
    ]);
    const opening = withRecord("claims", "cl-us-proposes-working-group", (record) => ({
      ...record,
      provenance: [spanOf("s06", "“Now the proposal came from the US")],
    }));
    expect(spansAcrossQuotes(opening)).toHaveLength(1);
  });
});

describe("readings", () => {
  it('says the S-400 is "Russian", not where it is made', () => {
    const russian = statement("st-s400-russian");
    expect(russian.predicate).toBe("described-as");
    expect(russian.object).toEqual({ kind: "string", value: "Russian" });
    expect(Object.keys(predicateLabels)).not.toContain("manufactured-in");
  });

  it("titles Cavusoglu's remarks as speaking during the meeting, and marks the pronouns its summary reads", () => {
    const remarks = event("ev-cavusoglu-remarks");
    expect(remarks.title).not.toMatch(/reviews/);
    expect(remarks.title).toMatch(/meeting reviewing/);
    expect(remarks.inferred?.some((inference) => inference.about === "summary")).toBe(true);
    const old = withRecord("events", "ev-cavusoglu-remarks", (record) => withoutInference(record, "summary"));
    expect(pronounReadingsNotMarked(old)).toEqual([
      'ev-cavusoglu-remarks: "It" in s08 "“It is an attack on our sovereign rights,” he stressed"',
      'ev-cavusoglu-remarks: "our" in s08 "“It is an attack on our sovereign rights,” he stressed"',
    ]);
  });

  it('marks every reading of "the state-of-art missile shield" as the S-400', () => {
    for (const id of [
      "st-turkey-contract-with-russia",
      "st-turkey-purchases-s400",
      "st-s400-missile-defence-system",
    ]) {
      expect(
        statement(id).inferred?.some((inference) => inference.reasoning.includes("missile shield")),
        id,
      ).toBe(true);
    }
    expect(event("ev-s400-contract-signed").inferred?.length).toBeGreaterThan(0);
    const old = withRecord("statements", "st-turkey-contract-with-russia", (record) => ({
      ...record,
      inferred: [],
    }));
    expect(unnamedReadingsNotMarked(old)).toEqual([
      'st-turkey-contract-with-russia: "missile shield" read as s-400',
    ]);
  });

  it("gives the working group's status: being formed", () => {
    const concerns = statement("st-working-group-concerns-sanctions");
    expect(concerns.qualifiers).toContainEqual(
      expect.objectContaining({ property: "status", value: { kind: "string", value: "being formed" } }),
    );
  });
});

describe("dates and the dateline", () => {
  const decemberEvents = dataset.events.filter((e) => e.date.value === "2020-12");

  it("let every December 2020 date say what the text alone allows and what the dateline narrows", () => {
    expect(decemberEvents.length).toBeGreaterThanOrEqual(5);
    for (const { id, date } of decemberEvents) {
      expect(date.reasoning, id).toMatch(/December 2020 or 1–19 January 2021/);
      expect(date.reasoning, id).toMatch(/dateline/);
      expect(date.textAllows.latest > date.latest, id).toBe(true);
    }
  });

  it("catch a date resting on a file the package does not ship", () => {
    const old = withRecord("events", "ev-us-sanctions-imposed", (record) => ({
      ...record,
      date: {
        ...record.date,
        reasoning:
          'The text names no month for it; the source README dates the cluster to late December 2020, so "this month" is read as December 2020.',
      },
    }));
    expect(reasoningNamingUnshippedFiles(old, new Set(["dataset.json"]))).toEqual([
      "ev-us-sanctions-imposed.date.reasoning: README",
    ]);
    expect(datesBeyondText(old)).toEqual(["ev-us-sanctions-imposed: narrowed without naming the dateline"]);
    const named = withRecord("events", "ev-biden-takes-office", (record) => ({
      ...record,
      inferred: [
        {
          about: "date",
          reasoning: "See source/s400-sanctions-cluster.txt, line 10, for the day and month.",
        },
      ],
    }));
    expect(reasoningNamingUnshippedFiles(named, new Set(["dataset.json"]))).toEqual([
      "ev-biden-takes-office.inferred.0: s400-sanctions-cluster.txt",
    ]);
  });

  it("catch a date narrower than the text that claims the text alone allows it", () => {
    const old = withRecord("events", "ev-cavusoglu-remarks", (record) => ({
      ...record,
      date: { ...record.date, textAllows: { earliest: "2020-12-09", latest: "2020-12-30" } },
    }));
    expect(datesBeyondText(old)).toEqual(["ev-cavusoglu-remarks: bounds outside what the text allows"]);
  });

  it("puts Turkey's earlier proposal on the timeline before the US proposal, as the text orders them", () => {
    const order = timeline().map((e) => e.id);
    const turkey = order.indexOf("ev-turkey-proposes-working-group");
    expect(turkey).toBeGreaterThanOrEqual(0);
    expect(turkey).toBeLessThan(order.indexOf("ev-us-proposes-working-group"));
    expect(event("ev-us-proposes-working-group").date.after).toContain("ev-turkey-proposes-working-group");
    const proposal = event("ev-turkey-proposes-working-group").date;
    expect(proposal).toMatchObject({ basis: "inferred", expression: { exact: "earlier" } });
    expect(proposal.reasoning).toMatch(/does not say whether/);
  });
});

describe("who answers whom", () => {
  it('pairs "not integrated" with "incompatible" and "no threat" with "expose F-35 jets"', () => {
    expect(claim("cl-turkey-s400-not-integrated").respondsTo).toEqual(["cl-us-s400-incompatible-with-nato"]);
    expect(claim("cl-turkey-s400-no-threat").respondsTo).toEqual(["cl-us-s400-exposes-f35"]);
    expect(claim("cl-turkey-s400-not-integrated").inferred).toBeUndefined();
    expect(claim("cl-turkey-s400-no-threat").inferred?.some((i) => i.about === "respondsTo")).toBe(true);
  });

  it("catches a link the words do not make and no inference marks", () => {
    const old = withRecord("claims", "cl-turkey-s400-no-threat", (record) =>
      withoutInference(record, "respondsTo"),
    );
    expect(responsesNotInText(old)).toEqual(["cl-turkey-s400-no-threat: respondsTo cl-us-s400-exposes-f35"]);
  });
});

describe("spans cite the words that carry the fact", () => {
  it("leave out of the lifting-the-sanctions statement what s04 says besides", () => {
    const cited = words(statement("st-working-group-could-lift-sanctions").provenance).join(" | ");
    expect(cited).not.toMatch(/advocated by Turkey|imposed earlier this month/);
    expect(cited).toMatch(/lifting the sanctions/);
  });

  it("cite s09 in short runs for Demir and the three officials", () => {
    for (const id of ["st-us-sanctions-demir", "st-us-sanctions-three-officials"]) {
      for (const span of statement(id).provenance.filter((s) => s.sourceId === "s09"))
        expect(span.exact.length, `${id}: ${span.exact}`).toBeLessThanOrEqual(40);
    }
  });

  it("do not cite words that say nothing about the event or the type", () => {
    expect(words(event("ev-us-sanctions-imposed").provenance)).not.toContain(
      "The sanctions come at a delicate moment",
    );
    for (const span of statement("st-s400-air-defence-system").provenance)
      expect(span.exact.length).toBeLessThanOrEqual(25);
  });

  it("cite s15's incoming Biden administration for the President-elect", () => {
    expect(statement("st-biden-president-elect").provenance.map((span) => span.sourceId)).toContain("s15");
  });
});
