/** From text to search terms: normalised words, stopwords dropped, stemmed; and the thesaurus's expansions. */
import { synonymTablesJSON } from "./bundled-synonyms.js";
import { normalizeWords } from "./normalize.js";
import {
  answerTypeNouns,
  frameWords,
  namePhrasings,
  predicatePhrasings,
  qualifierPhrasings,
} from "./relations.js";
import { stem } from "./stem.js";
import { stopwords, synonymGroups } from "./thesaurus.js";

// Stems of words already seen: indexing and queries meet the same few thousand words again and again.
const stems = new Map<string, string>();
const MAX_CACHED_STEMS = 50_000;

/** The stem of a word (see `stem`), remembered: the same few thousand words come back again and again. */
export function cachedStem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = stem(word);
    if (stems.size >= MAX_CACHED_STEMS) stems.clear();
    stems.set(word, stemmed);
  }
  return stemmed;
}

/** The search terms of already normalised words: stopwords dropped, the rest stemmed. */
export function termsOfWords(words: readonly string[]): string[] {
  const terms: string[] = [];
  for (const word of words) if (!stopwords.has(word)) terms.push(cachedStem(word));
  return terms;
}

/** The search terms of a text, in order. */
export function searchTerms(text: string): string[] {
  return termsOfWords(normalizeWords(text));
}

/** A phrase table as plain data, so a build can ship one and a cold process need not build it. */
/**
 * `searchTerms` with a memo of its own, for building tables from a dataset whose names, aliases and
 * spans recur across records: each distinct text is tokenised once. Dropped with the function.
 */
export function memoizedSearchTerms(): (text: string) => readonly string[] {
  const memo = new Map<string, readonly string[]>();
  return (text) => {
    let terms = memo.get(text);
    if (terms === undefined) {
      terms = searchTerms(text);
      memo.set(text, terms);
    }
    return terms;
  };
}

export interface PhraseTableJSON<T> {
  /** Each phrase (its terms joined by spaces) and the values it stands for. */
  readonly phrases: readonly (readonly [string, readonly T[]])[];
  /** Every run of terms that begins a longer phrase. */
  readonly prefixes: readonly string[];
}

// Terms never hold a space (normalizeWords splits on it), so a space joins them into one key.
const JOIN = " ";

/**
 * A phrase table: runs of terms to what they stand for. Phrases are keys of one Map and the runs
 * that begin a longer phrase a Set, not a trie of Maps: then a table is two arrays as data
 * (`toJSON`/`fromJSON`), and building the answer index's name tables this way took 0.3 ms in a cold
 * process against 2.5 ms for the trie.
 */
export class PhraseTable<T> {
  readonly #phrases: Map<string, T[]>;
  readonly #prefixes: Set<string>;
  /** The values of a phrase as a set, kept once a phrase stands for many (so adding stays O(1)). */
  readonly #sets = new Map<string, Set<T>>();

  /** Lists this table made itself; one it was given is copied before it is added to. */
  readonly #owned = new WeakSet<readonly T[]>();

  /**
   * Each phrase and each run that begins a longer one in one Map, built on the first `spans`: one
   * lookup per term where the two tables took two (answering reads every question's names this
   * way). Dropped by `add`.
   */
  #steps: Map<string, { readonly values: readonly T[] | undefined; readonly prefix: boolean }> | undefined;

  constructor(data?: PhraseTableJSON<T>) {
    this.#phrases = new Map(data?.phrases as Iterable<[string, T[]]> | undefined);
    this.#prefixes = new Set(data?.prefixes);
  }

