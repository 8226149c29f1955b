/** From text to search terms: normalised words, stopwords dropped, stemmed; and the thesaurus's expansions. */
import { normalizeWords } from "../query/normalize.js";
import { stem } from "./stem.js";
import { stopwords, synonymGroups } from "./thesaurus.js";

// Stems of words already seen: indexing and queries meet the same few thousand words again and again.
const stems = new Map<string, string>();
const MAX_CACHED_STEMS = 50_000;

function cachedStem(word: string): string {
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
    if (!node.values.includes(value)) node.values.push(value);
  }

  /** Every value of every phrase that occurs in `terms`, each once, in order of first occurrence. */
  find(terms: readonly string[]): T[] {
    return this.matches(terms).map((match) => match.value);
  }

  /** Every value of every phrase that occurs in `terms`, with the query terms of its first occurrence. */
  matches(terms: readonly string[]): { value: T; terms: string[] }[] {
    const found: { value: T; terms: string[] }[] = [];
    for (let i = 0; i < terms.length; i++) {
      let node: PhraseNode<T> | undefined = this.#root;
      for (let n = i; n < terms.length; n++) {
        node = node.next.get(terms[n] ?? "");
        if (node === undefined) break;
        for (const value of node.values) {
          if (!found.some((f) => f.value === value)) found.push({ value, terms: terms.slice(i, n + 1) });
        }
      }
    }
    return found;
  }
}

let synonymTable: PhraseTable<number> | undefined;
let groupTerms: readonly (readonly string[])[] | undefined;

/** Terms the thesaurus adds to a query, and the query terms that brought them in. */
export interface Expansion {
  readonly triggers: readonly string[];
  readonly terms: readonly string[];
}

/**
 * The extra terms the thesaurus adds to a query: for every synonym group one of the query's words
 * or phrases belongs to, the group's words less the query's own terms.
 */
export function synonymExpansion(terms: readonly string[]): Expansion[] {
  if (synonymTable === undefined || groupTerms === undefined) {
    const table = new PhraseTable<number>();
    const perGroup: string[][] = [];
    synonymGroups.forEach((group, g) => {
      const words = new Set<string>();
      for (const member of group) {
        const memberTerms = searchTerms(member);
        table.add(memberTerms, g);
        for (const t of memberTerms) words.add(t);
      }
      perGroup.push([...words]);
    });
    synonymTable = table;
    groupTerms = perGroup;
  }
  const seen = new Set(terms);
  const expansions: Expansion[] = [];
  for (const { value: g, terms: triggers } of synonymTable.matches(terms)) {
    const extra: string[] = [];
    for (const t of groupTerms[g] ?? []) {
      if (seen.has(t)) continue;
      seen.add(t);
      extra.push(t);
    }
    if (extra.length > 0) expansions.push({ triggers, terms: extra });
  }
  return expansions;
}
