/** `answerIn(index, question)`: a short answer read from the typed records, with the records and the words that support it, or null. */
import { requireOptions, requireText } from "../arguments.js";
import { S400Error } from "../errors.js";
import { deepFreeze } from "../freeze.js";
import { type DatasetIndex, statementEntities } from "../indexes/dataset-index.js";
import type { Entity } from "../model/entity.js";
import type { S400Record } from "../model/record.js";
import type { Provenance, SourceSpan } from "../model/span.js";
import type { Predicate, Qualifier, Statement, Value } from "../model/statement.js";
import { entityWords, ownWords } from "../search/documents.js";
import { memoByText } from "../text/memo.js";
import { normalizeWords } from "../text/normalize.js";
import { auxiliaryVerbs, functionalPredicates, numberWords, predicatePhrasings } from "../text/relations.js";
import { searchTerms, cachedStem as stem } from "../text/terms.js";
import { oppositeLines, stopwords } from "../text/thesaurus.js";
import { type AnswerIndex, answerIndexOf, type Candidate } from "./answer-index.js";
import { type Extracted, extract } from "./extract.js";
import { formatDate } from "./format.js";
import {
  COPULAS,
  type Concept,
  fitsWanted,
  headOfTagged,
  isParticiple,
  isRelationWord,
  kinOf,
  knownByNoun,
  type Link,
  NEGATIONS,
  questionWords,
  type Reading,
  readQuestion,
} from "./question.js";
import { answerFromPassages } from "./read.js";
import type { Answer, AnswerOptions } from "./types.js";

export type { Answer, AnswerOptions } from "./types.js";

/** The longest question `answer()` reads, in characters: a question, not a document. */
export const MAX_QUESTION_LENGTH = 300;

const SYNONYM_FACTOR = 0.9;
const TYPO_WORD_FACTOR = 0.8;
const TYPO_NAME_FACTOR = 0.85;
const INFERRED_FACTOR = 0.85;
const POSITION_FACTOR = 0.9;
const RIVAL_FACTOR = 0.6;
const POSITIONS_RIVAL_FACTOR = 0.8;
/** How much a word found only in a qualifier's note counts, against one in the record's own statement. */
const NOTE_WEIGHT = 0.6;
/** How much more a record counts when it states the relation or the qualifier the question asks about. */
const RELATION_BOOST = 1.25;
/** A rival counts when it matches at least this share of the best record's score. */
const RIVAL_SHARE = 0.85;

interface Scored {
  readonly candidate: Candidate;
  readonly answer: Extracted;
  readonly score: number;
  readonly factor: number;
}

/**
 * The candidates that refer to every entity the question gives and carry every one of its concepts,
 * with how well: the sum over concepts of the best unit's weight × idf. Walks the postings of the
 * question's terms rather than every record.
 * The candidates' positions, in order; how well each is covered stays in `ax.scratch` until the
 * next call (`score`, `factor`, and `relation`: 1 where a concept was matched by the relation the
 * record states, its predicate's phrasings): no map of an object per candidate, nor a pair per entry
 * to walk it (0.7 kB of the 26 kB an answer allocated).
 */
function coveredCandidates(ax: AnswerIndex, reading: Reading, constraints: readonly Link[]): number[] {
  const { met, score, factor, relation, best, bestWeight, touched } = ax.scratch;
  const n = ax.candidates.length;
  met.fill(0);
  // `met[at]` counts the requirements (constraints, then concepts) candidate `at` has met so far.
  let round = 0;
  for (const link of constraints) {
    // A group is found where whom it acts for is: "Turkish officials" where Turkey says something.
    for (const named of link.ids) {
      for (const id of ax.forWhom(named)) {
        const posting = ax.entityPostings.get(id);
        if (posting === undefined) continue;
        for (let p = 0; p < posting.length; p++) {
          const at = posting[p] as number;
          if (met[at] === round) met[at] = round + 1;
        }
      }
    }
    // A description is also met by a record whose own words hold every word of it ("*NATO's
    // armaments*" of "no threat to NATO or its *armaments*"), whichever entity it was read as.
    const first =
      link.descriptive && link.terms.length > 0 ? ax.postings.get(link.terms[0] ?? "") : undefined;
    if (first !== undefined)
      for (let p = 0; p < first.length; p++) {
        const at = first[p] as number;
        if (met[at] === round && allIn(link.terms, (ax.candidates[at] as Candidate).terms))
          met[at] = round + 1;
      }
    round++;
  }
  score.fill(0);
  factor.fill(1);
  relation.fill(0);
  for (const concept of reading.concepts) {
    let count = 0;
    for (const unit of concept.units) {
      const { terms } = unit;
      const first = terms[0] ?? "";
      // Most units are one word: tested directly, with no closure per posting (the hottest loop of
      // answering, about a tenth of its time before), and no term looked up twice.
      const single = terms.length === 1;
      const posting = ax.postings.get(first);
      if (posting === undefined) continue;
      let idf = 0;
      if (single) idf = Math.max(0, ax.idf.get(first) ?? 1);
      else for (let k = 0; k < terms.length; k++) idf = Math.max(idf, ax.idf.get(terms[k] as string) ?? 1);
      const s = unit.weight * idf;
      for (let p = 0; p < posting.length; p++) {
        const at = posting[p] as number;
        if (met[at] !== round) continue;
        const candidate = ax.candidates[at] as Candidate;
        if (!single && !allIn(terms, candidate.terms)) continue;
        // A word only a qualifier's note has counts less than one the record states.
        const { noteTerms, relationTerms } = candidate;
        const noted = noteTerms.size > 0 && (single ? noteTerms.has(first) : someIn(terms, noteTerms));
        const here = noted ? s * NOTE_WEIGHT : s;
        if (best[at] === 0) {
          touched[count++] = at;
          bestWeight[at] = 0;
        }
        if (here > (best[at] ?? 0)) best[at] = here;
        // How sure the match is goes by the surest unit, even if a rarer synonym scores higher.
        if (unit.weight > (bestWeight[at] ?? 0)) bestWeight[at] = unit.weight;
        if (
          relation[at] === 0 &&
          relationTerms.size > 0 &&
          (single ? relationTerms.has(first) : allIn(terms, relationTerms))
        )
          relation[at] = 1;
      }
    }
    // An optional concept adds to the score of whom it matches, and requires nothing.
    const optional = concept.optional === true;
    for (let i = 0; i < count; i++) {
      const at = touched[i] ?? 0;
      score[at] = (score[at] ?? 0) + (best[at] ?? 0);
      const w = bestWeight[at] ?? 1;
      if (w < 1 && !optional) factor[at] = (factor[at] ?? 1) * (w >= 0.8 ? SYNONYM_FACTOR : TYPO_WORD_FACTOR);
      if (!optional) met[at] = round + 1;
      best[at] = 0;
    }
    if (!optional) round++;
  }
  const covered: number[] = [];
  for (let at = 0; at < n; at++) if (met[at] === round) covered.push(at);
  return covered;
}

// Loops, not `every`/`some` with a closure over the posting's candidate: one closure per posting was
// 1.7 kB of the 22 kB an answer allocated.
function allIn(terms: readonly string[], set: ReadonlySet<string>): boolean {
  for (let k = 0; k < terms.length; k++) if (!set.has(terms[k] as string)) return false;
  return true;
}
function someIn(terms: readonly string[], set: ReadonlySet<string>): boolean {
  for (let k = 0; k < terms.length; k++) if (set.has(terms[k] as string)) return true;
  return false;
}

const KIND_ORDER: Readonly<Record<S400Record["kind"], number>> = {
  statement: 1.1,
  event: 1.05,
  claim: 1,
  quote: 0.95,
  entity: 1,
  topic: 0,
  source: 0,
};

const POSITIONS = new Set(["claim", "quote"]);

// The search terms of an answer or a name, space-delimited for whole-word containment; texts recur
// across questions (names, claims), so each is tokenised once.
const keys = new Map<string, string>();
function keyOf(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    key = ` ${searchTerms(text).join(" ")} `;
    if (keys.size >= 10_000) keys.clear();
    keys.set(text, key);
  }
  return key;
}

/**
 * Whether an entity belongs to one of `owners`: a statement ties the two as its subject and object
 * (Çavuşoğlu is Turkey's foreign minister; the US officials speak for the US; the S-400 is called
 * "Russian"), or it speaks for the owner in a claim or quote.
 */
function belongsTo(ax: AnswerIndex, id: string | undefined, owners: readonly string[]): boolean {
  if (id === undefined) return false;
  const ties = ax.tiesOf(id);
  return owners.some((owner) => ties.has(owner));
}

/** Whether an answer fits a modifier of the question: it belongs to it, or is or acts for the side it names. */
function modifies(ax: AnswerIndex, id: string | undefined, link: Link): boolean {
  if (link.side !== true) return belongsTo(ax, id, link.ids);
  return id !== undefined && link.ids.some((side) => id === side || ax.actsFor(id, side));
}

/**
 * The terms of the question's subject, between its auxiliary and its verb ("What would *the jets* be
 * exposed to?"): a thing the question knows it by is what it is about. Empty when it has none.
 */
function subjectTerms(reading: Reading): readonly string[] {
  const { words } = reading;
  const aux = words.findIndex((w) => auxiliaryVerbs.has(w));
  // ("What could *point* the way…": no subject, the question word is it.)
  if (aux < 0 || !SUBJECT_STARTS.has(words[aux + 1] ?? "")) return NO_TERMS;
  let end = aux + 1;
  while (
    end < words.length &&
    !auxiliaryVerbs.has(words[end] ?? "") &&
    !BE_FORMS.has(words[end] ?? "") &&
    !isParticiple(words[end] ?? "")
  )
    end++;
  // "What is Trump's *party*?": after "is" with no verb of its own, the words are what is asked.
  if (BE_FORMS.has(words[aux] ?? "") && end >= words.length) return NO_TERMS;
  const terms: string[] = [];
  for (let i = aux + 2; i < end; i++) terms.push(stem(words[i] ?? ""));
  return terms;
}
const NO_TERMS: readonly string[] = [];
// The forms of "be" a subject follows ("What *would* the jets *be* exposed to?"); not "get", which the
// reading's passive test also counts.
const BE_FORMS = new Set(["is", "are", "was", "were", "be", "been"]);
const SUBJECT_STARTS = new Set(["the", "a", "an", "its", "their", "these", "those", "this", "that"]);

/** Whether the question's own words (not its linked names) hold every term of one of an entity's names. */
function spelt(ax: AnswerIndex, id: string, asked: ReadonlySet<string>): boolean {
  if (asked.size === 0) return false;
  return ax.nameRunsOf(id).some((run) => run.length > 1 && run.every((t) => asked.has(t)));
}

/** Whether two answers agree: the same entity, the same words, or one names the other ("F-35" in a claim about F-35 jets). */
function sameAnswer(a: Extracted, b: Extracted): boolean {
  if (a.value.kind === "entity" && b.value.kind === "entity") return a.value.id === b.value.id;
  const aText = keyOf(a.text);
  const bText = keyOf(b.text);
  if (aText === bText) return true;
  const names = (x: Extracted, text: string) =>
    x.entity !== undefined &&
    x.marks.some((m) => {
      const key = keyOf(m);
      return key !== "  " && text.includes(key);
    });
  return names(a, bText) || names(b, aText);
}

