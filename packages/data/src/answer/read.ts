/**
 * Reading the answer out of a source sentence, for questions no record holds as a field ("What kind of
 * rights…", "What could the group pave the way to?"): the sentence that carries the question's words,
 * and in it the words that fill the question's gap.
 */
import { deepFreeze } from "../freeze.js";
import { holdersOf } from "../indexes/dataset-index.js";
import type { S400Record } from "../model/record.js";
import type { SourceSpan } from "../model/span.js";
import type { Value } from "../model/statement.js";
import { auxiliaryVerbs } from "../text/relations.js";
import { cachedStem as stem } from "../text/terms.js";
import { stopwords } from "../text/thesaurus.js";
import type { AnswerIndex } from "./answer-index.js";
import { type Passage, passagesOf } from "./passages.js";
import {
  COPULAS as BE,
  fitsWanted,
  isParticiple,
  knownByNoun,
  type Link,
  NEGATIONS,
  type Reading,
  WEIGHT_SYNONYM,
} from "./question.js";
import type { Answer } from "./types.js";

/**
 * How sure an answer read from a sentence can be at most: the sentence's words answer it, but no
 * record states it as a fact of its own. Its confidence is this times the share of the question's
 * words (weighted by rarity) that the sentence carries.
 */
export const READ_FACTOR = 0.75;
/** The least share of the question's words a sentence must carry to be read for an answer. */
const MIN_COVERAGE = 0.6;
/** The most words an answer read from a sentence may have. */
const MAX_RUN = 7;
/** How far from the word it hangs on an answer may stand (weighted as `between`). */
const MAX_DISTANCE = 6;
/** What standing on the other side of that word adds ("Underscoring that *opinions differ*…"). */
const WRONG_SIDE = 5;

const WH = new Set(["who", "whom", "whose", "what", "which", "when", "where", "how", "whats"]);
const KIND_NOUNS = new Set(["kind", "kinds", "type", "types", "sort", "sorts"]);
// Words that end the clause a what-question asks about ("What did Ankara buy *that* led to…").
const CLAUSE_ENDS = new Set([
  "that",
  "which",
  "who",
  "according",
  "given",
  "mentioned",
  "regarding",
  "concerning",
]);
const ASIDES = new Set(["regard", "relation", "respect"]);
// Verbs of saying: "What did Trump *say* about…" asks for a position of Trump's.
const SAYING = new Set([
  "say",
  "said",
  "says",
  "saying",
  "tell",
  "told",
  "claim",
  "claimed",
  "stress",
  "stressed",
  "think",
  "thinks",
  "call",
  "called",
]);
const CUE_PREPOSITIONS = new Set([
  "against",
  "from",
  "with",
  "on",
  "to",
  "at",
  "by",
  "for",
  "over",
  "under",
  "during",
  "between",
  "about",
  "in",
  "of",
  "into",
]);
// Words that end an answer read from a sentence: prepositions and the words that start a clause
// ("a joint working group *regarding* U.S. sanctions", "opinions differ as to *whether*…").
const BREAKS = new Set([
  ...CUE_PREPOSITIONS,
  "regarding",
  "including",
  "following",
  "besides",
  "per",
  "via",
  "whether",
  "if",
  "as",
  "while",
  "because",
  "that",
  "which",
  "who",
  "when",
  "where",
  "but",
  "than",
  "not",
]);
// Verbs that ask what something is called, and the words that say what it is.
const NAMING = new Set([
  "call",
  "called",
  "calls",
  "describe",
  "described",
  "label",
  "labelled",
  "labeled",
  "term",
  "termed",
  "dub",
  "dubbed",
  "characterise",
  "characterize",
  "characterised",
  "characterized",
]);
const COPULAS = new Set(["is", "are", "was", "were", "be", "as"]);
// Words that make a count one of others ("three *other* officials").
const OTHERS = new Set(["other", "others", "besides", "alongside", "apart", "except", "beside", "more"]);
// Nouns that ask for a date ("which *year*", "on what *day*").
const DATE_NOUNS = new Set(["year", "date", "day", "month", "time", "week"]);
// Words that lead to where or at what something was said ("*during* a meeting").
const OCCASION_LEADS = new Set(["at", "during", "in", "on"]);
// Words an answer may hold inside it, between its content words ("lifting *the* sanctions").
const INNER = new Set(["the", "a", "an", "of", "and", "or", "up"]);
const ARTICLES = new Set(["the", "a", "an"]);
const DETERMINERS = new Set(["the", "a", "an", "any", "its", "their", "our", "his", "her", "this", "that"]);
/** Where the question's gap is: what it hangs on, on which side, and the preposition that leads to it. */
interface Gap {
  /** The question word that asks ("what", "who", …). */
  readonly wh: string;
  /** The terms of the word the answer hangs on ("purchase" in "What did Ankara purchase…?"), nearest first. */
  readonly anchors: readonly string[];
  /** The answer follows its anchor (an object: "What did X buy?") or comes before it (a subject: "Who bought X?"). */
  readonly after: boolean;
  /** A preposition that leads to the answer ("from whom", "…come from?"). */
  readonly cue: string | undefined;
  /** The terms of a clause after what is asked that only describes ("…*that led to* the sanctions"). */
  readonly aside: readonly string[];
  /** The nouns the asked words qualify ("what kind of *rights*", "which *weapons* systems"), as terms. */
  readonly nouns: readonly string[];
}

