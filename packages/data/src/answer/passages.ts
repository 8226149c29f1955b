/** The source sentences as `answer()` reads them when no record holds the answer as a field: words with offsets, names and dates. */
import { type CitingRecord, holdersOf } from "../indexes/dataset-index.js";
import type { Source } from "../model/source.js";
import { normalizeWords } from "../text/normalize.js";
import { numberWords } from "../text/relations.js";
import { cachedStem as stem } from "../text/terms.js";
import { stopwords } from "../text/thesaurus.js";
import type { AnswerIndex } from "./answer-index.js";
import { foldedMonthNames } from "./format.js";

/** One word of a sentence, folded as questions are, with where it stands in the sentence's text. */
export interface Token {
  /** The word folded (`normalizeWords`), and its stem. */
  readonly word: string;
  readonly term: string;
  /** Its offsets in the sentence's text (UTF-16 code units), without the punctuation around it. */
  readonly start: number;
  readonly end: number;
  readonly stop: boolean;
  /** Punctuation (a comma, a bracket, a quote, a full stop) stands between it and the word before. */
  readonly breakBefore: boolean;
}

/** A run of tokens `[from, to)` that names or dates something. */
export interface Mention {
  readonly from: number;
  readonly to: number;
  /** The entity named, for a name; the record dated, for a date. */
  readonly id: string;
  /** For a date: it names a year, month or weekday ("Jan. 20", "on Wednesday"), not only a time relative to another ("earlier"). */
  readonly calendar?: boolean;
}

/** A source sentence, read. */
export interface Passage {
  readonly source: Source;
  readonly tokens: readonly Token[];
  /** For each term, the positions of the tokens that have it. */
  readonly at: ReadonlyMap<string, readonly number[]>;
  /** The entities the sentence names, where it names them. */
  readonly names: readonly Mention[];
  /**
   * The entities the sentence is about: those it names, those its records say it speaks of without
   * naming them (the speaker of "he stressed" or of a quote's "we"), and those any of these acts for
   * (Turkey, where its foreign minister or "Turkish officials" are named).
   */
  readonly about: ReadonlySet<string>;
  /** Dates and times the sentence states: record dates' expressions, years, months and weekdays. */
  readonly dates: readonly Mention[];
  /** Counts the sentence states ("three other officials"). */
  readonly counts: readonly Mention[];
  /** The records that cite the sentence. */
  readonly citing: readonly CitingRecord[];
}

/** The passages of a dataset, and how rare each term is among them. */
export interface Passages {
  readonly list: readonly Passage[];
  /** For each term, the passages (by position in `list`) that have it. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  /** Scratch space for one question, one slot per passage (answering is synchronous). */
  readonly scratch: {
    readonly total: Float64Array;
    readonly carried: Float64Array;
    readonly got: Float64Array;
    readonly invalid: Uint8Array;
  };
  /** Inverse document frequency over the sentences; a term no sentence has is the rarest. */
  idf(term: string): number;
}

const TRAILING = /[,.;:!?)\]”"’']+$/;
const LEADING = /^[([“"‘']+/;
// Month names as the folding leaves them: abbreviations ("Jan.") are already spelt out by the
// thesaurus's spelling variants.
const MONTHS: ReadonlySet<string> = new Set(foldedMonthNames);
const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
const YEAR = /^(1[89]|20)[0-9][0-9]$/;
const NUMBER = /^[0-9]+$/;
const NUMBER_WORDS = new Set(numberWords);

/** The words of a sentence with their offsets: each whitespace-delimited chunk, folded as a question is. */
function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  let pendingBreak = true;
  for (const chunk of text.matchAll(/\S+/g)) {
    const raw = chunk[0];
    const lead = LEADING.exec(raw)?.[0].length ?? 0;
    const trail = TRAILING.exec(raw.slice(lead))?.[0].length ?? 0;
    const start = (chunk.index ?? 0) + lead;
    const end = (chunk.index ?? 0) + raw.length - trail;
    // A possessive's apostrophe is part of the word ("Turkey’s"); the folding drops it.
    const words = end > start ? normalizeWords(text.slice(start, end)) : [];
    words.forEach((word, k) => {
      tokens.push({
        word,
        term: stem(word),
        start,
        end,
        stop: stopwords.has(word),
        breakBefore: k === 0 && (pendingBreak || lead > 0),
      });
    });
    // A full stop after an abbreviation ("Jan. 20", "U.S. sanctions") does not end anything.
    const marks = raw.slice(raw.length - trail);
    const abbreviation =
      marks === "." &&
      end - start <= 4 &&
      end + 1 < text.length &&
      !/^[A-Z]/.test(text.slice(end + 2, end + 3));
    pendingBreak = trail > 0 && /[,.;:!?)\]”"]/.test(marks) && !abbreviation;
    if (words.length === 0 && raw.length > 0) pendingBreak = true;
  }
  return tokens;
}

/** The tokens `[from, to)` whose words lie inside `[start, end)` of the text. */
function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] | undefined {
  let from = -1;
  let to = -1;
  tokens.forEach((t, i) => {
    if (t.start >= start && t.end <= end) {
      if (from < 0) from = i;
      to = i + 1;
    }
  });
  return from < 0 ? undefined : [from, to];
}