/** The spans of the records that carry the answer's words; all the first record's spans if none do. */
function evidenceOf(records: readonly S400Record[], answer: Extracted): Provenance {
  const marks = answer.marks.map(keyOf).filter((m) => m !== "  ");
  const spans: SourceSpan[] = [];
  for (const record of records) {
    if (!("provenance" in record)) continue;
    for (const span of record.provenance) {
      // The spans taken so far are few: a scan of them beats building and hashing a key per span.
      // (Loops, not `some` with closures over the span and its words: two closures per span, 0.3 kB
      // an answer.)
      let taken = false;
      for (let k = 0; k < spans.length && !taken; k++) {
        const s = spans[k] as SourceSpan;
        taken = s.sourceId === span.sourceId && s.start === span.start && s.end === span.end;
      }
      if (taken) continue;
      const words = keyOf(span.exact);
      let marked = false;
      for (let k = 0; k < marks.length && !marked; k++) marked = words.includes(marks[k] as string);
      if (marked) spans.push(span);
    }
  }
  // The spans found are a fresh array already: returned as they are, not destructured and copied
  // (0.2 kB an answer).
  if (spans.length > 0) return spans as unknown as Provenance;
  const first = records.find((r): r is Extract<S400Record, { provenance: Provenance }> => "provenance" in r);
  if (first === undefined) throw new S400Error("NOT_FOUND", "no record with provenance supports the answer");
  return first.provenance;
}

/**
 * Answers a question from a dataset's records, or returns null when the records do not answer it.
 * See `answer()` for what it reads and when it abstains.
 */
export function answerIn(index: DatasetIndex, question: string, options?: AnswerOptions): Answer | null {
  requireText(question, "question");
  if (question.length > MAX_QUESTION_LENGTH) {
    throw new S400Error(
      "INVALID_ARGUMENT",
      `question must be at most ${MAX_QUESTION_LENGTH} characters, got ${question.length}`,
      "question",
    );
  }
  const { minConfidence = 0.5 } = requireOptions(options);
  if (typeof minConfidence !== "number" || !(minConfidence >= 0 && minConfidence <= 1)) {
    throw new S400Error("INVALID_ARGUMENT", "minConfidence must be a number from 0 to 1", "minConfidence");
  }
  const ax = answerIndexOf(index);
  const found = answerQuestion(ax, question, minConfidence);
  if (found !== null) return found;
  // "when were the sanctions slapped on turkey, roughly?", "whats cavusoglu's job, foreign minister
  // right?": a short tag after the last comma checks or hedges what the question before it asks.
  // A tag that offers answers ("…, ministers or experts?") is met only by one of them.
  const tagged = headOfTagged(question);
  if (tagged === undefined) return null;
  const untagged = answerQuestion(ax, tagged.head, minConfidence / TAG_FACTOR);
  if (untagged === null) return null;
  if (tagged.tail.includes("or")) {
    const said = keyOf(untagged.text);
    const offers = tagged.tail
      .join(" ")
      .split(" or ")
      .map((offer) => searchTerms(offer));
    if (!offers.some((terms) => terms.length > 0 && terms.every((t) => said.includes(` ${t} `)))) return null;
  }
  return lessSure(untagged, TAG_FACTOR);
}
/** How much less sure an answer read without a question's closing tag is. */
const TAG_FACTOR = 0.9;

/** `answerIn` of a question already checked. */
function answerQuestion(ax: AnswerIndex, question: string, minConfidence: number): Answer | null {
  const reading = readQuestion(ax, question);
  const offered = alternativesOf(reading);
  if (offered !== undefined) return alternativeAnswer(ax, reading, offered, minConfidence);
  let found = contradicted(answerReadQuestion(ax, reading, minConfidence), reading) ?? swappedNo(ax, reading);
  if (found === null) found = allButOneAnswer(ax, reading, minConfidence, question);
  // "On what exact date were the sanctions announced?" asks for a day: a month is not one.
  if (found !== null && reading.wanted.kind === "date" && reading.wanted.day === true && !namesDay(found))
    return null;
  // "What was the date of the Wednesday Cavusoglu spoke on?": "a Wednesday in December 2020" only
  // gives back the weekday the question names.
  if (found !== null && reading.wanted.kind === "date" && repeatsWeekday(found, reading)) return null;
  if (found !== null && isYesNo(reading) && reading.words.some((w) => ONLY_WORDS.has(w)))
    return onlyAnswer(ax, found, reading);
  // "Has Turkey activated its S-400s?" asks yes or no: a record's words that say neither (a claim
  // about the purchase) are not an answer to it.
  if (found !== null && isYesNo(reading) && !saysYesOrNo(found)) return swappedNo(ax, reading);
  // "…before the Americans did?": whichever way it was read, the answer is someone else.
  const { besides } = reading;
  if (found !== null && besides !== undefined && found.value.kind === "entity") {
    const { id } = found.value;
    if (besides.some((other) => ax.actsFor(id, other))) return null;
  }
  return found;
}

/**
 * "Did Turkey buy the S-400s *from the US*?", "Did Turkey sign the contract *with the United
 * States*?": a yes/no question whose relation a statement states (in its predicate's words) of every
 * entity the question names but one, and that has, where that one would be, another entity of its
 * type that the question does not name, is answered "no" by that statement: the records say it was
 * someone else. Not of the one the question has act ("Did *Russia* sanction Turkey?": the records
 * do not say what Russia did), nor of a question that asks of a date, says "only" or is negated.
 */
function swappedNo(ax: AnswerIndex, reading: Reading): Answer | null {
  if (!isYesNo(reading) || reading.negated || reading.askedDate !== undefined) return null;
  if (reading.concepts.length === 0 || reading.words.some((w) => ONLY_WORDS.has(w))) return null;
  const { links } = reading;
  if (links.length < 2 || links.some((l) => l.ids.length !== 1 || l.descriptive)) return null;
  const named = links.map((l) => l.ids[0] ?? "");
  let best: { record: Statement; score: number } | undefined;
  for (const swapped of links) {
    const id = swapped.ids[0] ?? "";
    // "Did Russia sanction Turkey?": of one who acts, the records say only what others did.
    if (swapped.actor === true || swapped.subject === true || id === reading.actor) continue;
    const entity = ax.entities.get(id);
    if (entity === undefined) continue;
    const ats = coveredCandidates(
      ax,
      reading,
      links.filter((l) => l !== swapped),
    );
    for (const at of ats) {
      if (ax.scratch.relation[at] !== 1) continue;
      const candidate = ax.candidates[at] as Candidate;
      const { record } = candidate;
      if (record.kind !== "statement") continue;
      if ([...candidate.entities].some((other) => other === id || ax.actsFor(other, id))) continue;
      // (Who said so is no participant: "Has Biden commented on…?" is not answered by Cavusoglu's words.)
      const instead = statementEntities(record, notSaying).some((other) => {
        if (named.includes(other) || ax.actsFor(other, id) || ax.actsFor(id, other)) return false;
        return ax.entities.get(other)?.type === entity.type;
      });
      if (!instead) continue;
      // (The statement that covers the question best, in its own words before a synonym's: "buy" is
      // a purchase before it is a deal.)
      const score = (ax.scratch.score[at] ?? 0) * (ax.scratch.factor[at] ?? 1);
      if (best === undefined || score > best.score) best = { record, score };
    }
  }
  if (best === undefined) return null;
  const confidence = Math.round(FUNCTIONAL_NO_FACTOR * typoFactor(reading) * 1000) / 1000;
  return recordAnswer("No", { kind: "string", value: "no" }, best.record, best.record.provenance, confidence);
}

/**
 * A long question the records hold all of but for a word or two of paraphrase is answered without
 * them, less sure (×0.8 each way):
 * - In a question of `LONG_QUESTION_WORDS` words or more, a word no record, name or thesaurus entry
 *   knows ("Which country did the Turks *put pen to paper* with in April 2017…?") is left out,
 *   unless it is capitalised after the first word (a name the text does not give: "What did
 *   President *Erdogan* say…?"). In a shorter question such a word is as likely what makes it one
 *   the text does not answer ("What do the sanctions *prohibit*…?"), so it is kept.
 * - A question of `ALL_BUT_ONE_MIN` ideas or more whose ideas a record holds all but one of is
 *   answered by the records read without it ("cavusoglu *verdict* on sanctions political legal"),
 *   only when every idea so left out gives the same answer or none.
 * Never a word that says what is asked (from the question word to its verb: "*which city*", "what
 * was *the total value* of"), and not a yes/no question, where one idea left out can turn the
 * answer round.
 */
function allButOneAnswer(
  ax: AnswerIndex,
  reading: Reading,
  minConfidence: number,
  question: string,
): Answer | null {
  if (reading.wanted.kind === "unsupported" || isYesNo(reading)) return null;
  const { words } = reading;
  const wh = words.findIndex((w) => questionWords.has(w));
  const asked = new Set<string>();
  if (wh >= 0) {
    let i = wh + 1;
    if (COPULAS.has(words[i] ?? "")) i++;
    for (; i < words.length && !auxiliaryVerbs.has(words[i] ?? "") && words[i] !== "of"; i++)
      asked.add(stem(words[i] ?? ""));
  }
  const droppable = (c: Concept) =>
    c.optional !== true && !(c.units[0]?.terms ?? []).some((t) => asked.has(t));
  let base = reading;
  let factor = ALL_BUT_ONE_FACTOR;
  if (words.length >= LONG_QUESTION_WORDS) {
    const capitals = capitalisedTerms(question);
    const unknown = reading.concepts.filter(
      (c) =>
        droppable(c) &&
        !(c.units[0]?.terms ?? []).some((t) => capitals.has(t)) &&
        !c.units.some((u) => u.terms.every((t) => ax.knownTerm(t))),
    );
    if (unknown.length > 0 && unknown.length < reading.concepts.filter((c) => c.optional !== true).length) {
      base = { ...reading, concepts: reading.concepts.filter((c) => !unknown.includes(c)) };
      const direct = answerReadQuestion(ax, base, minConfidence / factor);
      if (direct !== null) return lessSure(direct, factor);
      factor *= ALL_BUT_ONE_FACTOR;
    }
  }
  const required = base.concepts.filter((c) => c.optional !== true);
  if (required.length < ALL_BUT_ONE_MIN) return null;
  let found: Answer | undefined;
  for (const dropped of required) {
    if (!droppable(dropped)) continue;
    const concepts = base.concepts.filter((c) => c !== dropped);
    const without = { ...base, concepts };
    // (A record must hold the rest at all, which the postings tell at a fraction of a reading's cost.)
    if (coveredCandidates(ax, without, NO_LINKS).length === 0) continue;
    const answer = answerReadQuestion(ax, without, minConfidence / factor);
    if (answer === null) continue;
    if (found !== undefined && found.text !== answer.text) return null;
    found ??= answer;
  }
  return found === undefined ? null : lessSure(found, factor);
}
/** The answer, `factor` times as sure. */
function lessSure(found: Answer, factor: number): Answer {
  const confidence = Math.round(found.confidence * factor * 1000) / 1000;
  return deepFreeze({ ...found, confidence } satisfies Answer);
}
/** The stems of the words capitalised after a question's first word: names, whether the text gives them or not. */
function capitalisedTerms(question: string): Set<string> {
  const terms = new Set<string>();
  question.split(/[^\p{L}\p{N}'-]+/u).forEach((token, i) => {
    if (i > 0 && /^\p{Lu}/u.test(token)) for (const w of normalizeWords(token)) terms.add(stem(w));
  });
  return terms;
}
/** How many words make a question long enough that a word no record knows is taken for paraphrase. */
const LONG_QUESTION_WORDS = 12;
const NO_LINKS: readonly Link[] = [];
/** Whether a qualifier is of what a statement says, not of who said it (`stated-by`). */
const notSaying = (qualifier: Qualifier) => qualifier.property !== "stated-by";
const ALL_BUT_ONE_MIN = 4;
const ALL_BUT_ONE_FACTOR = 0.8;