function gapOf(
  words: readonly string[],
  linked: ReadonlySet<string>,
  possessors: ReadonlySet<string>,
): Gap | undefined {
  // The question word that asks: the first word, or else the last one ("The meeting *where* he spoke
  // reviewed developments of *which* year?" has a relative "where" first).
  let wh = WH.has(words[0] ?? "") ? 0 : -1;
  if (wh < 0) for (let i = words.length - 1; i >= 0 && wh < 0; i--) if (WH.has(words[i] ?? "")) wh = i;
  // ("why" is not among them: a reason is left to the records.)
  if (wh < 0) return undefined;
  let k = wh + 1;
  const nouns: string[] = [];
  if (words[wh] === "what" || words[wh] === "which" || words[wh] === "whose" || words[wh] === "whats") {
    if (KIND_NOUNS.has(words[k] ?? "") && words[k + 1] === "of") k += 2;
    while (k < words.length && nouns.length < 2) {
      const w = words[k] ?? "";
      if (stopwords.has(w) || auxiliaryVerbs.has(w)) break;
      // "Which *US* official": a name there says whose, it is not the noun.
      if (!linked.has(stem(w))) nouns.push(stem(w));
      k++;
    }
  } else if (words[wh] === "how" && (words[k] === "many" || words[k] === "much")) k += 2;
  // "What was the total *value* of the contract?", "What was Turkey's *reply*…": the noun after "what
  // is" names what is asked, as "what kind of" does.
  if ((words[wh] === "what" || words[wh] === "which") && nouns.length === 0 && BE.has(words[k] ?? "")) {
    let i = k + 1;
    while (i < words.length && (stopwords.has(words[i] ?? "") || linked.has(stem(words[i] ?? "")))) {
      if (linked.has(stem(words[i] ?? "")) && !possessors.has(words[i] ?? "")) break;
      i++;
    }
    const w = words[i] ?? "";
    if (w !== "" && !linked.has(stem(w)) && !auxiliaryVerbs.has(w) && !isParticiple(w)) nouns.push(stem(w));
  }
  const before = words[wh - 1];
  let cue = before !== undefined && CUE_PREPOSITIONS.has(before) ? before : undefined;
  const content = (i: number) => !stopwords.has(words[i] ?? "") && !auxiliaryVerbs.has(words[i] ?? "");
  // "Who proposed…", "Which side had earlier proposed…": the answer is the subject, before its verb.
  // A name there is the subject instead ("which jet *Washington* worries about").
  const next = words[k] ?? "";
  const subject =
    k < words.length &&
    ((content(k) && !linked.has(stem(next))) ||
      // "Who is *set* to be sworn in?": a form of "be" with a word of its own after it, not a name.
      (BE.has(next) && content(k + 1) && !linked.has(stem(words[k + 1] ?? "")) && words[wh] === "who") ||
      (auxiliaryVerbs.has(next) &&
        (isParticiple(words[k + 1] ?? "") || (content(k + 1) && isParticiple(words[k + 2] ?? "")))));
  const anchors: string[] = [];
  if (subject) {
    for (let i = k; i < words.length; i++) if (content(i)) anchors.push(stem(words[i] ?? ""));
    return { wh: words[wh] ?? "", anchors, after: false, cue, nouns, aside: [] };
  }
  // An object: the answer follows the last word of the clause asked about ("pave the way *to*").
  let end = words.length;
  for (let i = k + 1; i < words.length; i++) {
    if (CLAUSE_ENDS.has(words[i] ?? "")) {
      end = i;
      break;
    }
    // "…with regard to its ties", "in relation to…": an aside, not what the verb takes.
    // "What is Turkey ready to do *about* its ties?": what it does is the object, not its ties.
    if (
      (ASIDES.has(words[i] ?? "") && (words[i - 1] === "with" || words[i - 1] === "in")) ||
      (words[i] === "about" && words[i - 1] === "do")
    ) {
      end = i - 1;
      break;
    }
  }
  if (wh === words.length - 1 || k >= words.length) end = wh;
  const last = words[end - 1] ?? "";
  if (cue === undefined && CUE_PREPOSITIONS.has(last)) cue = last;
  for (let i = end - 1; i >= 0; i--)
    if (i !== wh && (i < wh || i >= k) && content(i)) anchors.push(stem(words[i] ?? ""));
  // "…was not a choice *but* what?": the word before the gap leads to it as a preposition does.
  if (end === wh && cue === undefined && (last === "but" || last === "than")) cue = last;
  const aside: string[] = [];
  if (end > wh) for (let i = end; i < words.length; i++) if (content(i)) aside.push(stem(words[i] ?? ""));
  return { wh: words[wh] ?? "", anchors, after: true, cue, nouns, aside };
}

