/** From text to search terms: normalised words, stopwords dropped, stemmed; and the thesaurus's expansions. */
import { normalizeWords } from "./normalize.js";
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

interface PhraseNode<T> {
  values: T[];
  /** The same values as a set, kept once a phrase stands for many (so adding stays O(1)). */
  set?: Set<T>;
  readonly next: Map<string, PhraseNode<T>>;
}

/** A phrase table: runs of terms to what they stand for, as a trie so a lookup allocates nothing. */
export class PhraseTable<T> {
  readonly #root: PhraseNode<T> = { values: [], next: new Map() };

  add(terms: readonly string[], value: T): void {
    if (terms.length === 0) return;
    let node = this.#root;
    for (const term of terms) {
      let child = node.next.get(term);
      if (child === undefined) {
        child = { values: [], next: new Map() };
        node.next.set(term, child);
      }
      node = child;
    }
    // Values are few per phrase in real data, where a scan is cheapest; many share a phrase only in
    // large generated datasets, where a set keeps adding linear.
    if (node.set === undefined && node.values.length >= 16) node.set = new Set(node.values);
    if (node.set !== undefined ? node.set.has(value) : node.values.includes(value)) return;
    node.values.push(value);
    node.set?.add(value);
  }

  /** Every value of every phrase that occurs in `terms`, each once, in order of first occurrence. */
  find(terms: readonly string[]): T[] {
    return this.matches(terms).map((match) => match.value);
  }

  /**
   * Every occurrence of a phrase in `terms`, as the range of terms it covers (`end` exclusive) and the
   * values it stands for, in order of start, longest first at each start.
   */
  spans(terms: readonly string[]): { start: number; end: number; values: readonly T[] }[] {
    const found: { start: number; end: number; values: readonly T[] }[] = [];
    for (let i = 0; i < terms.length; i++) {
      let node: PhraseNode<T> | undefined = this.#root;
      const here: { start: number; end: number; values: readonly T[] }[] = [];
      for (let n = i; n < terms.length; n++) {
        node = node.next.get(terms[n] ?? "");
        if (node === undefined) break;
        if (node.values.length > 0) here.unshift({ start: i, end: n + 1, values: node.values });
      }
      found.push(...here);
    }
    return found;
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
      let node: PhraseNode<T> | undefined = this.#root;
      for (let n = i; n < terms.length; n++) {
        node = node.next.get(terms[n] ?? "");
        if (node === undefined) break;
        const ambiguous = node.values.length > 1;
        if (ambiguous && unambiguousOnly) continue;
        for (const value of node.values) {
          if (seen.has(value)) continue;
          seen.add(value);
          found.push({ value, terms: terms.slice(i, n + 1), ambiguous });
        }
      }
    }
    return found;
  }
}

let synonymTable: PhraseTable<number> | undefined;
let groupMembers: readonly (readonly (readonly string[])[])[] | undefined;

/** The members of a synonym group a query brings in, and the query words that brought them in. */
export interface Expansion {
  readonly triggers: readonly string[];
  /** Each member as its search terms: one term for a word, several for a phrase ("air defense"). */
  readonly members: readonly (readonly string[])[];
}

/** Every word stemmed, stopwords kept: what thesaurus phrases ("had to", "in charge") are matched on. */
export function stemsOfWords(words: readonly string[]): string[] {
  return words.map(cachedStem);
}

function buildSynonymTable(): [PhraseTable<number>, (readonly (readonly string[])[])[]] {
  const table = new PhraseTable<number>();
  const members: (readonly (readonly string[])[])[] = [];
  synonymGroups.forEach((group, g) => {
    const keys = new Set<string>();
    const list: (readonly string[])[] = [];
    for (const member of group) {
      const words = normalizeWords(member);
      table.add(stemsOfWords(words), g);
      const terms = termsOfWords(words);
      const key = terms.join(" ");
      if (terms.length === 0 || keys.has(key)) continue;
      keys.add(key);
      list.push(Object.freeze(terms));
    }
    members.push(list);
  });
  return [table, members];
}

/**
 * The synonyms the thesaurus adds to a query: for every synonym group one of the query's words or
 * phrases belongs to, the group's members less the query's own words. Phrases are matched on all
 * the query's words (`stems`, stopwords kept), so a group may list "had to" or "in charge".
 */
export function synonymExpansion(stems: readonly string[], terms: readonly string[]): Expansion[] {
  if (synonymTable === undefined || groupMembers === undefined)
    [synonymTable, groupMembers] = buildSynonymTable();
  const expansions: Expansion[] = [];
  for (const { value: g, terms: triggers } of synonymTable.matches(stems)) {
    const members = (groupMembers[g] ?? []).filter((m) => !(m.length === 1 && terms.includes(m[0] ?? "")));
    if (members.length > 0) expansions.push({ triggers, members });
  }
  return expansions;
}