const ONLY_WORDS = new Set(["only", "sole", "alone", "solely"]);

/**
 * "Was Demir the only SSB official hit by the sanctions?": a yes says only that the one named was,
 * not that no one else was. Where the record that says yes names others in the same act (its
 * subject, object or other targets, of the type of the one named), the answer is no; otherwise
 * there is none, as the records do not say "only".
 */
function onlyAnswer(ax: AnswerIndex, found: Answer, reading: Reading): Answer | null {
  if (found.value.kind !== "string") return null;
  if (found.value.value !== "yes") return found.value.value === "no" ? found : null;
  const named = reading.links.flatMap((l) => l.ids);
  const record = found.because[0];
  if (record?.kind !== "statement" || named.length === 0) return null;
  const others: string[] = [];
  for (const q of record.qualifiers)
    if (q.property === "also-targets" && q.value.kind === "entity") others.push(q.value.id);
  // (…and the objects of the same act of the same subject: the US sanctions Demir, and three others.)
  for (const s of ax.index.dataset.statements)
    if (s.subject === record.subject && s.predicate === record.predicate && s.object.kind === "entity")
      others.push(s.object.id);
  for (let k = others.length - 1; k >= 0; k--) if (named.includes(others[k] ?? "")) others.splice(k, 1);
  const types = new Set(named.map((id) => ax.entities.get(id)?.type));
  const sameKind = others.filter((id) => {
    const type = ax.entities.get(id)?.type;
    // (Three other officials are a group of the people the question names one of.)
    return types.has(type) || (type === "group" && types.has("person"));
  });
  if (sameKind.length === 0) return null;
  return deepFreeze({ ...found, text: "No", value: { kind: "string", value: "no" } } satisfies Answer);
}

/** Whether an answer names a day: a date at day precision, or words with a day of a month ("Jan. 20"). */
function namesDay(found: Answer): boolean {
  if (found.value.kind === "date") return /^\d{4}-\d{2}-\d{2}$/.test(found.value.value);
  return found.value.kind === "string" && /\b\d{1,2}\b/.test(found.text) && /[a-z]/i.test(found.text);
}

/** Whether a date answer is a weekday the question names, in a month ("a *Wednesday* in December 2020"). */
function repeatsWeekday(found: Answer, reading: Reading): boolean {
  const weekday = /^an? (\p{L}+day) in /u.exec(found.text)?.[1]?.toLowerCase();
  return weekday !== undefined && reading.words.includes(weekday);
}

const isYesNo = (reading: Reading) => reading.wanted.kind === "open" && reading.wanted.yesNo === true;
const saysYesOrNo = (found: Answer) =>
  found.value.kind === "string" && (found.value.value === "yes" || found.value.value === "no");

/**
 * "Are the S-400s *compatible* with NATO systems?" of "…would be *incompatible*…": a yes read from a
 * record whose words hold the opposite (`oppositeLines`) of a word the question asks with, and not
 * that word itself, is a no. Other answers are returned as they are.
 */
function contradicted(found: Answer | null, reading: Reading): Answer | null {
  if (found === null || found.value.kind !== "string" || found.value.value !== "yes") return found;
  const record = found.because[0];
  if (record === undefined) return found;
  const terms = new Set<string>();
  for (const words of ownWordLists(record)) for (const w of words) terms.add(stem(w));
  const turned = reading.concepts.some((concept) => {
    const own = concept.units[0]?.terms ?? [];
    const other = oppositesOf(own);
    return (
      other !== undefined && !allIn(own, terms) && other.some((run) => run.length > 0 && allIn(run, terms))
    );
  });
  if (!turned) return found;
  return deepFreeze({ ...found, text: "No", value: { kind: "string", value: "no" } } satisfies Answer);
}

/** The two answers a question offers ("the US *or* Turkey", "a choice *or* a necessity"), each a name or a word. */
type Offered =
  | { readonly kind: "links"; readonly links: readonly [Link, Link] }
  | {
      readonly kind: "concepts";
      readonly concepts: readonly [Reading["concepts"][number], Reading["concepts"][number]];
      readonly words: readonly [string, string];
    };

const OFFER_ARTICLES = new Set(["a", "an", "the"]);

/**
 * The two answers a question offers with "or", right before and after it: two names ("Did *the US or
 * Turkey* make…", "…first, *Turkey or the US*?") or two words it asks with ("a *choice or* a
 * *necessity*"). Undefined when it offers none ("heavy or not", "whether…", one side not read).
 */
function alternativesOf(reading: Reading): Offered | undefined {
  const { words } = reading;
  const or = words.indexOf("or");
  if (or <= 0 || words.includes("whether")) return undefined;
  let right = or + 1;
  while (OFFER_ARTICLES.has(words[right] ?? "")) right++;
  if (right >= words.length || NEGATIONS.has(words[right] ?? "")) return undefined;
  const before = reading.links.find((l) => l.end === or);
  const after = reading.links.find((l) => l.at === right || l.at === or + 1);
  if (before !== undefined && after !== undefined && before !== after)
    return { kind: "links", links: [before, after] };
  if (before !== undefined || after !== undefined) return undefined;
  const conceptOf = (word: string) => {
    const term = stem(word);
    return reading.concepts.find((c) => c.units[0]?.terms.length === 1 && c.units[0]?.terms[0] === term);
  };
  const leftWord = words[or - 1] ?? "";
  const rightWord = words[right] ?? "";
  const left = conceptOf(leftWord);
  const other = conceptOf(rightWord);
  if (left === undefined || other === undefined || left === other) return undefined;
  return { kind: "concepts", concepts: [left, other], words: [leftWord, rightWord] };
}

/**
 * A question that offers two answers is answered by the one the records give, read as the question
 * without them: "Did the US or Turkey make the latest proposal?" as "Who made…?", "Who started the
 * talks, politicians or experts?" as "Who started the talks?". A yes/no question offering two words
 * ("Was the purchase a choice or a necessity?") is answered by the one word the records say yes to.
 * Null when the records give neither, or both.
 */
function alternativeAnswer(
  ax: AnswerIndex,
  reading: Reading,
  offered: Offered,
  minConfidence: number,
): Answer | null {
  const yesNo = isYesNo(reading);
  if (offered.kind === "links") {
    const [a, b] = offered.links;
    const rest: Reading = {
      ...reading,
      wanted: yesNo ? { kind: "agent" } : reading.wanted,
      links: reading.links.filter((l) => l !== a && l !== b),
      actor: undefined,
    };
    const found = answerReadQuestion(ax, rest, minConfidence);
    if (found === null || found.value.kind !== "entity") return null;
    const { id } = found.value;
    const offeredIds = [...a.ids, ...b.ids];
    return offeredIds.some((other) => other === id || ax.actsFor(id, other)) ? found : null;
  }
  const [left, right] = offered.concepts;
  // Asked of each word alone, the other dropped: "Was the purchase a necessity?", "…a choice?".
  const saysYes = (dropped: Reading["concepts"][number]) => {
    const found = answerReadQuestion(
      ax,
      {
        ...reading,
        wanted: { kind: "open", yesNo: true },
        concepts: reading.concepts.filter((c) => c !== dropped),
      },
      minConfidence,
    );
    return found !== null && found.value.kind === "string" && found.value.value === "yes" ? found : null;
  };
  const leftYes = saysYes(right);
  const rightYes = saysYes(left);
  if ((leftYes === null) !== (rightYes === null)) {
    const [yes, word] =
      leftYes !== null ? [leftYes, offered.words[0]] : [rightYes as Answer, offered.words[1]];
    return deepFreeze({ ...yes, text: word, value: { kind: "string", value: word } } satisfies Answer);
  }
  // Neither or both: a yes/no question is not answered; another is read with both words, as asked
  // ("s400 purchase choice or necessity" by the claim that holds both).
  return yesNo ? null : answerReadQuestion(ax, reading, minConfidence);
}

/** `answerIn` past its checks of the arguments: the question read, answered or not. */
function answerReadQuestion(ax: AnswerIndex, reading: Reading, minConfidence: number): Answer | null {
  if (reading.wanted.kind === "unsupported") return null;
  const otherThan =
    functionalNo(ax, reading) ??
    restatedYes(ax, reading) ??
    restatedRelation(ax, reading) ??
    datedYesNo(ax, reading, minConfidence);
  if (otherThan !== null) return otherThan;
  // "ssb boss?": a query that is only a description, with no question word, asks whom it describes.
  const only = reading.links[0];
  if (
    reading.links.length === 1 &&
    only !== undefined &&
    only.descriptive &&
    only.ids.length === 1 &&
    reading.concepts.length === 0 &&
    !reading.words.some((w) => questionWords.has(w))
  ) {
    const entity = ax.entities.get(only.ids[0] ?? "");
    if (entity !== undefined)
      return deepFreeze({
        text: entity.name,
        value: { kind: "entity", id: entity.id },
        because: [entity],
        evidence: entity.provenance,
        confidence: only.typo ? TYPO_NAME_FACTOR : 1,
      } satisfies Answer);
  }
  if (reading.wanted.kind === "open" && reading.concepts.length === 0) {
    const described = describedInName(ax, reading);
    if (described !== null) return described;
  }
  if (reading.wanted.kind === "count") {
    const counted = countInName(ax, reading, reading.wanted.counted) ?? countInTotal(ax, reading);
    if (counted !== null) return counted;
  }
  if (namesOfGroup(ax, reading) || asksSeveral(ax, reading)) return null;
  if (reading.links.length === 0 && reading.concepts.length === 0) return null;
  // "Whose chief was sanctioned?" asks whom a thing belongs to, which no record field holds unless
  // a qualifier is asked for by it ("whose proposal": who proposed it): the words of a sentence may
  // say it ("the incoming *Biden* administration").
  // ("Compatibility between the S-400 and *whose* weapons systems…": wherever "whose" stands.)
  // "Which country's *subterfuge* do US officials fear?": a type noun in the possessive with no
  // entity after it asks whose the nouns after it are, which a position's words may say in a name
  // or a demonym right before them ("possible *Russian* subterfuge").
  if (reading.wanted.kind === "entity" && reading.wanted.owner === undefined) {
    const at = reading.words.findIndex(
      (w, i) => i > 0 && questionWords.has(reading.words[i - 1] ?? "") && reading.possessors.has(w),
    );
    const owner = at > 0 ? whoseInPositions(ax, reading, at, minConfidence, true) : null;
    if (owner !== null) return owner;
  }
  const whose = reading.words.indexOf("whose");
  if (whose >= 0 && reading.asks === undefined && !isRelationWord(reading.words[whose + 1] ?? ""))
    return (
      whoseOwner(ax, reading, whose) ??
      answerFromPassages(ax, reading, minConfidence) ??
      whoseInPositions(ax, reading, whose, minConfidence) ??
      whoseInPositions(ax, reading, whose, minConfidence, true)
    );
  // A description may also be what the question asks about ("Who heads Turkey's procurement body?"):
  // when it yields no answer as the answer, it is read as given.
  const first = answerReading(ax, reading, minConfidence, true);
  if (isAnswer(first)) return first;
  // Read as given, a description with nothing else asked of it ("Who is the US president-elect?")
  // leaves only who else the records name beside it: no answer to the question.
  const bare = reading.concepts.length === 0;
  const noHints = first === NO_HINTS || (isUnsure(first) && first.noHints);
  const second = noHints || bare ? null : answerReading(ax, reading, minConfidence, false);
  if (isAnswer(second)) return second;
  // No record holds the answer as a field: the words of a sentence may still say it. Where the
  // records lean to an answer too unsure to give, a sentence must say the same, not overrule them.
  const read = answerFromPassages(ax, reading, minConfidence);
  const unsure = isUnsure(first) ? first : isUnsure(second) ? second : undefined;
  if (read === null && unsure === undefined) return oppositeAnswer(ax, reading, minConfidence);
  if (read === null || unsure === undefined) return read;
  return agrees(read, unsure.unsure) ? read : null;
}