/** A place in a sentence the answer may be: a name, a date, a count, or a run of words. */
interface Spot {
  readonly from: number;
  readonly to: number;
  readonly id?: string;
}

/** The runs of words the question does not give, between the words it does: where a what-answer may be. */
function runsOf(passage: Passage, given: Uint8Array): Spot[] {
  const runs: Spot[] = [];
  const { tokens } = passage;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t === undefined || given[i] !== 0 || t.stop || BREAKS.has(t.word)) {
      i++;
      continue;
    }
    let j = i + 1;
    let lastContent = i;
    while (j < tokens.length && j - i < MAX_RUN) {
      const u = tokens[j];
      if (u === undefined || given[j] !== 0 || u.breakBefore || BREAKS.has(u.word)) break;
      if (u.stop && !INNER.has(u.word)) break;
      if (!u.stop) lastContent = j;
      j++;
    }
    // "poses *no threat*": a "no" before the run is part of what it says.
    const negated =
      i > 0 && given[i - 1] === 0 && tokens[i - 1]?.word === "no" && tokens[i]?.breakBefore !== true;
    runs.push({ from: negated ? i - 1 : i, to: lastContent + 1 });
    i = j;
  }
  return runs;
}

/** The word before a spot, skipping determiners: the preposition that leads to it, if any. */
function leadOf(passage: Passage, from: number): string | undefined {
  let i = from - 1;
  while (i >= 0 && DETERMINERS.has(passage.tokens[i]?.word ?? "")) i--;
  return passage.tokens[i]?.word;
}

interface Found {
  readonly passage: Passage;
  readonly spot: Spot;
  readonly score: number;
  readonly coverage: number;
  readonly sought: Sought;
}

/**
 * What an answer read from a sentence must be: a name of a fitting type, a date, a count, the words
 * an occasion is given in, or a run of words.
 */
type Sought = "names" | "date" | "count" | "occasion" | "words";

function soughtOf(reading: Reading, gap: Gap): Sought | undefined {
  const { wanted } = reading;
  if (gap.nouns.some((n) => DATE_NOUNS.has(n))) return "date";
  switch (wanted.kind) {
    case "date":
      return "date";
    case "count":
      return "count";
    case "agent":
    case "entity":
      return "names";
    case "occasion":
      return "occasion";
    case "thing":
      return "words";
    // "How did X describe…" asks for a description a sentence does not mark off: left to the records.
    case "open":
      return gap.wh === "how" ? undefined : "words";
    default:
      return undefined;
  }
}

/**
 * Answers from the source sentences, or returns null: the sentence must carry every entity the
 * question names and most of its words, and hold a name, date, count or run of words of the type
 * asked for where the question's gap is.
 */