function passageOf(ax: AnswerIndex, source: Source): Passage {
  const tokens = tokensOf(source.text);
  const at = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    if (t.stop) return;
    const list = at.get(t.term);
    if (list === undefined) at.set(t.term, [i]);
    else list.push(i);
  });
  const names: Mention[] = [];
  const about = new Set<string>();
  const citing = ax.index.citing.get(source.id) ?? [];
  const mention = (id: string, range: [number, number] | undefined) => {
    if (range === undefined) return;
    about.add(id);
    if (!names.some((m) => m.id === id && m.from === range[0] && m.to === range[1]))
      names.push({ id, from: range[0], to: range[1] });
  };
  // Names as the entities' own records cite them, and every other place a name or alias is written.
  for (const record of citing)
    if (record.kind === "entity")
      for (const span of record.provenance)
        if (span.sourceId === source.id) mention(record.id, tokenRange(tokens, span.start, span.end));
  const content = tokens.flatMap((t, i) => (t.stop ? [] : [i]));
  for (const span of ax.names.spans(content.map((i) => tokens[i]?.term ?? ""))) {
    const from = content[span.start] ?? 0;
    const to = (content[span.end - 1] ?? 0) + 1;
    for (const id of new Set(span.values)) mention(id, [from, to]);
  }
  // Whom the sentence speaks of without naming: the speaker and party of its claims and quotes.
  for (const record of citing) for (const id of holdersOf(record)) about.add(id);
  for (const id of [...about]) for (const whom of ax.forWhom(id)) about.add(whom);
  const dates: Mention[] = [];
  for (const record of citing) {
    const expression = "date" in record ? record.date?.expression : undefined;
    if (expression?.sourceId !== source.id) continue;
    const range = tokenRange(tokens, expression.start, expression.end);
    if (range === undefined) continue;
    // "on Wednesday" is dated "Wednesday": the words around a date are not part of it.
    let [from, to] = range;
    while (from < to - 1 && tokens[from]?.stop === true) from++;
    while (to > from + 1 && tokens[to - 1]?.stop === true) to--;
    const calendar = tokens
      .slice(from, to)
      .some((t) => YEAR.test(t.word) || NUMBER.test(t.word) || WEEKDAYS.has(t.word) || MONTHS.has(t.word));
    dates.push({ id: record.id, from, to, calendar });
  }
  const counts: Mention[] = [];
  tokens.forEach((t, i) => {
    if (YEAR.test(t.word) || WEEKDAYS.has(t.word)) dates.push({ id: "", from: i, to: i + 1, calendar: true });
    else if (MONTHS.has(t.word)) {
      // "April 2017", "Jan. 20": a month with the day or year written next to it.
      const next = tokens[i + 1];
      const to = next !== undefined && NUMBER.test(next.word) && !next.breakBefore ? i + 2 : i + 1;
      dates.push({ id: "", from: i, to, calendar: true });
    } else if (NUMBER_WORDS.has(t.word) || (NUMBER.test(t.word) && !YEAR.test(t.word)))
      counts.push({ id: "", from: i, to: i + 1 });
  });
  return { source, tokens, at, names, about, dates, counts, citing };
}

const cache = new WeakMap<AnswerIndex, Passages>();

/** The passages of the dataset `ax` indexes, read on first use. */
export function passagesOf(ax: AnswerIndex): Passages {
  let passages = cache.get(ax);
  if (passages === undefined) {
    const list = ax.index.dataset.sources.map((source) => passageOf(ax, source));
    const postings = new Map<string, number[]>();
    list.forEach((p, at) => {
      for (const term of p.at.keys()) {
        const found = postings.get(term);
        if (found === undefined) postings.set(term, [at]);
        else found.push(at);
      }
    });
    const n = list.length;
    const rarest = Math.log(1 + n) * 1.2;
    passages = {
      list,
      postings,
      scratch: {
        total: new Float64Array(n),
        carried: new Float64Array(n),
        got: new Float64Array(n),
        invalid: new Uint8Array(n),
      },
      idf: (term) => {
        const count = postings.get(term)?.length;
        return count === undefined ? rarest : Math.log(1 + n / count);
      },
    };
    cache.set(ax, passages);
  }
  return passages;
}