/**
 * "Did Turkey turn down the US proposal?": a yes/no question the records answer "yes" with its word
 * turned into its opposite (`oppositeLines` of the thesaurus: "agreed to") is answered "no", by the
 * same records. Null when no word of the question has an opposite, or the opposite gets no "yes".
 */
function oppositeAnswer(ax: AnswerIndex, reading: Reading, minConfidence: number): Answer | null {
  if (reading.wanted.kind !== "open" || reading.wanted.yesNo !== true) return null;
  const { concepts } = reading;
  let turned = false;
  const opposite = concepts.map((concept) => {
    const own = concept.units[0]?.terms ?? [];
    const other = oppositesOf(own);
    if (other === undefined) return concept;
    turned = true;
    return { units: other.map((terms) => ({ terms, weight: 1 })) };
  });
  if (!turned) return null;
  const yes = answerReading(ax, { ...reading, concepts: opposite }, minConfidence, true);
  if (!isAnswer(yes) || yes.value.kind !== "string" || yes.value.value !== "yes") return null;
  return deepFreeze({ ...yes, text: "No", value: { kind: "string", value: "no" } } satisfies Answer);
}

// Each side of `oppositeLines` as runs of terms, with the other side, by each of its runs' first term.
let opposites:
  | Map<string, { readonly own: readonly string[]; readonly other: readonly (readonly string[])[] }[]>
  | undefined;
function oppositesOf(own: readonly string[]): readonly (readonly string[])[] | undefined {
  if (opposites === undefined) {
    const runs = (side: string) =>
      side
        .split(", ")
        .map((phrase) => searchTerms(phrase))
        .filter((terms) => terms.length > 0);
    opposites = new Map();
    for (const [a, b] of oppositeLines)
      for (const [side, other] of [
        [runs(a), runs(b)],
        [runs(b), runs(a)],
      ] as const)
        for (const run of side) {
          const list = opposites.get(run[0] ?? "") ?? [];
          list.push({ own: run, other });
          opposites.set(run[0] ?? "", list);
        }
  }
  // (A word may have opposites on more than one line: "agree" is "reject" and "differ".)
  let found: (readonly string[])[] | undefined;
  for (const entry of opposites.get(own[0] ?? "") ?? [])
    if (entry.own.length === own.length && entry.own.every((t, i) => own[i] === t))
      found = found === undefined ? [...entry.other] : [...found, ...entry.other];
  return found;
}

// Each predicate's phrasings as one set of terms, worked out once per predicate.
const phrasingTerms = new Map<Predicate, ReadonlySet<string>>();
/** The terms of the phrasings a question words a relation with (`predicatePhrasings`). */
function phrasingTermsOf(predicate: Predicate): ReadonlySet<string> {
  let terms = phrasingTerms.get(predicate);
  if (terms === undefined) {
    terms = new Set((predicatePhrasings[predicate] as readonly string[]).flatMap((p) => searchTerms(p)));
    phrasingTerms.set(predicate, terms);
  }
  return terms;
}

/** Whether one unit of a concept (its own words or a synonym) is wholly among `terms`. */
const conceptIn = (concept: Reading["concepts"][number], terms: ReadonlySet<string>) =>
  concept.units.some((u) => allIn(u.terms, terms));

const representsTerms = phrasingTermsOf("represents");
/** Whether the question asks whom someone acts for (a phrasing of `represents`). */
function asksWhomFor(reading: Reading): boolean {
  const { concepts } = reading;
  for (let c = 0; c < concepts.length; c++) {
    const { units } = concepts[c] as Reading["concepts"][number];
    for (let u = 0; u < units.length; u++) {
      const { terms } = units[u] as Reading["concepts"][number]["units"][number];
      for (let t = 0; t < terms.length; t++) if (representsTerms.has(terms[t] as string)) return true;
    }
  }
  return false;
}

/** Words that count two things together, as a number. */
const PAIR_WORDS: ReadonlyMap<string, number> = new Map([["both", 2]]);

/**
 * "Experts from how many countries…?" of the group named "Experts from *both* countries": the count
 * the name of an entity the question names gives of what is counted, as the name writes it.
 */
function countInName(ax: AnswerIndex, reading: Reading, counted: readonly string[]): Answer | null {
  if (counted.length === 0) return null;
  for (const link of reading.links) {
    if (link.ids.length !== 1) continue;
    const entity = ax.entities.get(link.ids[0] ?? "");
    if (entity === undefined) continue;
    const words = entity.name.split(/\s+/);
    for (let i = 0; i + 1 < words.length; i++) {
      const word = (words[i] ?? "").toLowerCase();
      const n = PAIR_WORDS.get(word) ?? numberWords.indexOf(word);
      if (n < 0) continue;
      // The number must count what the question counts: the word after it ("both *countries*").
      const next = searchTerms(words[i + 1] ?? "");
      if (!next.some((t) => counted.includes(t))) continue;
      const spans = entity.provenance.filter((span) => span.exact.toLowerCase().includes(word));
      const answer = recordAnswer(
        words[i] ?? word,
        { kind: "number", value: n },
        entity,
        spans,
        typoFactor(reading),
      );
      if (answer !== null) return answer;
    }
  }
  return null;
}

const FUNCTIONAL: ReadonlySet<string> = new Set(functionalPredicates);
// How sure a "no" read from one object at a time is: a step of reasoning past what the text says.
const FUNCTIONAL_NO_FACTOR = 0.85;

/**
 * "Is Biden a Republican?", "Is Demir the foreign minister?": a yes/no question of being that gives
 * its subject another object, or another holder, of a relation that holds of one at a time
 * (`functionalPredicates`) is answered "no", by the statement of whom it holds of. Null otherwise.
 */
function functionalNo(ax: AnswerIndex, reading: Reading): Answer | null {
  const { wanted, words } = reading;
  if (wanted.kind !== "open" || wanted.yesNo !== true || !COPULAS.has(words[0] ?? "")) return null;
  const links = [...reading.links].sort((x, y) => x.at - y.at);
  const [a, b, ...more] = links;
  if (a === undefined || b === undefined || more.length > 0 || a.descriptive) return null;
  if (a.ids.length !== 1 || b.ids.length !== 1 || a.ids[0] === b.ids[0]) return null;
  const first = ax.entities.get(a.ids[0] ?? "");
  const second = ax.entities.get(b.ids[0] ?? "");
  if (first === undefined || second === undefined) return null;
  // The question may name the relation ("the *head* of"), and then in its words only.
  const fits = (s: Statement) => reading.concepts.every((c) => conceptIn(c, phrasingTermsOf(s.predicate)));
  const functional = (s: Statement): s is Statement & { object: { kind: "entity"; id: string } } =>
    FUNCTIONAL.has(s.predicate) && s.object.kind === "entity" && fits(s);
  // "Is Trump *a Democrat*?": the subject's own one object of that type, where a statement gives it,
  // says no before anyone else's does (Biden's being a Democrat says nothing of Trump).
  const own = b.descriptive
    ? undefined
    : ax.index.dataset.statements.find((s) => {
        if (!functional(s) || s.subject !== first.id) return false;
        const object = ax.entities.get(s.object.id);
        return object !== undefined && object.id !== second.id && object.type === second.type;
      });
  const found =
    own ??
    ax.index.dataset.statements.find((s) => {
      if (!functional(s)) return false;
      // "Is Demir *the foreign minister*?": the description is of someone else of the same type, by
      // the relation its words name.
      if (b.descriptive)
        return (
          s.subject === second.id &&
          second.type === first.type &&
          b.terms.some((t) => phrasingTermsOf(s.predicate).has(t))
        );
      // "Is Cavusoglu *the chief of the SSB*?": the relation the question names holds of another of
      // the subject's type.
      const holder = ax.entities.get(s.subject);
      if (s.object.id === second.id && reading.concepts.length > 0)
        return holder !== undefined && holder.id !== first.id && holder.type === first.type;
      // "Is Biden *a Republican*?": the subject's one object of that type is another.
      const object = ax.entities.get(s.object.id);
      return (
        s.subject === first.id &&
        object !== undefined &&
        object.id !== second.id &&
        object.type === second.type
      );
    });
  if (found === undefined) return null;
  const confidence = Math.round(FUNCTIONAL_NO_FACTOR * typoFactor(reading) * 1000) / 1000;
  return recordAnswer("No", { kind: "string", value: "no" }, found, found.provenance, confidence);
}

/**
 * "Is Biden the president-elect?": a yes/no question of being that names one entity by a name and by
 * a description of it, and asks nothing more, is answered "yes", by the statement that names the
 * description's relation (else the entity). Null otherwise.
 */
function restatedYes(ax: AnswerIndex, reading: Reading): Answer | null {
  const { wanted, words, restated } = reading;
  if (wanted.kind !== "open" || wanted.yesNo !== true || restated === undefined) return null;
  if (!COPULAS.has(words[0] ?? "") || reading.concepts.length > 0 || reading.links.length !== 1) return null;
  const entity = ax.entities.get(restated.id);
  if (entity === undefined) return null;
  const statement = ax.index.dataset.statements.find(
    (s) => s.subject === entity.id && restated.terms.some((t) => phrasingTermsOf(s.predicate).has(t)),
  );
  const record = statement ?? entity;
  return recordAnswer(
    "Yes",
    { kind: "string", value: "yes" },
    record,
    record.provenance,
    typoFactor(reading),
  );
}

/**
 * "Whose foreign minister is Mevlut Cavusoglu?", "What is Cavusoglu foreign minister of?",
 * "Cavusoglu is minister of what?": a question that names one entity, asks whose or of what, and
 * asks nothing but a relation of it (by a description of the entity, or in words of its own), is
 * answered by the object of the one statement of that entity whose predicate the words name (Turkey).
 * Null when no one statement does, or the object is not of the type asked for.
 */
function restatedRelation(ax: AnswerIndex, reading: Reading): Answer | null {
  const { wanted, words, restated, links, concepts } = reading;
  if (wanted.kind !== "agent" && wanted.kind !== "entity" && wanted.kind !== "thing") return null;
  if (links.length !== 1) return null;
  // (Asked whose, or of what: "…minister *of*?", "…minister *of what*?", not "Who is…".)
  const whose = words.includes("whose");
  const ofWhat = words.at(-1) === "of" || (words.at(-2) === "of" && questionWords.has(words.at(-1) ?? ""));
  if (!whose && !ofWhat) return null;
  let id: string;
  let named: (terms: ReadonlySet<string>) => boolean;
  if (restated !== undefined && concepts.length === 0) {
    id = restated.id;
    named = (terms) => restated.terms.every((t) => terms.has(t));
  } else {
    const [link] = links;
    if (restated !== undefined || link === undefined || link.descriptive || link.ids.length !== 1)
      return null;
    // (Every word it asks with, optional or not: "minister" restates who Cavusoglu is, and names the relation.)
    if (concepts.length === 0) return null;
    id = link.ids[0] ?? "";
    named = (terms) => concepts.every((c) => conceptIn(c, terms));
  }
  const found = ax.index.dataset.statements.filter(
    (s) => s.subject === id && s.object.kind === "entity" && named(phrasingTermsOf(s.predicate)),
  );
  const [statement, ...more] = found;
  if (statement === undefined || more.length > 0 || statement.object.kind !== "entity") return null;
  const object = ax.entities.get(statement.object.id);
  if (object === undefined || (wanted.kind === "entity" && !fitsWanted(wanted, object))) return null;
  return recordAnswer(
    object.name,
    { kind: "entity", id: object.id },
    statement,
    statement.provenance,
    typoFactor(reading),
  );
}