export function answerFromPassages(ax: AnswerIndex, reading: Reading, minConfidence: number): Answer | null {
  if (reading.identity || reading.concepts.length === 0) return null;
  if (reading.wanted.kind === "open" && reading.wanted.yesNo === true) return null;
  const linked = new Set<string>();
  for (const link of reading.links) for (const t of link.terms) linked.add(t);
  const gap = gapOf(reading.words, linked, reading.possessors);
  if (gap === undefined) return null;
  const sought = soughtOf(reading, gap);
  if (sought === undefined) return null;
  // The noun asked about, and what a typo in it may have meant ("administation").
  const nouns = new Set(gap.nouns);
  for (const concept of reading.concepts) {
    const own = concept.units[0]?.terms;
    if (own?.length === 1 && nouns.has(own[0] ?? ""))
      // "Whose *chief*…" of "SSB *head* Ismail Demir": whose it is stands before a synonym too.
      for (const unit of concept.units)
        if (unit.weight < WEIGHT_SYNONYM || (gap.wh === "whose" && unit.terms.length === 1))
          for (const t of unit.terms) nouns.add(t);
  }
  const passages = passagesOf(ax);
  // "Which *US* official…": the answer must belong to whom the modifier names.
  const owners: string[] = [];
  for (const link of reading.links) if (link.modifier === true) owners.push(...link.ids);
  if (owners.length > 0 && sought !== "names") return null;
  const framing = (t: string) => FRAMING.has(t) || gap.aside.includes(t);
  let best: Found | undefined;
  let second: Found | undefined;
  // First the share of the question's words each sentence carries, from the postings: most
  // sentences fall short, and only the rest are read word by word.
  const n = passages.list.length;
  const { total, carried, invalid, got } = passages.scratch;
  total.fill(0);
  carried.fill(0);
  invalid.fill(0);
  for (const concept of reading.concepts) {
    const own = concept.units[0];
    let weight = 0;
    for (const t of own?.terms ?? []) weight = Math.max(weight, passages.idf(t));
    if (weight === 0) weight = passages.idf("");
    got.fill(0);
    for (const unit of concept.units) {
      const { terms } = unit;
      const found = terms.length === 0 ? undefined : passages.postings.get(terms[0] ?? "");
      if (found === undefined) continue;
      const value = weight * unit.weight;
      for (const p of found) {
        if (terms.length > 1 && !hasAll((passages.list[p] as Passage).at, terms)) continue;
        if (value > (got[p] ?? 0)) got[p] = value;
      }
    }
    // The noun that names a date or a type of name ("which *year*", "which *side*") need not be
    // written; a noun a run of words must qualify must ("what *law*": no law, no answer). Nor need
    // the words that frame a verb ("*going* to replace", "*want* to improve", "what *kind* of"), or
    // those of a clause that only describes ("…purchase *that led to* the sanctions").
    const terms = own?.terms ?? [];
    let typeNoun = terms.length > 0 && nouns.size > 0;
    let framed = terms.length > 0;
    for (const t of terms) {
      if (typeNoun && !nouns.has(t)) typeNoun = false;
      if (framed && !framing(t)) framed = false;
    }
    for (let p = 0; p < n; p++) {
      const g = got[p] ?? 0;
      if (g === 0 && (framed || concept.optional === true)) continue;
      if (g === 0 && typeNoun) {
        if (sought === "words") invalid[p] = 1;
        continue;
      }
      total[p] = (total[p] ?? 0) + weight;
      carried[p] = (carried[p] ?? 0) + g;
    }
  }
  // The sentences that carry enough, the best first.
  const open: number[] = [];
  for (let p = 0; p < n; p++) {
    const c = carried[p] ?? 0;
    if (invalid[p] === 0 && c > 0 && c >= MIN_COVERAGE * (total[p] ?? 0)) open.push(p);
  }
  // Most questions no sentence carries: nothing more to work out for them.
  if (open.length === 0) return null;
  const share = (p: number) => (carried[p] ?? 0) / (total[p] ?? 1);
  open.sort((a, b) => share(b) - share(a));
  const given = new Set<string>();
  for (const link of reading.links) for (const id of link.ids) for (const x of ax.forWhom(id)) given.add(x);
  const ties = ownerTies(reading);
  // "What did Trump say about…": the sentence must give a position of whom the question names.
  const saying = reading.speech || reading.words.some((w) => SAYING.has(w));
  // ("Who said…" asks for the speaker: nothing to check.)
  const speakers = saying && reading.actor !== undefined ? [reading.actor] : [];
  const pairs = pairsOf(reading.words, linked);
  for (const p of open) {
    const passage = passages.list[p] as Passage;
    // A sentence scores at most its share: once that cannot match the best (or rival it), stop.
    if (best !== undefined && share(p) < RIVAL_SHARE * best.score) break;
    const c = carried[p] ?? 0;
    const t = total[p] ?? 0;
    // A question of what did not happen is answered by a sentence that says so.
    if (reading.negated && !passage.tokens.some((t) => NEGATIONS.has(t.word))) continue;
    // Every entity the question names is in the sentence, or is whom it speaks of.
    if (!reading.links.every((link) => link.ids.some((id) => passage.about.has(id)))) continue;
    if (speakers.length > 0 && !passage.citing.some((r) => speaks(ax, r, speakers))) continue;
    // "Turkey's president", "the president of Turkey": the sentence must say whose, next to the noun.
    if (!ties.every((tie) => tied(ax, passage, tie))) continue;
    let coverage = c / t;
    // "defence minister": words the question writes together, the sentence has far apart.
    for (const [a, b] of pairs) if (apart(passage, a, b)) coverage *= BROKEN_PAIR;
    if (coverage < MIN_COVERAGE) continue;
    // `marked`: the words the question gives (1 as written, 2 through a synonym or a correction);
    // `matches`: for each word of the question (its own term), where the sentence has it or a synonym.
    const marked = new Uint8Array(passage.tokens.length);
    const matches = new Map<string, number[]>();
    for (const concept of reading.concepts) {
      const own = concept.units[0]?.terms ?? [];
      for (const unit of concept.units) {
        if (
          unit.terms.length === 0 ||
          !passage.at.has(unit.terms[0] ?? "") ||
          !hasAll(passage.at, unit.terms)
        )
          continue;
        const mark = unit.weight >= 1 ? 1 : 2;
        for (const term of unit.terms)
          for (const at of passage.at.get(term) ?? []) {
            if (marked[at] !== 1) marked[at] = mark;
            for (const o of own) {
              const list = matches.get(o);
              if (list === undefined) matches.set(o, [at]);
              else if (!list.includes(at)) list.push(at);
            }
          }
      }
    }
    for (const m of passage.names) if (given.has(m.id)) for (let i = m.from; i < m.to; i++) marked[i] = 1;
    // The words of a name or description the question gives ("air defence systems") are given too,
    // where the sentence writes them without naming the entity.
    for (const t of linked) for (const at of passage.at.get(t) ?? []) if (marked[at] === 0) marked[at] = 1;
    // A name the question gives must stand near the words it gives with it: "Russian" in "Russian
    // S-400" does not make a sentence about the US sanctions one about sanctioning Russia.
    if (!reading.links.every((link) => near(passage, link.ids, marked, given))) continue;
    const spot = spotIn(ax, reading, gap, sought, nouns, passage, marked, given, owners, matches);
    if (spot === undefined) continue;
    const sure = spot.ambiguous === true ? AMBIGUOUS : 1;
    const found: Found = {
      passage,
      spot: spot.spot,
      score: coverage * spot.score * sure,
      coverage: coverage * sure,
      sought,
    };
    if (best === undefined || found.score > best.score) {
      second = best;
      best = found;
    } else if (second === undefined || found.score > second.score) second = found;
  }
  if (best === undefined) return null;
  let confidence = READ_FACTOR * best.coverage;
  // Two sentences that answer about as well but differently: the text is not plain about it.
  if (
    second !== undefined &&
    second.score >= RIVAL_SHARE * best.score &&
    spanOf(second).exact !== spanOf(best).exact
  )
    confidence *= AMBIGUOUS;
  confidence = Math.round(confidence * 1000) / 1000;
  if (confidence < minConfidence) return null;
  return answerOf(ax, best, confidence);
}