  /** The table as plain data; `new PhraseTable(table.toJSON())` is the same table. */
  toJSON(): PhraseTableJSON<T> {
    return {
      phrases: [...this.#phrases].map(([key, values]) => [key, [...values]]),
      prefixes: [...this.#prefixes],
    };
  }

  add(terms: readonly string[], value: T): void {
    if (terms.length === 0) return;
    this.#steps = undefined;
    let key = terms[0] ?? "";
    for (let n = 1; n < terms.length; n++) {
      this.#prefixes.add(key);
      key += JOIN + terms[n];
    }
    let values = this.#phrases.get(key);
    if (values === undefined || !this.#owned.has(values)) {
      values = values === undefined ? [] : [...values];
      this.#owned.add(values);
      this.#phrases.set(key, values);
    }
    // Values are few per phrase in real data, where a scan is cheapest; many share a phrase only in
    // large generated datasets, where a set keeps adding linear.
    let set = this.#sets.get(key);
    if (set === undefined && values.length >= 16) {
      set = new Set(values);
      this.#sets.set(key, set);
    }
    if (set !== undefined ? set.has(value) : values.includes(value)) return;
    values.push(value);
    set?.add(value);
  }

  /** Every value of every phrase that occurs in `terms`, each once, in order of first occurrence. */
  find(terms: readonly string[]): T[] {
    return this.matches(terms).map((match) => match.value);
  }

  /**
   * Every occurrence of a phrase in `terms`, as the range of terms it covers (`end` exclusive) and the
   * values it stands for, in order of start, longest first at each start. With `starts`, only the
   * spans that start at one of the first `starts` terms.
   */
  spans(
    terms: readonly string[],
    starts = terms.length,
  ): { start: number; end: number; values: readonly T[] }[] {
    const found: { start: number; end: number; values: readonly T[] }[] = [];
    const steps = this.#steps ?? this.#stepsOf();
    for (let i = 0; i < terms.length && i < starts; i++) {
      // The spans starting here go in shortest first and are turned round in place (longest first):
      // no array per start to unshift into and spread out (answering reads every question's names).
      const from = found.length;
      let key = terms[i] ?? "";
      for (let n = i; n < terms.length; n++) {
        if (n > i) key += JOIN + terms[n];
        const step = steps.get(key);
        if (step === undefined) break;
        const { values } = step;
        if (values !== undefined && values.length > 0) found.push({ start: i, end: n + 1, values });
        if (!step.prefix) break;
      }
      for (let a = from, b = found.length - 1; a < b; a++, b--) {
        const swap = found[a] as { start: number; end: number; values: readonly T[] };
        found[a] = found[b] as { start: number; end: number; values: readonly T[] };
        found[b] = swap;
      }
    }
    return found;
  }

  /** Whether a run of terms begins a longer phrase of the table. */
  beginsLonger(terms: readonly string[]): boolean {
    return this.#prefixes.has(terms.join(JOIN));
  }

  #stepsOf(): Map<string, { readonly values: readonly T[] | undefined; readonly prefix: boolean }> {
    const steps = new Map<string, { readonly values: readonly T[] | undefined; readonly prefix: boolean }>();
    for (const [key, values] of this.#phrases) steps.set(key, { values, prefix: this.#prefixes.has(key) });
    for (const key of this.#prefixes)
      if (!steps.has(key)) steps.set(key, { values: undefined, prefix: true });
    this.#steps = steps;
    return steps;
  }

  /**
   * Every value of every phrase that occurs in `terms`, with the query terms of its first occurrence;
   * `ambiguous` when that phrase stands for more than one value (left out with `unambiguousOnly`,
   * which keeps the cost independent of how many values share a phrase).
   */
  matches(
    terms: readonly string[],
    unambiguousOnly = false,
  ): { value: T; terms: string[]; ambiguous: boolean }[] {
    const found: { value: T; terms: string[]; ambiguous: boolean }[] = [];
    const seen = new Set<T>();
    for (let i = 0; i < terms.length; i++) {
      let key = terms[i] ?? "";
      for (let n = i; n < terms.length; n++) {
        if (n > i) key += JOIN + terms[n];
        const values = this.#phrases.get(key);
        if (values !== undefined && !(unambiguousOnly && values.length > 1)) {
          const ambiguous = values.length > 1;
          for (const value of values) {
            if (seen.has(value)) continue;
            seen.add(value);
            found.push({ value, terms: terms.slice(i, n + 1), ambiguous });
          }
        }
        if (!this.#prefixes.has(key)) break;
      }
    }
    return found;
  }
}

/** The members of a synonym group a query brings in, and the query words that brought them in. */
export interface Expansion {
  readonly triggers: readonly string[];
  /** Each member as its search terms: one term for a word, several for a phrase ("air defense"). */
  readonly members: readonly (readonly string[])[];
  /**
   * The group has a member made of stopwords only ("do the same" of reciprocate), which no record's
   * terms can show: a record may say the idea without any of `members`.
   */
  readonly loose: boolean;
}

/** Every word stemmed, stopwords kept: what thesaurus phrases ("had to", "in charge") are matched on. */
export function stemsOfWords(words: readonly string[]): string[] {
  return words.map(cachedStem);
}

/** The thesaurus as the search reads it, as plain data (see `synonymTablesOf`). */
export interface SynonymTables {
  /** Each member of each group as its stems (stopwords kept) → the positions of its groups. */
  readonly table: PhraseTableJSON<number>;
  /** Each group's members as search terms, without repeats. */
  readonly members: readonly (readonly (readonly string[])[])[];
  /** The positions of the groups that have a member of stopwords only (see `Expansion.loose`). */
  readonly loose: readonly number[];
}

/**
 * The synonym tables of the thesaurus. A pure function of `synonymGroups`, so the build works it
 * out once and ships it (`bundled-synonyms.ts`, written by scripts/emit-tables.mjs): normalising and stemming every group cost a cold
 * process's first query about 4 ms.
 */
export function synonymTablesOf(groups: readonly (readonly string[])[] = synonymGroups()): SynonymTables {
  const table = new PhraseTable<number>();
  const members: (readonly string[])[][] = [];
  const loose: number[] = [];
  groups.forEach((group, g) => {
    const keys = new Set<string>();
    const list: (readonly string[])[] = [];
    for (const member of group) {
      const words = normalizeWords(member);
      table.add(stemsOfWords(words), g);
      const terms = termsOfWords(words);
      const key = terms.join(" ");
      if (terms.length === 0 && words.length > 1 && !loose.includes(g)) loose.push(g);
      if (terms.length === 0 || keys.has(key)) continue;
      keys.add(key);
      list.push(terms);
    }
    members.push(list);
  });
  return { table: table.toJSON(), members, loose };
}

let synonymTable: PhraseTable<number> | undefined;

/** Every word the thesaurus and the relation phrasings use, as written (folded, not stemmed): what a misspelt word may be. */
export function wordsOfThesaurus(): string[] {
  const words: string[] = [];
  for (const group of synonymGroups()) for (const member of group) words.push(...normalizeWords(member));
  for (const table of [predicatePhrasings, qualifierPhrasings, namePhrasings, answerTypeNouns])
    for (const phrases of Object.values(table) as (readonly string[])[])
      for (const phrase of phrases) words.push(...normalizeWords(phrase));
  for (const word of frameWords) words.push(word);
  return words;
}
let groupMembers: readonly (readonly (readonly string[])[])[] | undefined;
let looseGroups: ReadonlySet<number> | undefined;

/**
 * The synonyms the thesaurus adds to a query: for every synonym group one of the query's words or
 * phrases belongs to, the group's members less the query's own words. Phrases are matched on all
 * the query's words (`stems`, stopwords kept), so a group may list "had to" or "in charge".
 */
export function synonymExpansion(stems: readonly string[], terms: readonly string[]): Expansion[] {
  if (synonymTable === undefined || groupMembers === undefined) {
    // Checked against `synonymTablesOf()` by terms.test.ts.
    const shipped = JSON.parse(synonymTablesJSON) as SynonymTables;
    synonymTable = new PhraseTable(shipped.table);
    // Fresh from JSON.parse, so frozen where they are, not copied.
    for (const list of shipped.members) for (const terms of list) Object.freeze(terms);
    groupMembers = shipped.members;
    looseGroups = new Set(shipped.loose);
  }
  const expansions: Expansion[] = [];
  for (const { value: g, terms: triggers } of synonymTable.matches(stems)) {
    const members = (groupMembers[g] ?? []).filter((m) => !(m.length === 1 && terms.includes(m[0] ?? "")));
    if (members.length > 0) expansions.push({ triggers, members, loose: looseGroups?.has(g) === true });
  }
  return expansions;
}