// Of a position without "is": the share of its content words the question must hold.
const AFFIRMED_SHARE = 0.6;

/**
 * Whether a claim or quote says what a yes/no question asks: the question holds (in its words or
 * their synonyms) the word the position says its subject is ("is a *misstep*", "are an *attack*"), or,
 * with no "is", most of the position's words. "Did Turkey say the sanctions were legal?" does not hold
 * "misstep" of "Imposing sanctions is a misstep both politically and legally": no yes.
 */
function affirms(ax: AnswerIndex, record: S400Record, reading: Reading): boolean {
  if (record.kind !== "claim" && record.kind !== "quote") return false;
  const asked = new Set<string>();
  for (const concept of reading.concepts)
    for (const unit of concept.units) for (const t of unit.terms) asked.add(t);
  for (const link of reading.links) for (const t of link.terms) asked.add(t);
  const words = positionWords(record.text);
  const copula = words.findIndex((w) => COPULAS.has(w));
  if (copula >= 0) {
    // ("was *not* a choice *but* a necessity": what it is comes after the "but".)
    let after = words.slice(copula + 1);
    const but = after.indexOf("but");
    if (after[0] === "not" && but > 0) after = after.slice(but + 1);
    else if (after[0] === "not") return false;
    const head = after.find((w) => !stopwords.has(w));
    return head !== undefined && asked.has(stem(head));
  }
  const content = words.filter((w) => !stopwords.has(w)).map((w) => stem(w));
  if (content.length === 0) return false;
  if (content.filter((t) => asked.has(t)).length >= AFFIRMED_SHARE * content.length) return true;
  // Of a longer one, a phrase of it that the question says whole, names aside: "Turkey and the
  // United States *have started talks* to form…", "…and *negotiations began* at the level of experts".
  let phrase: string[] = [];
  for (const word of [...words, "."]) {
    if (!PHRASE_BREAKS.has(word) && /^[\p{L}\p{N}]/u.test(word)) {
      // (Adverbs aside too: "Turkey *naturally always* favors dialogue".)
      if (!stopwords.has(word) && !ax.isNameTerm(stem(word)) && !isAdverb(word)) phrase.push(stem(word));
      continue;
    }
    if (phrase.length >= 2 && phrase.every((t) => asked.has(t))) return true;
    phrase = [];
  }
  return false;
}
// A position's words, folded once per text (positions recur across questions).
const positionWords: (text: string) => readonly string[] = memoByText(normalizeWords);

const ADVERBS = new Set(["always", "never", "still", "also", "even", "just", "already", "again", "ever"]);
const isAdverb = (word: string) => ADVERBS.has(word) || (word.length > 4 && word.endsWith("ly"));

// Words that end a phrase of a position: conjunctions, prepositions and the starts of clauses.
const PHRASE_BREAKS = new Set([
  "and",
  "but",
  "so",
  "as",
  "because",
  "to",
  "that",
  "which",
  "who",
  "at",
  "in",
  "on",
  "of",
  "for",
  "with",
  "from",
  "over",
  "regarding",
  "about",
  "into",
  "by",
  "if",
  "while",
  "when",
]);

/**
 * "Did Turkey sign the S-400 contract in 2018?": a yes/no question of a date is answered by the date
 * the records give for the rest of it, read as "When did…?": "yes" where it falls in the year and
 * month asked, "no" where it does not (April 2017). Null when the records give no date for it.
 */
function datedYesNo(ax: AnswerIndex, reading: Reading, minConfidence: number): Answer | null {
  const asked = reading.askedDate;
  if (asked === undefined) return null;
  const when: Reading = { ...reading, wanted: { kind: "date" } };
  let found = answerReading(ax, when, minConfidence, true);
  if (!isAnswer(found)) found = answerReading(ax, when, minConfidence, false);
  if (!isAnswer(found) || found.value.kind !== "date" || found.value.value.includes("/")) return null;
  const [year, month] = found.value.value.split("-");
  if (asked.month !== undefined && month === undefined) return null;
  let same: boolean;
  if (asked.bound !== undefined) {
    // "Before 2018?" of April 2017: compared as year and month, at the precision both give. A date
    // in the month or year asked is neither before nor after it.
    if (asked.year === undefined || year === undefined) return null;
    const ask = Number(asked.year) * 12 + (asked.month ?? 1) - 1;
    const at = Number(year) * 12 + (asked.month === undefined ? 0 : Number(month) - 1);
    const askEnd = asked.month === undefined ? ask + 11 : ask;
    const atEnd = asked.month === undefined ? at + 11 : at;
    if (asked.bound === "before") same = atEnd < ask;
    else same = at > askEnd;
    if (!same && (asked.bound === "before" ? at < ask : atEnd > askEnd)) return null;
  } else
    same =
      (asked.year === undefined || asked.year === year) &&
      (asked.month === undefined || asked.month === Number(month));
  return deepFreeze({
    ...found,
    text: same ? "Yes" : "No",
    value: { kind: "string", value: same ? "yes" : "no" },
  } satisfies Answer);
}

/** Words that ask how something is described ("How is the missile shield *described*?"). */
const DESCRIBED = new Set([
  "describe",
  "describes",
  "characterize",
  "characterise",
  "characterised",
  "portray",
  "described",
  "called",
  "characterized",
  "termed",
  "labeled",
  "labelled",
  "portrayed",
]);

/**
 * "How is the Russian missile shield described?" of the S-400's name "state-of-art missile shield",
 * "How is Cavusoglu described?" of "Foreign Minister Mevlut Cavusoglu": the words the entity's
 * descriptive names add to its plain names and to the question's own words, as a name writes them.
 * A description in the question picks the names that share its noun. Null unless the question asks
 * how one entity is described and one such run of words is in every name that adds any.
 */
function describedInName(ax: AnswerIndex, reading: Reading): Answer | null {
  const [link, ...others] = reading.links;
  if (link === undefined || others.length > 0 || link.ids.length !== 1) return null;
  if (!reading.words.some((w) => DESCRIBED.has(w))) return null;
  const entity = ax.entities.get(link.ids[0] ?? "");
  const head = link.terms.at(-1);
  if (entity === undefined || head === undefined) return null;
  const own = new Set(link.terms);
  for (const alias of [
    entity.name,
    ...entity.aliases.filter((a) => a.kind !== "descriptive").map((a) => a.text),
  ])
    for (const t of searchTerms(alias)) own.add(t);
  const found: { text: string; alias: string }[] = [];
  for (const alias of entity.aliases) {
    if (alias.kind !== "descriptive") continue;
    if (link.descriptive && !searchTerms(alias.text).includes(head)) continue;
    // ("Turkey's Defence Industry Directorate": whose it is says nothing of how it is described.)
    const extra = alias.text.split(/\s+/).filter((w) => {
      const terms = searchTerms(w);
      return terms.length > 0 && !terms.every((t) => own.has(t)) && !/['’]s$/.test(w);
    });
    if (extra.length > 0) found.push({ text: extra.join(" "), alias: alias.text });
  }
  found.sort((a, b) => a.text.length - b.text.length);
  const [shortest] = found;
  if (shortest === undefined || !found.every((f) => keyOf(f.text).includes(keyOf(shortest.text))))
    return null;
  const spans = entity.provenance.filter((span) => found.some((f) => span.exact.includes(f.alias)));
  const inferred = "inferred" in entity && entity.inferred !== undefined;
  const confidence = (link.typo ? TYPO_NAME_FACTOR : 1) * (inferred ? INFERRED_FACTOR : 1);
  return recordAnswer(shortest.text, { kind: "string", value: shortest.text }, entity, spans, confidence);
}

/** Words that ask for a count of all, the ones named with the others included. */
const TOTAL_WORDS = new Set(["total", "altogether", "overall", "counting", "including", "all"]);
const PEOPLE_TERMS = new Set(["peopl", "person", "individu", "offici"]);
// How sure a count added up from the text is: a step of arithmetic past its words.
const TOTAL_FACTOR = 0.85;

/**
 * "How many SSB officials were sanctioned *in total*, counting its head?" of "SSB head Ismail Demir
 * and three other officials": a count of others ("three other … besides Demir") plus the people
 * named beside them, where the question asks for all. Null unless one statement of what the
 * question names gives such a count.
 */
function countInTotal(ax: AnswerIndex, reading: Reading): Answer | null {
  if (!reading.words.some((w) => TOTAL_WORDS.has(w))) return null;
  const given = new Set(reading.links.flatMap((l) => l.ids));
  if (given.size === 0) return null;
  for (const statement of ax.index.dataset.statements) {
    const count = statement.qualifiers.find((q) => q.property === "count" && q.value.kind === "number");
    if (
      count === undefined ||
      count.value.kind !== "number" ||
      !/\b(?:other|others|besides)\b/.test(count.note ?? "")
    )
      continue;
    if (![...given].every((id) => statementEntities(statement).includes(id))) continue;
    const named = statement.qualifiers.filter((q) => {
      if (q.property !== "also-targets" || q.value.kind !== "entity") return false;
      return ax.entities.get(q.value.id)?.type === "person";
    });
    if (named.length === 0) continue;
    // What is counted must be what the others are ("officials", "employees") or people at all: not
    // "How many countries…".
    const others = statement.qualifiers.find(
      (q) =>
        q.property === "also-targets" &&
        q.value.kind === "entity" &&
        ax.entities.get(q.value.id)?.type === "group",
    );
    const kinds = others?.value.kind === "entity" ? ax.kindTermsOf(others.value.id) : undefined;
    const linked = new Set(reading.links.flatMap((l) => l.terms));
    const counted = (reading.wanted.kind === "count" ? reading.wanted.counted : []).filter(
      (t) => !linked.has(t),
    );
    if (!counted.some((t) => PEOPLE_TERMS.has(t) || kinds?.has(t) === true)) continue;
    // The sanctions' words must be the question's: a count of whom the statement's act befell.
    if (!reading.concepts.some((c) => conceptIn(c, phrasingTermsOf(statement.predicate)))) continue;
    const n = count.value.value + named.length;
    const text = numberWords[n] ?? String(n);
    const otherSpans = statement.provenance.filter((span) => /\bother\b/.test(span.exact));
    const spans = otherSpans.length > 0 ? otherSpans : statement.provenance;
    const answer = recordAnswer(text, { kind: "number", value: n }, statement, spans, TOTAL_FACTOR);
    if (answer !== null) return answer;
  }
  return null;
}

/** A deeply frozen answer read from one record, with the spans that carry it; null when there are none. */
function recordAnswer(
  text: string,
  value: Answer["value"],
  record: S400Record,
  spans: readonly SourceSpan[],
  confidence: number,
): Answer | null {
  const [first, ...rest] = spans;
  if (first === undefined) return null;
  return deepFreeze({
    text,
    value,
    because: [record],
    evidence: [first, ...rest],
    confidence,
  } satisfies Answer);
}

/** How sure a reading's names are: less where one was a corrected typo. */
const typoFactor = (reading: Reading) => (reading.links.some((l) => l.typo) ? TYPO_NAME_FACTOR : 1);

/** A records answer below the confidence asked for: what the records lean to. */
interface Unsure {
  readonly unsure: Extracted;
  /** No description was read as asked for (see `NO_HINTS`). */
  readonly noHints: boolean;
}

const isUnsure = (r: Answer | Unsure | null | symbol): r is Unsure =>
  typeof r === "object" && r !== null && "unsure" in r;

const isAnswer = (r: Answer | Unsure | null | symbol): r is Answer =>
  typeof r === "object" && r !== null && !("unsure" in r);

/** Whether an answer read from a sentence says what the records lean to: the same entity, or the same words. */
function agrees(read: Answer, unsure: Extracted): boolean {
  if (read.value.kind === "entity" && unsure.value.kind === "entity")
    return read.value.id === unsure.value.id;
  const a = keyOf(read.text);
  const b = keyOf(unsure.text);
  return a.includes(b) || b.includes(a);
}

const NOTHING_DESCRIBED: ReadonlySet<string> = new Set();

/**
 * "What are the names of the three other officials?": the names of a group's members, which the
 * records do not hold (a group is named by what it is, never by its members' names).
 */
function namesOfGroup(ax: AnswerIndex, reading: Reading): boolean {
  const { words } = reading;
  const at = words.findIndex((w, i) => (w === "names" || w === "name") && words[i + 1] === "of");
  if (at < 0) return false;
  return reading.links.some(
    (link) =>
      link.complement === true &&
      !link.descriptive &&
      link.ids.every((id) => ax.entities.get(id)?.type === "group"),
  );
}

/**
 * The noun a what-question asks for a thing by ("On what *terms*…", "What *deal*…"), with its
 * synonyms, as terms: the word right after "what"/"which" when it is one of the question's concepts.
 */
function thingNounOf(reading: Reading): readonly string[] | undefined {
  if (reading.wanted.kind !== "thing") return undefined;
  const { words } = reading;
  const at = words.findIndex((w) => w === "what" || w === "which");
  // "On what *kind of* terms": the noun after it.
  const kind = KIND_WORDS.has(words[at + 1] ?? "") && words[at + 2] === "of";
  const word = at < 0 ? undefined : words[kind ? at + 3 : at + 1];
  if (word === undefined || stopwords.has(word)) return undefined;
  const term = stem(word);
  const own = reading.concepts.some((c) => c.units[0]?.terms.length === 1 && c.units[0]?.terms[0] === term);
  return own ? kinOf(term) : undefined;
}

/** The words of a cited span that join two entities' names with "and", if one does. */
function pairedInText(record: Statement, a: Entity, b: Entity): string | undefined {
  for (const span of record.provenance)
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const)
      for (const first of entityWords(x))
        for (const second of entityWords(y)) {
          const joined = `${first} and ${second}`;
          if (span.exact.includes(joined)) return joined;
        }
  return undefined;
}