// Words that frame a verb or a noun rather than say what is asked, as terms.
const FRAMING: ReadonlySet<string> = new Set(
  [
    "kind",
    "type",
    "sort",
    "go",
    "going",
    "want",
    "try",
    "tri",
    "trying",
    "need",
    "abl",
    "abov",
    "suppos",
    "due",
    "expect",
    "likely",
    "plan",
  ].map(stem),
);

/** How much a pair of words the question writes together counts when the sentence has them apart. */
const BROKEN_PAIR = 0.5;
/** How far (weighted as `between`) a given name may stand from the nearest word the question gives. */
const NEAR = 10;

/** The pairs of content words the question writes side by side ("defence minister"), as terms. */
function pairsOf(words: readonly string[], linked: ReadonlySet<string>): (readonly [string, string])[] {
  const pairs: (readonly [string, string])[] = [];
  const plain = (w: string | undefined) =>
    w !== undefined && !stopwords.has(w) && !auxiliaryVerbs.has(w) && !WH.has(w) && !linked.has(stem(w));
  // ("Into which *alliance's systems*…": the noun after the question word is what the answer is,
  // "NATO systems", and need not be written beside the next one.)
  for (let i = 0; i + 1 < words.length; i++)
    if (plain(words[i]) && plain(words[i + 1]) && !WH.has(words[i - 1] ?? ""))
      pairs.push([stem(words[i] ?? ""), stem(words[i + 1] ?? "")]);
  return pairs;
}

/** Whether the sentence has both words of a pair, but never within two words of each other. */
function apart(passage: Passage, a: string, b: string): boolean {
  const as = passage.at.get(a);
  const bs = passage.at.get(b);
  if (as === undefined || bs === undefined) return false;
  return !as.some((x) => bs.some((y) => Math.abs(x - y) <= 2));
}

/**
 * How far apart two places of a sentence are for reading: the words between them, with each word the
 * question does not give counted twice and each break (a comma, a bracket) as `BREAK_COST`.
 */
function between(passage: Passage, marked: Uint8Array, from: number, to: number): number {
  let d = 0;
  for (let i = from; i < to; i++) {
    const t = passage.tokens[i];
    if (t === undefined) continue;
    // An article stands between nothing ("a misstep" is as near as "misstep").
    if (!ARTICLES.has(t.word)) d += marked[i] === 0 && !t.stop && !BREAKS.has(t.word) ? 2 : 1;
    if (t.breakBefore && i > from) d += BREAK_COST;
  }
  if (passage.tokens[to]?.breakBefore === true) d += BREAK_COST;
  return d;
}

