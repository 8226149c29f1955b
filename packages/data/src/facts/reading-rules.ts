/**
 * What a careful reader checks in the records, as functions that list every breach: the integrity test runs them
 * over the dataset (expecting none) and over records with known errors (expecting each to be caught).
 */
import type { Dataset, Entity, FuzzyDate, S400Record } from "../model/index.js";
import { spansIn } from "../model/span.js";

export { spansIn };

/** Every record of a dataset, sources first. */
export function recordsOf(dataset: Dataset): readonly S400Record[] {
  return [
    ...dataset.sources,
    ...dataset.entities,
    ...dataset.statements,
    ...dataset.events,
    ...dataset.topics,
    ...dataset.claims,
    ...dataset.quotes,
  ];
}

/** Entity ids a record refers to, with the field each comes from. */
export function entityRefs(record: S400Record): [field: string, id: string][] {
  switch (record.kind) {
    case "statement":
      return [
        ["subject", record.subject],
        ...(record.object.kind === "entity" ? [["object", record.object.id] as [string, string]] : []),
        ...record.qualifiers.flatMap((q, i): [string, string][] =>
          q.value.kind === "entity" ? [[`qualifiers.${i}`, q.value.id]] : [],
        ),
      ];
    case "event":
      return record.participants.map((p, i): [string, string] => [`participants.${i}`, p.entity]);
    case "claim":
      return [
        ["claimant", record.claimant],
        ...(record.speaker ? [["speaker", record.speaker] as [string, string]] : []),
      ];
    case "quote":
      return [
        ["speaker", record.speaker],
        ...(record.onBehalfOf ? [["onBehalfOf", record.onBehalfOf] as [string, string]] : []),
      ];
    default:
      return [];
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wordPattern = (word: string, flags = "u") =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, flags);
const namesOf = (entity: Entity) => [entity.name, ...entity.aliases.map((alias) => alias.text)];
const inferredAbout = (record: S400Record, field: string) =>
  "inferred" in record &&
  (record.inferred ?? []).some((inference) => inference.about.split(".")[0] === field);
const reasonings = (record: S400Record) =>
  "inferred" in record ? (record.inferred ?? []).map((inference) => inference.reasoning) : [];

/**
 * The stretches of direct speech in a sentence: from each opening “ to its closing ”, both marks included.
 * An opening mark without a close runs to the end of the sentence.
 */
export function directSpeech(text: string): readonly [open: number, close: number][] {
  const stretches: [number, number][] = [];
  for (let open = text.indexOf("“"); open >= 0; open = text.indexOf("“", open + 1)) {
    const close = text.indexOf("”", open + 1);
    stretches.push([open, close < 0 ? text.length : close]);
    if (close < 0) break;
    open = close;
  }
  return stretches;
}

/** Spans that start on one side of a quotation mark and end on the other, crossing into or out of direct speech. */
export function spansAcrossQuotes(dataset: Dataset): string[] {
  const text = new Map(dataset.sources.map((source) => [source.id, source.text]));
  const wrong: string[] = [];
  for (const record of recordsOf(dataset)) {
    for (const { path, span } of spansIn(record, record.id)) {
      for (const [open, close] of directSpeech(text.get(span.sourceId) ?? "")) {
        const inside = span.start > open && span.end <= close;
        const around = span.start <= open && span.end > close;
        const apart = span.end <= open || span.start > close;
        if (!inside && !around && !apart) wrong.push(`${path}: "${span.exact}"`);
      }
    }
  }
  return wrong;
}

/** Quotes whose occasion is neither in their cited words nor marked inferred. */
export function occasionsNotInText(dataset: Dataset): string[] {
  return dataset.quotes
    .filter(
      (quote) =>
        quote.occasion !== undefined &&
        !quote.provenance.some((span) => span.exact.includes(quote.occasion ?? "")) &&
        !inferredAbout(quote, "occasion"),
    )
    .map((quote) => `${quote.id}: occasion "${quote.occasion}"`);
}

/** Claims and quotes whose speaker is named in none of their cited words and not marked inferred. */
export function speakersNotInText(dataset: Dataset): string[] {
  const byId = new Map(dataset.entities.map((entity) => [entity.id as string, entity]));
  return [...dataset.claims, ...dataset.quotes]
    .filter((record) => {
      const speaker = record.speaker === undefined ? undefined : byId.get(record.speaker);
      if (speaker === undefined || inferredAbout(record, "speaker")) return false;
      const names = namesOf(speaker).map((name) => wordPattern(name));
      return !record.provenance.some((span) => names.some((name) => name.test(span.exact)));
    })
    .map((record) => `${record.id}: speaker ${record.speaker}`);
}

const PRONOUN = /(?<![\p{L}\p{N}])(he|it|its|our|we|they|their)(?![\p{L}\p{N}])/giu;

/** The words a record puts in its own voice: where a pronoun of the text is either kept or read as someone. */
function ownWords(record: S400Record): string {
  switch (record.kind) {
    case "statement":
      return record.summary;
    case "event":
      return `${record.title} ${record.summary}`;
    case "claim":
    case "quote":
      return record.text;
    default:
      return "";
  }
}

/**
 * Pronouns in a record's cited words that the record reads as someone (its own words drop them) with the one
 * they stand for nowhere before them in the cited words of that sentence, and no inference quoting the pronoun.
 */
export function pronounReadingsNotMarked(dataset: Dataset): string[] {
  const names = dataset.entities.flatMap(namesOf).map((name) => wordPattern(name, "gu"));
  const wrong: string[] = [];
  for (const record of recordsOf(dataset)) {
    if (!("provenance" in record) || record.kind === "entity") continue;
    const words = ownWords(record);
    const reasons = reasonings(record);
    for (const span of record.provenance) {
      for (const match of span.exact.matchAll(PRONOUN)) {
        const pronoun = match[1] ?? "";
        if (wordPattern(pronoun, "iu").test(words)) continue;
        const at = span.start + match.index;
        const named = record.provenance.some(
          (other) =>
            other.sourceId === span.sourceId &&
            names.some((name) => [...other.exact.matchAll(name)].some((hit) => other.start + hit.index < at)),
        );
        const quoted = new RegExp(`"[^"]*(?<![\\p{L}])${pronoun}(?![\\p{L}])[^"]*"`, "iu");
        if (!named && !reasons.some((reason) => quoted.test(reason)))
          wrong.push(`${record.id}: "${pronoun}" in ${span.sourceId} "${span.exact}"`);
      }
    }
  }
  return wrong;
}

/** Words that make a sentence an answer to what came before it. */
const ANSWERS = /\bhowever\b|\bagreed to\b|\bsaid yes\b/i;

/** Claims that answer others although none of their cited words says so, without marking the link inferred. */
export function responsesNotInText(dataset: Dataset): string[] {
  return dataset.claims
    .filter(
      (claim) =>
        claim.respondsTo.length > 0 &&
        !claim.provenance.some((span) => ANSWERS.test(span.exact)) &&
        !inferredAbout(claim, "respondsTo"),
    )
    .map((claim) => `${claim.id}: respondsTo ${claim.respondsTo.join(", ")}`);
}

/** Descriptions the text gives without a name, which a record may read as an entity only openly. */
const UNNAMED: readonly { sourceId: string; words: string; entity: string }[] = [
  { sourceId: "s11", words: "missile shield", entity: "s-400" },
];

/** Records that cite an unnamed description and refer to the entity it is read as, without an inference saying so. */
export function unnamedReadingsNotMarked(dataset: Dataset): string[] {
  const wrong: string[] = [];
  for (const record of recordsOf(dataset)) {
    if (!("provenance" in record)) continue;
    const refers = new Set<string>(entityRefs(record).map(([, id]) => id));
    if (record.kind === "entity") refers.add(record.id);
    for (const { sourceId, words, entity } of UNNAMED) {
      const cites = record.provenance.some(
        (span) => span.sourceId === sourceId && span.exact.includes(words),
      );
      if (cites && refers.has(entity) && !reasonings(record).some((reason) => reason.includes(words)))
        wrong.push(`${record.id}: "${words}" read as ${entity}`);
    }
  }
  return wrong;
}

/** Every date of the dataset, with the id of its record. */
const datesOf = (dataset: Dataset): { id: string; date: FuzzyDate }[] =>
  dataset.events.map((event) => ({ id: event.id, date: event.date }));

/**
 * Dates whose bounds the text alone does not allow, or that lean on the dateline without saying so: a date
 * narrower than `textAllows` must be narrowed by the dateline (inside its period) and name it in its reasoning.
 */
export function datesBeyondText(dataset: Dataset): string[] {
  const wrong: string[] = [];
  const { dateline } = dataset;
  for (const { id, date } of datesOf(dataset)) {
    const { earliest, latest } = date.textAllows;
    if (date.earliest < earliest || date.latest > latest)
      wrong.push(`${id}: bounds outside what the text allows`);
    const narrowed = date.earliest > earliest || date.latest < latest;
    if (!narrowed) continue;
    if (date.basis === "stated") wrong.push(`${id}: a stated date narrower than its text`);
    if (!/\bdateline\b/.test(date.reasoning ?? "")) wrong.push(`${id}: narrowed without naming the dateline`);
    if (date.earliest > earliest && date.earliest < dateline.earliest)
      wrong.push(`${id}: earliest narrowed by something other than the dateline`);
    if (date.latest < latest && date.latest > dateline.latest)
      wrong.push(`${id}: latest narrowed by something other than the dateline`);
  }
  return wrong;
}

/** Every piece of reasoning in the dataset, with where it is: inferences, dates and the dateline's note. */
function reasoningTexts(dataset: Dataset): { path: string; text: string }[] {
  const found: { path: string; text: string }[] = [{ path: "dateline.note", text: dataset.dateline.note }];
  for (const record of recordsOf(dataset)) {
    for (const [i, reason] of reasonings(record).entries())
      found.push({ path: `${record.id}.inferred.${i}`, text: reason });
  }
  for (const { id, date } of datesOf(dataset))
    if (date.reasoning !== undefined) found.push({ path: `${id}.date.reasoning`, text: date.reasoning });
  return found;
}

const FILE_NAME = /(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:md|txt|json|jsonld|csv|ts|js|mjs|cjs)\b|\bREADME\b/g;

/** Reasoning that names a file the package does not ship (`shipped`: the file names a user of the package gets). */
export function reasoningNamingUnshippedFiles(dataset: Dataset, shipped: ReadonlySet<string>): string[] {
  return reasoningTexts(dataset).flatMap(({ path, text }) =>
    [...text.matchAll(FILE_NAME)]
      .map((match) => match[0])
      .filter((name) => !shipped.has(name))
      .map((name) => `${path}: ${name}`),
  );
}