const KIND_WORDS = new Set(["kind", "type", "sort"]);

// Whether a record's own words negate something, worked out once per record.
const negating = new WeakMap<S400Record, boolean>();
function negates(record: S400Record): boolean {
  let found = negating.get(record);
  if (found === undefined) {
    const texts = [...ownWords(record)];
    if (record.kind === "statement")
      for (const q of record.qualifiers) if (q.value.kind === "string") texts.push(q.value.value);
    // ("whether the sanctions are heavy *or not*" offers a choice; it negates nothing.)
    found = texts.some((t) =>
      normalizeWords(t).some((w, i, words) => NEGATIONS.has(w) && !(w === "not" && words[i - 1] === "or")),
    );
    negating.set(record, found);
  }
  return found;
}

// The terms of a reading's required concepts, worked out once per reading.
const askedOf = new WeakMap<Reading, Set<string>>();
// A record's own words, normalised once per record (records recur across questions).
const ownLists = new WeakMap<S400Record, readonly (readonly string[])[]>();
function ownWordLists(record: S400Record): readonly (readonly string[])[] {
  let lists = ownLists.get(record);
  if (lists === undefined) {
    lists = ownWords(record).map((text) => normalizeWords(text));
    ownLists.set(record, lists);
  }
  return lists;
}

/**
 * Whether a record's own words negate one of the question's ideas: a negation right before (at most
 * three words) a word the question asks with ("*unable to procure* air defence systems" of "Which
 * systems did Turkey want to buy?"), not one elsewhere ("not a choice but a *necessity*").
 */
function negatesAsked(record: S400Record, reading: Reading): boolean {
  if (!negates(record)) return false;
  let asked = askedOf.get(reading);
  if (asked === undefined) {
    asked = new Set<string>();
    for (const c of reading.concepts)
      if (c.optional !== true) for (const u of c.units) for (const t of u.terms) asked.add(t);
    askedOf.set(reading, asked);
  }
  for (const words of ownWordLists(record)) {
    for (let i = 0; i < words.length; i++) {
      if (!NEGATIONS.has(words[i] ?? "")) continue;
      for (let j = i + 1; j <= i + 3 && j < words.length; j++)
        if (asked.has(stem(words[j] ?? ""))) return true;
    }
  }
  return false;
}

/** Whether the words at `at` follow the question word and a form of "be" ("who is *the* …", "who's …"). */
function afterCopula(words: readonly string[], at: number): boolean {
  let i = at - 1;
  if (words[i] === "the") i--;
  // ("Who's" may come as "whos", or as "who" once the "'s" is dropped.)
  if (words[i] === "whos" || words[i] === "whats" || (i === 0 && questionWords.has(words[i] ?? "")))
    return i === 0;
  return BE_FORMS.has(words[i] ?? "") && questionWords.has(words[i - 1] ?? "") && i === 1;
}

/** Whether the question asks for two of something ("Which two countries…", "what both sides…"). */
function asksPair(reading: Reading): boolean {
  const { words } = reading;
  return words.some(
    (w, i) => (w === "which" || w === "what") && (words[i + 1] === "two" || words[i + 1] === "both"),
  );
}

const MANNER_NOUNS = new Set(["ways", "respects", "aspects", "senses"]);
/** Whether the question asks in what ways something is so, which may be two ("politically and legally"). */
function asksManners(reading: Reading): boolean {
  const { words } = reading;
  return (
    reading.wanted.kind === "thing" &&
    words.some((w, i) => (w === "which" || w === "what") && MANNER_NOUNS.has(words[i + 1] ?? ""))
  );
}

/** "X and Y" in a text, two single words joined by "and" that the question does not use, or undefined. */
function joinedPair(text: string, reading: Reading): string | undefined {
  const asked = new Set(reading.concepts.flatMap((c) => c.units.flatMap((u) => u.terms)));
  const words = text.split(/\s+/);
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i] !== "and") continue;
    const a = (words[i - 1] ?? "").replace(/[^\p{L}\p{N}-]/gu, "");
    const b = (words[i + 1] ?? "").replace(/[^\p{L}\p{N}-]/gu, "");
    const terms = [...searchTerms(a), ...searchTerms(b)];
    if (a === "" || b === "" || terms.length < 2 || terms.some((t) => asked.has(t))) continue;
    return `${a} and ${b}`;
  }
  return undefined;
}

/** The two entities of the wanted type the best statement that holds two ties: "Turkey and United States". */
function pairAnswer(
  ax: AnswerIndex,
  reading: Reading,
  scored: readonly Scored[],
  given: ReadonlySet<string>,
  minConfidence: number,
): Answer | null {
  // "In which two ways is it a misstep?": two words the answer's own text joins with "and"
  // ("both *politically and legally*"), neither of them the question's.
  if (reading.wanted.kind === "thing") {
    const best = scored[0];
    const joined = best === undefined ? undefined : joinedPair(best.answer.text, reading);
    if (best === undefined || joined === undefined) return null;
    const confidence = Math.round(best.factor * 1000) / 1000;
    if (confidence < minConfidence) return null;
    const found = {
      text: joined,
      value: { kind: "string", value: joined },
      inferred: false,
      marks: [joined],
    } as const;
    const because = [best.candidate.record];
    return deepFreeze({
      ...found,
      because,
      evidence: evidenceOf(because, found),
      confidence,
    } satisfies Answer);
  }
  for (const s of scored) {
    const { record } = s.candidate;
    if (record.kind !== "statement" || record.object.kind !== "entity") continue;
    const pair = [record.subject, record.object.id].map((id) => ax.entities.get(id));
    const [a, b] = pair;
    if (a === undefined || b === undefined || given.has(a.id) || given.has(b.id)) continue;
    if (!fitsWanted(reading.wanted, a) || !fitsWanted(reading.wanted, b)) continue;
    const confidence = Math.round(s.factor * 1000) / 1000;
    if (confidence < minConfidence) return null;
    const marks = [a, b].flatMap(entityWords);
    // In the text's own words where a cited span pairs them ("Turkey and the United States").
    const text = pairedInText(record, a, b) ?? `${a.name} and ${b.name}`;
    const answer: Answer = {
      text,
      value: { kind: "string", value: text },
      because: [record],
      evidence: evidenceOf([record], {
        text,
        value: { kind: "string", value: text },
        inferred: false,
        marks,
      }),
      confidence,
    };
    return deepFreeze(answer);
  }
  return null;
}

/**
 * "What are the *names* of…?", "Which *other* countries bought the S-400?", "Who *else*…?": several
 * answers, or others than the one the records hold, unless the question names whom "other" sets
 * apart ("Which other officials besides Demir…"): one answer from the records would not be it.
 */
function asksSeveral(ax: AnswerIndex, reading: Reading): boolean {
  const { words } = reading;
  if (words.includes("names")) return true;
  const other = words.some(
    (w, i) =>
      ((w === "which" || w === "what") && words[i + 1] === "other") ||
      ((w === "who" || w === "what") && words[i + 1] === "else"),
  );
  // ("In what other way…" asks for another thing than one the question gives.)
  if (!other || reading.wanted.kind === "thing") return false;
  return !reading.links.some((link) =>
    link.ids.some((id) => {
      const entity = ax.entities.get(id);
      return entity !== undefined && fitsWanted(reading.wanted, entity);
    }),
  );
}

/**
 * "Which *sector* of Turkey…": where the entity is not known by the noun asked with, the name of it
 * that ends with that noun or a synonym ("Turkey's defence *industry*"), less its owner, says it in
 * the noun's terms: "defence industry". Undefined when no name does, the noun already fits, or the
 * name that does only adds the noun to the entity's own ("F-35 jets").
 */