/** Whether a sentence has every one of the terms. */
function hasAll(at: ReadonlyMap<string, readonly number[]>, terms: readonly string[]): boolean {
  for (let i = 1; i < terms.length; i++) if (!at.has(terms[i] ?? "")) return false;
  return true;
}

/** A second sentence counts as a rival when it scores at least this share of the best one. */
const RIVAL_SHARE = 0.9;

/** A second place counts as a rival when it fits at least this share as well as the best one. */
const RIVAL_SPOT = 0.9;
/** How much a rival reading (another place of the sentence, or another sentence) lowers how sure the answer is. */
const AMBIGUOUS = 0.8;

/** What a break (a comma, a bracket) between two places adds to how far apart they are. */
const BREAK_COST = 4;

/** Whether a name the question gives, where the sentence writes it, is near a word the question gives. */
function near(
  passage: Passage,
  ids: readonly string[],
  marked: Uint8Array,
  given: ReadonlySet<string>,
): boolean {
  const { names } = passage;
  const mentions = names.filter((m) => ids.includes(m.id));
  // Named only as whom the sentence speaks of ("he", "we"): nothing to measure.
  if (mentions.length === 0) return true;
  const inside = (i: number) => mentions.some((m) => i >= m.from && i < m.to);
  let concept = false;
  for (let i = 0; i < marked.length; i++) if (marked[i] !== 0 && !inside(i)) concept = true;
  if (!concept) return true;
  // Only an article weighs nothing, and two never follow each other: a word more than twice NEAR
  // words away cannot be near, so only the words within that reach are looked at.
  const reach = 2 * NEAR + 2;
  for (const m of mentions) {
    for (let i = Math.max(0, m.from - reach); i < Math.min(marked.length, m.to + reach); i++) {
      if (marked[i] === 0 || inside(i)) continue;
      const from = i < m.from ? i + 1 : m.to;
      const to = Math.max(i, m.from);
      // Another name between them ("sanctions imposed over *Ankara's* purchase of Russian S-400s")
      // says the words are about that one.
      let other = false;
      for (const o of names) if (!given.has(o.id) && o.from >= from && o.to <= to) other = true;
      if (!other && between(passage, marked, from, to) <= NEAR) return true;
    }
  }
  return false;
}

/** Whether a record is a position of one of `ids` (its speaker, claimant or party). */
function speaks(ax: AnswerIndex, record: S400Record, ids: readonly string[]): boolean {
  return holdersOf(record).some((w) => ids.some((id) => w === id || ax.actsFor(w, id)));
}

/** A name the question gives as the owner of a noun ("Turkey's *president*", "the *president* of Turkey"). */
interface Tie {
  readonly ids: readonly string[];
  readonly noun: string;
}

function ownerTies(reading: Reading): Tie[] {
  const ties: Tie[] = [];
  const { words } = reading;
  const linkOf = (at: number) => {
    const term = stem(words[at] ?? "");
    return reading.links.find((l) => l.terms.includes(term));
  };
  words.forEach((word, i) => {
    let link: Link | undefined;
    let noun: string | undefined;
    if (reading.possessors.has(word)) {
      link = linkOf(i);
      noun = words[i + 1];
    } else if (word === "of" && i > 0) {
      link = linkOf(words[i + 1] === "the" ? i + 2 : i + 1);
      noun = words[i - 1];
    }
    if (link === undefined || noun === undefined || stopwords.has(noun) || WH.has(noun)) return;
    // A noun that is part of the name ("Turkey's defence industry") is not owned by it.
    if (link.terms.includes(stem(noun))) return;
    ties.push({ ids: link.ids, noun: stem(noun) });
  });
  return ties;
}

/** The one entity the tokens `[from, to)` are wholly a name of, as a spot; undefined if none. */
function namedRun(ax: AnswerIndex, passage: Passage, from: number, to: number): Spot | undefined {
  const id = ax.wholeNameOf(passage.tokens.slice(from, to).map((t) => t.term));
  return id === undefined ? undefined : { from, to, id };
}

/** Whether the sentence names the tie's owner within three words of its noun (or does not have the noun). */
function tied(ax: AnswerIndex, passage: Passage, tie: Tie): boolean {
  const nouns = passage.at.get(tie.noun);
  if (nouns === undefined) return true;
  return passage.names.some(
    (m) =>
      tie.ids.some((id) => m.id === id || ax.actsFor(m.id, id)) &&
      nouns.some((at) => (at >= m.to && at - m.to <= 3) || (at < m.from && m.from - at <= 3)),
  );
}

/** Where in the sentence the answer is, and how well it sits there (0..1). */
function spotIn(
  ax: AnswerIndex,
  reading: Reading,
  gap: Gap,
  sought: Sought,
  nouns: ReadonlySet<string>,
  passage: Passage,
  marked: Uint8Array,
  given: ReadonlySet<string>,
  owners: readonly string[],
  matches: ReadonlyMap<string, readonly number[]>,
): { spot: Spot; score: number; ambiguous?: true } | undefined {
  const { wanted } = reading;
  const { tokens } = passage;
  const fits = (spot: Spot) => {
    const entity = spot.id === undefined ? undefined : ax.entities.get(spot.id);
    if (entity === undefined || given.has(entity.id) || !fitsWanted(wanted, entity)) return false;
    // "Which *jets*…": a kind within the type, which the answer must be known by.
    if (wanted.kind === "entity" && wanted.subtype === true && !knownByNoun(ax, wanted, entity.id))
      return false;
    return owners.length === 0 || owners.some((o) => ax.tiesOf(entity.id).has(o));
  };
  const free = (s: Spot) => {
    for (let i = s.from; i < s.to; i++) if (marked[i] === 1) return false;
    return true;
  };
  // "What kind of *rights*…", "on what *terms*": the words right before the noun in the sentence;
  // "What *acquisition* led…": failing those, what the noun is of ("acquisition *of the S-400s*").
  if (sought === "words" || sought === "names") {
    for (const noun of nouns) {
      for (const at of passage.at.get(noun) ?? []) {
        let from = at;
        while (from > 0 && at - from < 4) {
          const t = tokens[from - 1];
          if (t === undefined || t.stop || BREAKS.has(t.word) || marked[from - 1] === 1) break;
          if (tokens[from]?.breakBefore === true) break;
          from--;
        }
        const run = named(passage, { from, to: at });
        if (from < at && (sought === "words" || fits(run))) return { spot: run, score: 1 };
        // "Whose *subterfuge*…" of "possible *Russian* subterfuge": the name right before the noun.
        const owner =
          sought === "names" ? passage.names.find((m) => m.to === at && m.from >= from) : undefined;
        if (owner !== undefined && fits(owner)) return { spot: owner, score: 1 };
        // ("*Whose* administration…" of "the incoming *Biden* administration": the noun may end a
        // name of its own, whose first words name the owner.)
        const within = sought === "names" ? passage.names.find((m) => m.from < at && at < m.to) : undefined;
        const inner = within === undefined ? undefined : namedRun(ax, passage, within.from, at);
        if (inner !== undefined && fits(inner)) return { spot: inner, score: 1 };
        if (tokens[at + 1]?.word === "of" && tokens[at + 1]?.breakBefore !== true) {
          const run = runsOf(passage, marked).find((r) => r.from > at + 1 && r.from <= at + 3);
          const spot = run === undefined ? undefined : named(passage, run);
          if (spot !== undefined && leadOf(passage, spot.from) === "of" && (sought === "words" || fits(spot)))
            return { spot, score: 1 };
        }
      }
    }
  }
  // The sentence has the noun asked about, but nothing next to it says which: a name elsewhere in
  // it is not the one asked for ("Which air defence systems…?" of "…procure air defence systems").
  let hasNoun = false;
  for (const noun of nouns) if (passage.at.has(noun)) hasNoun = true;
  if ((sought === "words" || sought === "names") && hasNoun) return undefined;
  let spots: Spot[];
  switch (sought) {
    case "date":
      spots = passage.dates.filter(
        (d) =>
          // "On what date…" is not answered by "earlier".
          (d.calendar === true || !(wanted.kind === "date" && wanted.exact === true)) &&
          (!(wanted.kind === "date" && wanted.year === true) ||
            tokens.slice(d.from, d.to).some((t) => /^[0-9]{4}$/.test(t.word))),
      );
      break;
    case "count": {
      // "three *other* employees" counts others, which only a question about others asks.
      const others = reading.words.some((w) => OTHERS.has(w));
      spots = passage.counts.filter((c) => others || !OTHERS.has(tokens[c.to]?.word ?? ""));
      break;
    }
    case "names":
      spots = passage.names.filter(fits);
      break;
    case "occasion":
      spots = runsOf(passage, marked).filter((r) => OCCASION_LEADS.has(leadOf(passage, r.from) ?? ""));
      break;
    default:
      // A lone participle ("sanctions *imposed* against…") says what was done, never what: no answer.
      spots = runsOf(passage, marked).filter(
        (r) => !(r.to - r.from === 1 && isParticiple(tokens[r.from]?.word ?? "")),
      );
      // "What did he call the sanctions?": what a thing is called follows a "to be" ("…is a misstep").
      if (reading.words.some((w) => NAMING.has(w)))
        spots = spots.filter((r) => COPULAS.has(leadOf(passage, r.from) ?? ""));
  }
  // The word the answer hangs on, where the sentence has it as written or through a synonym.
  // A name led to by a preposition the question fronts ("*From whom*…", "*From which* allies…") hangs
  // on whichever word asked about it stands next to; otherwise the answer hangs on the nearest one.
  const fronted = sought === "names" && gap.cue !== undefined && gap.cue === reading.words[0];
  let anchor: readonly number[] = [];
  for (const term of gap.anchors) {
    const at = matches.get(term);
    if (at !== undefined && at.length > 0) {
      anchor = fronted ? [...anchor, ...at] : at;
      if (!fronted) break;
    }
  }
  if (anchor.length === 0) return undefined;
  // "What did *Washington* agree to?": whom the question has act comes before the verb, as its
  // subject, where the sentence names it ("Turkish officials have agreed to a *US* proposal" does not).
  const actor = reading.actor;
  if (gap.after && actor !== undefined) {
    const named = passage.names.filter((m) => m.id === actor);
    if (named.length > 0 && !named.some((m) => anchor.some((a) => m.to <= a))) return undefined;
  }
  let best: { spot: Spot; score: number; ambiguous?: true } | undefined;
  let rival = 0;
  for (const spot of spots) {
    if (!free(spot)) continue;
    let distance = Number.POSITIVE_INFINITY;
    for (const a of anchor) {
      const d = gap.after
        ? spot.from > a
          ? between(passage, marked, a + 1, spot.from)
          : WRONG_SIDE + between(passage, marked, spot.to, a)
        : spot.to <= a
          ? between(passage, marked, spot.to, a)
          : WRONG_SIDE + between(passage, marked, a + 1, spot.from);
      distance = Math.min(distance, d);
    }
    if (distance > MAX_DISTANCE) continue;
    let score = 1 / (1 + 0.25 * distance);
    if (gap.cue !== undefined && sought !== "occasion")
      score *= leadOf(passage, spot.from) === gap.cue ? 1.5 : 0.6;
    const capped = Math.min(1, score);
    if (best === undefined || capped > best.score) {
      if (best !== undefined) rival = best.score;
      best = { spot: named(passage, spot), score: capped };
    } else if (capped > rival) rival = capped;
  }
  // Two places of one sentence that fit about as well ("the sanctions are *heavy*", "sanctions is *a
  // misstep*"): the sentence does not say which one is meant.
  if (best !== undefined && rival >= RIVAL_SPOT * best.score) return { ...best, ambiguous: true };
  return best;
}