function nameByNoun(
  ax: AnswerIndex,
  wanted: Reading["wanted"],
  entity: Entity | undefined,
): string | undefined {
  if (
    wanted.kind !== "entity" ||
    wanted.noun === undefined ||
    wanted.kin === undefined ||
    entity === undefined
  )
    return undefined;
  if (ax.kindTermsOf(entity.id).has(wanted.noun)) return undefined;
  for (const alias of entity.aliases) {
    const bare = alias.text.replace(/^\S+['’]s\s+/, "");
    const terms = searchTerms(bare);
    const head = terms.at(-1);
    if (terms.length < 2 || head === undefined || !wanted.kin.includes(head)) continue;
    // ("Which aircraft…": "F-35 jets" only adds the noun to the name, which says it already.)
    if (searchTerms(entity.name).every((t) => terms.includes(t))) continue;
    return bare;
  }
  return undefined;
}

/**
 * A date cut to the year or month a question asks for ("In what year…" of 20 January 2021: 2021), or
 * undefined when it asks for neither or the date is no finer.
 */
function atPrecision(value: Value, wanted: Reading["wanted"]): Extract<Value, { kind: "date" }> | undefined {
  if (wanted.kind !== "date" || value.kind !== "date" || value.value.includes("/")) return undefined;
  const parts = wanted.year === true ? 1 : wanted.month === true ? 2 : 0;
  if (parts === 0 || value.value.split("-").length <= parts) return undefined;
  return { kind: "date", value: value.value.split("-").slice(0, parts).join("-") };
}

/**
 * Whether a statement's object, a text, holds every concept of the question ("Could the group help
 * lift the sanctions?" of `could-lead-to` "lifting the sanctions"): the act asked about is what the
 * statement's relation leads to, so the statement states it.
 */
function objectStates(record: S400Record, reading: Reading): boolean {
  if (record.kind !== "statement" || record.object.kind !== "string") return false;
  const terms = new Set(searchTerms(record.object.value));
  return reading.concepts.every((c) => c.optional === true || conceptIn(c, terms));
}

/**
 * "Whose administration did Cavusoglu hope would do the same?": the noun after "whose" is what one
 * entity is known by (the Biden administration), and a record that mentions it says the rest of the
 * question; whose it is, is the entity its own name holds (Biden), else the one entity a statement of
 * it ties it to. Null when the noun is no one entity's, no record says the rest, or the owner is
 * not one entity.
 */
function whoseOwner(ax: AnswerIndex, reading: Reading, whose: number): Answer | null {
  const { words } = reading;
  let head = whose + 1;
  while (
    head + 1 < words.length &&
    !stopwords.has(words[head + 1] ?? "") &&
    !auxiliaryVerbs.has(words[head + 1] ?? "")
  )
    head++;
  const term = stem(words[head] ?? "");
  if (term === "" || head === whose) return null;
  const id = ax.onlyKnownBy(term);
  if (id === undefined || reading.links.some((l) => l.ids.includes(id))) return null;
  const owned = ax.entities.get(id);
  if (owned === undefined) return null;
  // The rest of the question, with the noun and its modifiers read as the entity.
  const nouns = new Set(words.slice(whose + 1, head + 1).map((w) => stem(w)));
  const rest = reading.concepts.filter((c) => !c.units.some((u) => u.terms.every((t) => nouns.has(t))));
  const link: Link = {
    ids: [id],
    descriptive: true,
    typo: false,
    terms: [term],
    at: whose + 1,
    end: head + 1,
  };
  const said = coveredCandidates(ax, { ...reading, concepts: rest }, [...reading.links, link]);
  if (said.length === 0) return null;
  // Whose it is: an entity the owned one's name holds ("the *Biden* administration"), else the one
  // entity of a statement of it.
  const ties: { statement: Statement; object: string }[] = [];
  for (const s of ax.index.dataset.statements)
    if (s.subject === id && s.object.kind === "entity") ties.push({ statement: s, object: s.object.id });
  const holds = (object: string) =>
    ax.nameRunsOf(id).some((run) => ax.nameRunsOf(object).some((own) => own.every((t) => run.includes(t))));
  const inName = ties.filter((tie) => holds(tie.object));
  const [tie, ...others] = inName.length > 0 ? inName : ties;
  const owner = tie === undefined ? undefined : ax.entities.get(tie.object);
  if (tie === undefined || others.length > 0 || owner === undefined) return null;
  const confidence = Math.round(WHOSE_FACTOR * typoFactor(reading) * 1000) / 1000;
  return recordAnswer(
    owner.name,
    { kind: "entity", id: owner.id },
    tie.statement,
    tie.statement.provenance,
    confidence,
  );
}
// How sure a whose read through the entity a noun names is: a step of reasoning past the text.
const WHOSE_FACTOR = 0.85;

const NO_IDS: ReadonlySet<string> = new Set();

// A position's words as written, and the first term of each, split once per text.
const tokensOf = memoByText((text: string) => {
  const tokens = text.split(/\s+/);
  return { tokens, heads: tokens.map((t) => searchTerms(t)[0] ?? "") };
});

// The entities a position's words name, worked out once per position and index.
const namedInPositions = new WeakMap<AnswerIndex, WeakMap<object, ReadonlySet<string>>>();
function namedIn(ax: AnswerIndex, record: { readonly text: string }): ReadonlySet<string> {
  let byRecord = namedInPositions.get(ax);
  if (byRecord === undefined) {
    byRecord = new WeakMap();
    namedInPositions.set(ax, byRecord);
  }
  let named = byRecord.get(record);
  if (named === undefined) {
    named = new Set([...ax.names.spans(searchTerms(record.text))].flatMap((s) => s.values));
    byRecord.set(record, named);
  }
  return named;
}

/**
 * "Whose sovereign rights did Cavusoglu say were under attack?" of the claim "The sanctions are an
 * attack on *Turkey's* sovereign rights" (the sentence says "our"): the name a claim's or quote's
 * words put in the possessive right before the nouns asked about, in a position of whom the question
 * names. With `demonyms`, a word that is wholly a name counts too ("possible *Russian* subterfuge"),
 * and a name the position's words hold counts as given. As sure as the position's reading (×0.85
 * where its words are inferred). Null if none, if positions name different owners, or if the owner
 * is not of the type asked for.
 */
function whoseInPositions(
  ax: AnswerIndex,
  reading: Reading,
  whose: number,
  minConfidence: number,
  demonyms = false,
): Answer | null {
  const { words } = reading;
  const nouns: string[] = [];
  for (
    let i = whose + 1;
    i < words.length && !stopwords.has(words[i] ?? "") && !auxiliaryVerbs.has(words[i] ?? "");
    i++
  )
    nouns.push(stem(words[i] ?? ""));
  if (nouns.length === 0) return null;
  const given = new Set(reading.links.flatMap((l) => l.ids));
  const { claims, quotes } = ax.index.dataset;
  let found: { id: string; record: (typeof claims)[number] | (typeof quotes)[number] } | undefined;
  for (const record of [...claims, ...quotes]) {
    const holders: readonly (string | undefined)[] = [
      record.speaker,
      "claimant" in record ? record.claimant : record.onBehalfOf,
    ];
    // (Of a demonym, a name the position's words hold is given too: "…fear for *the F-35*".)
    const inText = demonyms ? namedIn(ax, record) : NO_IDS;
    const held = (id: string) =>
      holders.includes(id) || ax.tiesOf(id).has(holders[0] ?? "") || inText.has(id);
    if (![...given].every(held)) continue;
    const { tokens, heads } = tokensOf(record.text);
    for (let i = 0; i + nouns.length < tokens.length; i++) {
      const token = tokens[i] ?? "";
      const possessive = /['’]s$/.test(token);
      if (!possessive && !demonyms) continue;
      let same = true;
      for (let k = 0; k < nouns.length && same; k++) same = heads[i + 1 + k] === nouns[k];
      if (!same) continue;
      const terms = searchTerms(possessive ? token.slice(0, -2) : token);
      // ("…possible *Russian* subterfuge": a word that is wholly a name, a demonym, says whose too.)
      const whole = possessive ? undefined : ax.wholeNameOf(terms);
      const owners = possessive ? ax.names.find(terms) : whole === undefined ? [] : [whole];
      if (owners.length !== 1 || given.has(owners[0] ?? "")) continue;
      if (found !== undefined && found.id !== owners[0]) return null;
      found ??= { id: owners[0] ?? "", record };
    }
  }
  const entity = found === undefined ? undefined : ax.entities.get(found.id);
  if (found === undefined || entity === undefined) return null;
  if (reading.wanted.kind === "entity" && !fitsWanted(reading.wanted, entity)) return null;
  const inferred =
    "inferred" in found.record && found.record.inferred?.some((i) => i.about === "text") === true;
  const confidence = Math.round(POSITION_FACTOR * (inferred ? INFERRED_FACTOR : 1) * 1000) / 1000;
  if (confidence < minConfidence) return null;
  const value = { kind: "entity", id: entity.id } as const;
  return recordAnswer(entity.name, value, found.record, found.record.provenance, confidence);
}

/** What `answerReading` returns when it found no answer and read no description as asked for. */
const NO_HINTS = Symbol("no hints");

/**
 * Answers a question read, with descriptions as what is asked for (`hinted`) or as given. Without an
 * answer, says whether a description was read as asked for (null), so reading it as given may help.
 */
function answerReading(
  ax: AnswerIndex,
  read: Reading,
  minConfidence: number,
  hinted: boolean,
): Answer | Unsure | null | typeof NO_HINTS {
  // "Which country's defence agency was targeted?": the words after the possessive say which agency
  // is meant; whose it is, a statement of what it belongs to says, in words of its own.
  // The rest of the question only says which thing is meant ("…missile systems did *Ankara purchase*"):
  // the statement of whose it is need not name anyone else.
  const owned = read.wanted.kind === "entity" ? read.wanted.owner?.of : undefined;
  let reading =
    owned !== undefined
      ? { ...read, concepts: [], links: read.links.filter((l) => l.ids.length === 1 && l.ids[0] === owned) }
      : read;
  // Entities the question names are given, not asked for. One it only describes ("the SSB chief",
  // "the incoming president") is what a who/which question asks for, when its type fits: the answer
  // must then be that entity, read from a record that refers to every entity the question names.
  // In "Who said negotiations began at the level of experts?" a description is part of what was said.
  const quoting = reading.asksSpeaker;
  const asksFor = (link: Link) =>
    hinted &&
    link.descriptive &&
    link.complement !== true &&
    link.subject !== true &&
    link.source !== true &&
    !quoting &&
    link.ids.every((id) => {
      const entity = ax.entities.get(id);
      return entity !== undefined && fitsWanted(reading.wanted, entity);
    });
  // Of several descriptions, the one nearest the question word is asked for ("Washington sanctioned
  // Turkey's defence agency: who is *the chief* of it?"); the others are given.
  const wh = reading.words.findIndex((w) => questionWords.has(w));
  const fromWh = (link: Link) => (link.at >= wh ? link.at - wh : 1000 + wh - link.at);
  // (A description before the question word is what the question is about: "Washington sanctioned
  // Turkey's defence agency; who is the chief of it?")
  // (The first of the nearest, as the stable sort put it first before: no copy, sort and set of them,
  // 0.1 kB an answer.)
  let nearest: Link | undefined;
  for (const link of reading.links)
    if (asksFor(link) && link.at >= wh && (nearest === undefined || fromWh(link) < fromWh(nearest)))
      nearest = link;
  const hints = nearest === undefined ? [] : [nearest];
  const none = hints.length === 0 ? NO_HINTS : null;
  // "Which *Turkish* official…": the modifier is whom the answer belongs to, checked on the answer.
  const modifiers = reading.links.filter((link) => link.modifier && link !== nearest);
  const constraints = reading.links.filter((link) => link !== nearest && !link.modifier);
  const given = new Set<string>();
  for (const link of constraints) if (link.ids.length === 1) given.add(link.ids[0] ?? "");
  // "What did *Turkish officials* say yes to?": whom the one who acts speaks for is no answer either,
  // unless that is what is asked ("Whom do Turkish officials represent?").
  // (Whether it is asked is worked out only once a link acts: a walk of every synonym's terms, it
  // cost 2% of answering when done for every question.)
  let whomFor: boolean | undefined;
  for (const link of constraints)
    if (link.ids.length === 1 && (link.subject === true || link.actor === true)) {
      whomFor ??= asksWhomFor(reading);
      if (!whomFor) for (const id of ax.forWhom(link.ids[0] ?? "")) given.add(id);
    }
  for (const link of modifiers) if (link.ids.length === 1) given.add(link.ids[0] ?? "");
  // Most questions describe nothing they ask for: no set to build for them.
  const described: ReadonlySet<string> =
    hints.length === 0 ? NOTHING_DESCRIBED : new Set<string>(hints.flatMap((link) => link.ids));
  // The record must then say what the description says ("head of the SSB": head, SSB), so the
  // statement that states it answers, not only the entity whose name it is. A description that is
  // what the question asks who it is ("Who's *the incumbent president* being replaced?") names the
  // answer itself: a record that says only the rest of the question may answer.
  if (hints.length > 0 && reading.wanted.kind !== "name") {
    const concepts = [...reading.concepts];
    for (const link of hints) {
      const optional = afterCopula(reading.words, link.at);
      for (const term of link.terms)
        concepts.push(
          optional
            ? { units: [{ terms: [term], weight: 1 }], optional }
            : { units: [{ terms: [term], weight: 1 }] },
        );
    }
    reading = { ...reading, concepts };
  }
  const nameFactor =
    (reading.links.some((l) => l.typo) ? TYPO_NAME_FACTOR : 1) *
    (reading.links.some((l) => l.variant) ? SYNONYM_FACTOR : 1);

  let asked: Set<string> | undefined;
  const askedTerms = () => {
    if (asked === undefined) {
      asked = new Set<string>();
      for (const concept of reading.concepts) for (const t of concept.units[0]?.terms ?? []) asked.add(t);
    }
    return asked;
  };
  const whoseAsked = reading.words.includes("whose");
  const thingNoun = thingNounOf(reading);
  const subject = reading.wanted.kind === "thing" ? subjectTerms(reading) : NO_TERMS;
  const scored: Scored[] = [];
  const ats = coveredCandidates(ax, reading, constraints);
  for (let k = 0; k < ats.length; k++) {
    const at = ats[k] as number;
    // (Read where used, not gathered into an object per record: 0.1 kB an answer.)
    const covered = ax.scratch;
    const candidate = ax.candidates[at] as Candidate;
    const { record } = candidate;
    // "What could Turkey *not* get…?" is answered by a record that says what was not, not by one of what was.
    if (reading.negated && !negates(record)) continue;
    // …and "Which systems did Turkey buy from NATO?" not by one that says Turkey could not. (Who
    // says so is still whoever holds the record: "Who says the purchase was a necessity?")
    if (!reading.negated && reading.wanted.kind === "entity" && negatesAsked(record, reading)) continue;
    // "Whose administration…" asks whom a thing is of, which a statement says, not whoever holds a
    // position that names it.
    if (whoseAsked && POSITIONS.has(record.kind) && !reading.asksSpeaker) continue;
    const found = extract(ax, reading, record, given, described, candidate.entities);
    if (found === undefined) continue;
    // A long position answers a yes/no question only where it says yes or no to it.
    if (found.long === true && !affirms(ax, record, reading) && !negatesAsked(record, reading)) continue;
    if (
      found.entity !== undefined &&
      reading.besides?.some((id) => ax.actsFor(found.entity?.id ?? "", id)) === true
    )
      continue;
    // "Are the sanctions heavy?" is not answered by "opinions differ as to *whether* they are": a
    // position that leaves the question open says neither yes nor no.
    if (
      reading.wanted.kind === "open" &&
      reading.wanted.yesNo === true &&
      found.value.kind === "string" &&
      !reading.words.includes("whether") &&
      ownWordLists(record).some((words) => words.includes("whether"))
    )
      continue;
    // "Which month…" is answered by a date the records hold, not by words of a day ("Jan. 20").
    if (reading.wanted.kind === "date" && reading.wanted.month === true && found.value.kind !== "date")
      continue;
    if (modifiers.length > 0 && !modifiers.every((m) => modifies(ax, found.entity?.id, m))) continue;
    // The answer is not in the question: an entity whose whole name the question's own words spell
    // ("Presidency", "Defence", "Industries") is what it asks about, not what it asks for.
    if (
      found.entity !== undefined &&
      !described.has(found.entity.id) &&
      spelt(ax, found.entity.id, askedTerms())
    )
      continue;
    if (described.size > 0 && (found.entity === undefined || !described.has(found.entity.id))) continue;
    // "What would *the jets* be exposed to?": a thing the question's own words know it by (the F-35,
    // a jet) is what the question is about, not what it asks for.
    if (
      reading.wanted.kind === "thing" &&
      found.entity !== undefined &&
      !described.has(found.entity.id) &&
      subject.length > 0 &&
      subject.some((t) => ax.kindTermsOf(found.entity?.id ?? "").has(t))
    )
      continue;
    // The record of the entity described only repeats its own names: it answers "Who is the SSB
    // chief?", not "Who heads the procurement body?", which asks a relation of the entity described.
    if (record.kind === "entity" && described.has(record.id) && read.concepts.length > 0) continue;
    // A yes must come from the relation asked about, not from words the statement shares.
    if (reading.wanted.kind === "open" && found.value.kind === "string" && found.value.value === "yes") {
      if (reading.concepts.length > 0 && covered.relation[at] !== 1 && !objectStates(record, reading))
        continue;
      // ("Did Russia *buy* the S-400?" is not answered yes by Turkey's *deal* with Russia: of one who
      // is not the statement's subject, only the question's own word for the relation says yes.)
      if (
        reading.actor !== undefined &&
        record.kind === "statement" &&
        record.subject !== reading.actor &&
        (covered.factor[at] ?? 1) < 1
      )
        continue;
    }
    let weight = KIND_ORDER[record.kind];
    if (POSITIONS.has(record.kind)) weight *= reading.speech ? 1.3 : 0.9;
    // The record that states the asked relation, or has the qualifier asked for, says it outright.
    if (covered.relation[at] === 1) weight *= RELATION_BOOST;
    // "Which jets…": an answer known by the noun that named the type fits it best.
    const { wanted } = reading;
    // "On what *terms*…?", "What *kind* of rights…?": an entity answers a what-noun it is known by,
    // or one the record states as its relation ("What *acquisition*…?" of a purchase), not one that
    // only shares the question's other words.
    if (
      thingNoun !== undefined &&
      found.entity !== undefined &&
      !thingNoun.some((t) => candidate.relationTerms.has(t) || ax.kindTermsOf(found.entity?.id ?? "").has(t))
    )
      continue;
    if (wanted.kind === "entity" && wanted.noun !== undefined && found.entity !== undefined) {
      const known = knownByNoun(ax, wanted, found.entity.id);
      if (known) weight *= RELATION_BOOST;
      else if (wanted.subtype) continue;
    }
    if (
      reading.asks !== undefined &&
      record.kind === "statement" &&
      record.qualifiers.some((q) => q.property === reading.asks)
    )
      weight *= RELATION_BOOST;
    // A record about fewer other things states the answer more directly.
    const focus = 1 / (1 + 0.05 * Math.max(0, candidate.entities.size - given.size - 1));
    let factor = (covered.factor[at] ?? 1) * nameFactor;
    // An answer read from a record that rests on an inference is as sure as that inference.
    if (found.inferred || ("inferred" in record && record.inferred !== undefined)) factor *= INFERRED_FACTOR;
    if (record.kind === "claim" || record.kind === "quote") factor *= POSITION_FACTOR;
    scored.push({ candidate, answer: found, score: (1 + (covered.score[at] ?? 0)) * weight * focus, factor });
  }
  if (scored.length === 0) return none;
  // (A few records are sorted in place, stably as the sort does: it copied them first, 0.3 kB an
  // answer.)
  if (scored.length <= 16) {
    for (let k = 1; k < scored.length; k++) {
      const s = scored[k] as Scored;
      let at = k;
      for (; at > 0 && (scored[at - 1] as Scored).score < s.score; at--)
        scored[at] = scored[at - 1] as Scored;
      scored[at] = s;
    }
  } else scored.sort((a, b) => b.score - a.score);
  // "Which two countries…?" asks for a pair: a statement that ties two entities of the type answers.
  if (asksPair(reading)) return pairAnswer(ax, reading, scored, given, minConfidence) ?? none;
  // "In what *ways*…", "in which *respects*…": two words the answer joins, where it has them.
  if (asksManners(reading)) {
    const pair = pairAnswer(ax, reading, scored, given, minConfidence);
    if (pair !== null) return pair;
  }
  const best = scored[0] as Scored;
  const rival = scored.find((s) => !sameAnswer(s.answer, best.answer));
  let confidence = best.factor;
  if (rival !== undefined && rival.score >= RIVAL_SHARE * best.score) {
    // Several positions of one speaker may all answer "What did X call…"; two facts cannot both.
    const bothPositions =
      POSITIONS.has(best.candidate.record.kind) && POSITIONS.has(rival.candidate.record.kind);
    confidence *= bothPositions ? POSITIONS_RIVAL_FACTOR : RIVAL_FACTOR;
  }
  confidence = Math.round(confidence * 1000) / 1000;
  if (confidence < minConfidence) return { unsure: best.answer, noHints: none === NO_HINTS };

  const because: S400Record[] = [];
  for (const s of scored) {
    if (because.length >= 5) break;
    if (sameAnswer(s.answer, best.answer) && !because.includes(s.candidate.record))
      because.push(s.candidate.record);
  }
  // "Will the S-400 be integrated into NATO systems?" of "…would *not* be integrated…": the record
  // that answers says what is not so, which is a no (in the words of whoever holds it).
  const { wanted } = reading;
  const no =
    wanted.kind === "open" &&
    wanted.yesNo === true &&
    !reading.negated &&
    best.answer.value.kind === "string" &&
    best.answer.value.value !== "yes" &&
    // ("not a choice but a necessity" says no of a choice, not of a necessity.)
    negatesAsked(best.candidate.record, reading);
  // "Did Cavusoglu say the sanctions attack Turkey's sovereign rights?" of "The sanctions are an
  // *attack* on…": a position that says what the question asks, in its main word, is a yes.
  const yes =
    !no &&
    wanted.kind === "open" &&
    wanted.yesNo === true &&
    !reading.negated &&
    best.answer.value.kind === "string" &&
    best.answer.value.value !== "yes" &&
    POSITIONS.has(best.candidate.record.kind) &&
    !negatesAsked(best.candidate.record, reading) &&
    affirms(ax, best.candidate.record, reading);
  const dated = atPrecision(best.answer.value, wanted);
  const named = nameByNoun(ax, wanted, best.answer.entity);
  // "Where do the S-400s come from?", "From which country…" of "the Russian S-400": a word that is
  // wholly a name of an entity of the type asked for (a demonym) answers with that entity. ("Which
  // country's missiles…" asks whose they are, and keeps the text's own word, "Russian".)
  const { entity } = best.answer;
  const place =
    wanted.kind === "entity" &&
    wanted.owner === undefined &&
    best.answer.value.kind === "string" &&
    entity !== undefined &&
    fitsWanted(wanted, entity) &&
    ax.wholeNameOf(searchTerms(best.answer.value.value)) === entity.id
      ? entity
      : undefined;
  const answer: Answer = {
    text: no
      ? "No"
      : yes
        ? "Yes"
        : dated !== undefined
          ? formatDate(dated.value)
          : (named ?? place?.name ?? best.answer.text),
    value: no
      ? { kind: "string", value: "no" }
      : yes
        ? { kind: "string", value: "yes" }
        : place !== undefined
          ? { kind: "entity", id: place.id }
          : (dated ?? best.answer.value),
    because,
    evidence: evidenceOf(because, best.answer),
    // (The country for its adjective is a step past the words: as sure as an inference.)
    confidence: place === undefined ? confidence : Math.round(confidence * INFERRED_FACTOR * 1000) / 1000,
  };
  return deepFreeze(answer);
}