/** A spot that is just a name is that entity. */
function named(passage: Passage, spot: Spot): Spot {
  if (spot.id !== undefined) return spot;
  const name = passage.names.find((m) => m.from === spot.from && m.to === spot.to);
  return name === undefined ? spot : { ...spot, id: name.id };
}

/** The span of the sentence a found answer covers, with its words as written. */
function spanOf(found: Found): SourceSpan {
  const { passage, spot } = found;
  const start = passage.tokens[spot.from]?.start ?? 0;
  const end = passage.tokens[spot.to - 1]?.end ?? start;
  return { sourceId: passage.source.id, start, end, exact: passage.source.text.slice(start, end) };
}

function answerOf(ax: AnswerIndex, found: Found, confidence: number): Answer {
  const { passage, spot } = found;
  const span = spanOf(found);
  const { start: from, end: to, exact } = span;
  const entity = spot.id === undefined ? undefined : ax.entities.get(spot.id);
  // A name asked for is answered by the entity's name; words that happen to be a name, as written.
  const text = entity !== undefined && found.sought === "names" ? entity.name : exact;
  const value: Value =
    entity !== undefined ? { kind: "entity", id: entity.id } : { kind: "string", value: exact };
  // The records that cite these words, the one citing the fewest other words first; else the sentence.
  const citing = passage.citing
    .map((record) => {
      let width = Number.POSITIVE_INFINITY;
      for (const s of record.provenance)
        if (s.sourceId === span.sourceId && s.start <= from && s.end >= to)
          width = Math.min(width, s.end - s.start);
      return { record, width };
    })
    .filter((c) => c.width !== Number.POSITIVE_INFINITY)
    .sort((a, b) => a.width - b.width)
    .slice(0, 5)
    .map((c): S400Record => c.record);
  const because: S400Record[] = citing.length > 0 ? citing : [passage.source];
  return deepFreeze({ text, value, because, evidence: [span], confidence });
}
