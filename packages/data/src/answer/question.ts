/** Reading a question: the entities it names, the words it asks about, and the type of answer it wants. */
import type { Entity, EntityType } from "../model/entity.js";
import type { Predicate, QualifierProperty } from "../model/statement.js";
import { normalizeWords } from "../text/normalize.js";
import {
  agentNouns,
  answeredPositionNouns,
  auxiliaryVerbs,
  frameWords,
  type NamePart,
  subtypeNouns,
} from "../text/relations.js";
import { hasDigit } from "../text/stem.js";
import { cachedStem as stem, synonymExpansion } from "../text/terms.js";
import { stopwords } from "../text/thesaurus.js";
import { withinEdits } from "../text/typos.js";
import type { AnswerIndex } from "./answer-index.js";
import { questionTablesJSON } from "./bundled-question-tables.js";
import { foldedMonthNames } from "./format.js";
import type { QuestionTables } from "./question-tables.js";

/**
 * What a question wants back:
 * - `agent`: who did it (a person, group, body, organisation or country);
 * - `entity`: a thing of the named types ("which party", "what alliance");
 * - `thing`: what (something other than a person or country, or a plain value);
 * - `date`, `count`, `reason`: when, how many, why;
 * - `event`: what happened (an event, by its title);
 * - `occasion`: where or at what something was said ("Where did Cavusoglu say…", "At what meeting…");
 * - `name`: the entity's own name ("What does SSB stand for?");
 * - `open`: a statement of a position ("How did he describe…", "Will the S-400 be integrated…?"),
 *   or yes when a statement says just what a yes/no question asks ("Is Turkey a member of NATO?");
 * - `unsupported`: a kind of answer the dataset never holds (how much, how old, where).
 */
export type Wanted =
  | { readonly kind: "agent" }
  | {
      readonly kind: "entity";
      readonly types: readonly EntityType[];
      /** The noun that named the type, as a term ("jet" in "Which jets…"): an answer known by it fits best. */
      readonly noun?: string;
      /** The noun's term and its thesaurus synonyms ("aircraft": jet, fighter, warplane…): what an answer may be known by. */
      readonly kin?: readonly string[];
      /** The noun names a kind within the type (`subtypeNouns`): the answer must be known by it. */
      readonly subtype?: true;
      /**
       * The noun is in the possessive ("Which *country's* foreign minister…"): the answer is whose the
       * entity named right after it is (its id, once linked; undefined if none is).
       */
      readonly owner?: { readonly of: string | undefined };
    }
  | {
      readonly kind: "thing";
      /** "What *kind of* systems…": a kind is asked for, which an "instance of" statement names. */
      readonly kindOf?: true;
    }
  | {
      readonly kind: "date";
      /** "What year…": the answer must name a year, not only a day ("Jan. 20"), and is given as one. */
      readonly year?: true;
      /** "Which month…": the answer must be a date of the records, and is given as its month. */
      readonly month?: true;
      /** "On what date…", "When exactly…": a date, not only the bounds it falls within. */
      readonly exact?: true;
      /** "On what *exact* date…", "When *precisely*…": the day itself, not only its month or year. */
      readonly day?: true;
    }
  | { readonly kind: "event" }
  | { readonly kind: "occasion" }
  | {
      readonly kind: "count";
      /** The words of what is counted ("officials" in "How many officials…"), as terms. */
      readonly counted: readonly string[];
    }
  | { readonly kind: "reason" }
  | { readonly kind: "name"; readonly part: NamePart }
  | { readonly kind: "open"; readonly yesNo?: true }
  | { readonly kind: "unsupported" };

/** One idea of the question a record must carry: alternatives of terms, each with how sure a match is. */
export interface Concept {
  /** Each unit is a run of terms (all must be in the record) and the weight a match gets. */
  readonly units: readonly { readonly terms: readonly string[]; readonly weight: number }[];
  /**
   * Only synonyms of a phrase made of stopwords ("do the same": reciprocate, follow suit): a record
   * that has one of them counts for more, but none need have one.
   */
  readonly optional?: true;
}

/** An entity the question names: the ids its words could mean, and how it was found. */
export interface Link {
  readonly ids: readonly string[];
  /** Found through a description ("SSB chief") rather than a name: the entity may be the answer. */
  readonly descriptive: boolean;
  /** Found only after correcting a typo. */
  readonly typo: boolean;
  /** Found only through another name of an entity it contains ("American officials" → "US officials"). */
  readonly variant?: true;
  /**
   * Named inside the words that say what is wanted ("Which *Turkish* official…"): it says whom the
   * answer belongs to, not what the record must refer to.
   */
  readonly modifier?: true;
  /** The modifier names a side ("on the Russian side"): the answer is that entity or acts for it. */
  readonly side?: true;
  /** The entity the question has act, right after its first verb ("When did *Turkey* propose…?"). */
  readonly actor?: true;
  /**
   * The link is the subject of a verb of its own ("What would *the jets* be exposed to?", "What did
   * *the SSB chief* say?"): what is said of it, not what is asked for.
   */
  readonly subject?: true;
  /** Named after "of" ("the chief *of Turkey's defence agency*"): what the asked thing is of, so given. */
  readonly complement?: true;
  /** Named after "according to": whose words the answer is in, so given. */
  readonly source?: true;
  /** Where the link starts among the question's words, and the word after its last. */
  readonly at: number;
  readonly end: number;
  /** The question's terms the link covers. */
  readonly terms: readonly string[];
}

/** A question, read. */
export interface Reading {
  readonly wanted: Wanted;
  readonly links: readonly Link[];
  readonly concepts: readonly Concept[];
  /** The question asks who someone or something is ("Who is Ismail Demir?"): nothing beyond its entity. */
  readonly identity: boolean;
  /** The question asks what someone said or thinks ("What did X call…"): positions answer first. */
  readonly speech: boolean;
  /** "Who said…?": the speaker is asked for ("according to X" names the speaker instead). */
  readonly asksSpeaker: boolean;
  /** "Who was sanctioned?": the answer is what the relation is done to, not who does it. */
  readonly passive: boolean;
  /** The predicates the question names from their object's side ("sold" for `purchases`). */
  readonly converse: ReadonlySet<Predicate>;
  /** The qualifier the question asks for by name ("At what level…?" → `level`), if any. */
  readonly asks: QualifierProperty | undefined;
  /**
   * The entity the question has act ("When did *Trump* take office?"), unless the question is passive
   * or names the relation from its other side: the record must be that entity's act.
   */
  readonly actor: string | undefined;
  /**
   * The question asks what its actor did ("What did the US do to the SSB?") or how it responded
   * ("How did Turkey respond to the proposal?"): a statement answers with its act (`actPhrasings`).
   */
  readonly act: boolean;
  /**
   * Pairs of the question's content terms (names included) with one preposition between them, and
   * the preposition ("procure *from* NATO"): where a text may hold what a what-question leaves out
   * ("procure *air defence systems* from any NATO ally").
   */
  readonly adjacent: readonly (readonly [string, string, string])[];
  /** The question's words as read (folded, lead-in dropped, misspelt function words corrected). */
  readonly words: readonly string[];
  /** The question's words written in the possessive ("*Turkey's* president"), folded. */
  readonly possessors: ReadonlySet<string>;
  /** The question says what did not happen or is not so ("What could Turkey *not* get…?"). */
  readonly negated: boolean;
  /**
   * "Is Biden *the president-elect*?": the question names one entity twice, by a name and by a
   * description of it; the description's terms.
   */
  readonly restated?: { readonly id: string; readonly terms: readonly string[] };
  /** "Who proposed it *before the Americans did*?": entities the answer is other than. */
  readonly besides?: readonly string[];
  /** "Did Turkey sign the contract *in 2018*?": the year and month a yes/no question asks of (month 1–12). */
  readonly askedDate?: {
    readonly year?: string;
    readonly month?: number;
    /** "…*before* 2018?", "…*after* 2016?": the date must fall before or after the one asked, not in it. */
    readonly bound?: "before" | "after";
  };
}

// The word lists below come from the phrasings, worked out by the build (`question-tables.ts`):
// qualifiers a question asks for by their own name, or by their "whose" phrasings.
export const questionTables = JSON.parse(questionTablesJSON) as QuestionTables;
const askedPhrases = questionTables.askedPhrases;

// The single words a reason is asked with ("reason", "caused", "triggered"), not "why" or "because".
const reasonWords = new Set<string>(questionTables.reasonWords);

// Each phrase by its first word, with its property's place in `askedPhrases`: a question looks up only
// the phrases its own words start.
const askedByFirstWord = new Map<string, { readonly order: number; readonly phrase: readonly string[] }[]>();
askedPhrases.forEach(({ phrases }, order) => {
  for (const phrase of phrases) {
    const list = askedByFirstWord.get(phrase[0] ?? "") ?? [];
    list.push({ order, phrase });
    askedByFirstWord.set(phrase[0] ?? "", list);
  }
});

/** The first property of `askedPhrases` one of whose phrases the question's words hold. */
function askedIn(words: readonly string[]): (typeof askedPhrases)[number] | undefined {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < words.length; i++) {
    for (const { order, phrase } of askedByFirstWord.get(words[i] ?? "") ?? []) {
      if (order >= best) continue;
      let all = true;
      for (let j = 1; j < phrase.length; j++) if (words[i + j] !== phrase[j]) all = false;
      if (all) best = order;
    }
  }
  return askedPhrases[best];
}

const WEIGHT_WORD = 1;
/** The weight of a concept unit that is a thesaurus synonym of the question's word (its own word weighs 1, a near miss less). */
export const WEIGHT_SYNONYM = 0.8;
const WEIGHT_TYPO = 0.75;

const DATE_NOUNS = new Set(["date", "year", "month", "day", "time", "week", "weekday"]);
/** Words that ask what someone said; "How is X described?" (passive) asks what X is, not who said it. */
const DESCRIBING_WORDS = new Set([
  "describe",
  "described",
  "describes",
  "characterize",
  "characterized",
  "label",
  "labeled",
  "labelled",
  "term",
  "termed",
]);
const SPEECH_WORDS = new Set([
  // Judging is saying what something is ("deem the sanctions wrong").
  "deem",
  "deems",
  "deemed",
  "regarded",
  "judge",
  "judged",
  "respond",
  "responded",
  "response",
  "reply",
  "replied",
  "answer",
  "answered",
  "react",
  "reacted",
  "insist",
  "insists",
  "insisted",
  "stresses",
  "claims",
  "claimed",
  "argues",
  "argued",
  "warns",
  "believes",
  "believed",
  "calls",
  "announce",
  "announced",
  "announces",
  "warn",
  "warned",
  "stated",
  "say",
  "said",
  "says",
  "call",
  "called",
  "think",
  "thinks",
  "believe",
  "claim",
  "argue",
  "stress",
  "stressed",
  "view",
  "views",
  "stance",
  "opinion",
  "attitude",
  "according",
  // Speaking and being quoted ask who said it too ("Which Turkish minister *spoke* about the group?").
  "saying",
  "speak",
  "speaks",
  "spoke",
  "spoken",
  "speaking",
  "quoted",
  "commented",
  "remarked",
  // Declaring is saying; telling is, where whom it was told is not named (`TELLING`).
  "declare",
  "declares",
  "declared",
  "explained",
  "asserted",
  "maintains",
  "maintained",
  // "When did Cavusoglu make his *remarks*?": words said, asked of as saying them.
  "remarks",
  "comments",
]);
/**
 * "Who *told reporters* that…?" asks who said it; "Who *told the US* that…?" asks whom it was said
 * to as well, which no record gives: telling is saying only when no entity is whom it was told.
 */
const TELLING = new Set(["tell", "tells", "told", "telling"]);
const SEEING = new Set([
  "see",
  "sees",
  "saw",
  "seen",
  "regard",
  "regards",
  "consider",
  "considers",
  "considered",
]);
const GAP = "\u0000";
/** Nouns for where words were said ("At what *meeting*…"), and the words that ask about saying them. */
const OCCASION_NOUNS = new Set(["meeting", "occasion", "conference", "forum", "gathering", "session"]);
const SAYING_WORDS = new Set([
  ...SPEECH_WORDS,
  "speak",
  "spoke",
  "spoken",
  "speaking",
  "remark",
  "remarks",
  "comment",
  "comments",
  "discuss",
  "discussed",
  "statement",
  "statements",
  "announce",
  "announced",
]);
// Words of an occasion question that no quote need hold ("make his remarks", "kind of meeting").
const OCCASION_WORDS = new Set([...OCCASION_NOUNS, ...SAYING_WORDS, "make", "made", "kind", "sort", "type"]);
/** Words that negate what the question says. */
export const NEGATIONS: ReadonlySet<string> = new Set([
  "not",
  "never",
  "no",
  "unable",
  "cannot",
  "couldnt",
  "wouldnt",
  "didnt",
  "doesnt",
  "dont",
  "isnt",
  "wasnt",
  "wont",
  "cant",
]);

/** The positions of a phrase's words in the question, stopwords left out. */
function contentPositions(
  triggers: readonly string[],
  stems: readonly string[],
  rest: readonly string[],
): number[] {
  const at: number[] = [];
  for (let i = 0; i < stems.length; i++)
    if (triggers.includes(stems[i] ?? "") && !stopwords.has(rest[i] ?? "")) at.push(i);
  return at;
}

/** Nouns that lead to what they are of ("the *idea* of a working group"), saying nothing of their own. */
const LEADING_NOUNS = new Set([
  "idea",
  "notion",
  "concept",
  "prospect",
  "possibility",
  "thought",
  "decision",
]);

/** The one entity other than `id` that is known by both terms and tied to `id`, if there is one. */
function boundTo(ax: AnswerIndex, id: string, before: string, after: string): string | undefined {
  let found: string | undefined;
  for (const other of ax.tiesOf(id)) {
    const kinds = ax.kindTermsOf(other);
    if (other === id || !kinds.has(before) || !kinds.has(after)) continue;
    if (found !== undefined) return undefined;
    found = other;
  }
  return found;
}

const AGENT_NOUNS: ReadonlySet<string> = new Set(agentNouns);

/** Verbs of causing, before "to" ("led to") or "in" ("resulted in"). */
const CAUSING = new Set(["led", "leads", "lead", "resulted", "results", "result", "gave", "give"]);

/**
 * "*Is* Ismail Demir among those targeted…?": a yes/no question of being says what its first name
 * is, not who acts, unless a verb in "-ing" makes it an act ("Is Russia buying…?").
 */
function copular(words: readonly string[], wanted: Wanted): boolean {
  if (wanted.kind !== "open" || wanted.yesNo !== true || !COPULAS.has(words[0] ?? "")) return false;
  return !words.some((w) => w.length > 4 && w.endsWith("ing"));
}
/** The forms of "be" a question of being starts with, or asks after "who" or "what" ("*Is* Trump…?", "Who *is*…?"). */
export const COPULAS: ReadonlySet<string> = new Set(["is", "are", "was", "were"]);
const TIME_ORDER = new Set(["before", "after"]);
const SPAN_BREAKS = new Set(["before", "after", "than", "besides", "except", "versus", "vs"]);
/**
 * Whether a word between two of the question's words sets one thing against another (`SPAN_BREAKS`),
 * or is a verb: "Whose foreign minister *is* Mevlut Cavusoglu?" does not hold the name "Foreign
 * Minister Mevlut Cavusoglu", nor does any name run across "is", "did" or "has".
 */
function breaksBetween(words: readonly string[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const word = words[i] ?? "";
    if (SPAN_BREAKS.has(word) || auxiliaryVerbs.has(word)) return true;
  }
  return false;
}
const REGARDING = new Set(["regarding", "concerning"]);
const NAMING = new Set(["called", "named"]);
const WANTING = new Set(["want", "wants", "wanted", "wanting"]);
const ROLE_TIMES = new Set(["current", "present", "actual", "official", "exact", "formal"]);
const ROLE_NOUNS = new Set(["role", "job", "title", "post", "position", "status", "office"]);
const GETTING = new Set(["get", "gets", "got", "getting"]);
const NEEDING = new Set(["need", "needs", "needed"]);
const REGARD_NOUNS = new Set(["relation", "regard", "respect", "terms", "reference"]);
const CENTRE_NOUNS = new Set(["heart", "centre", "center", "core", "root"]);
const QUARREL_NOUNS = new Set(["dispute", "row", "controversy", "standoff", "spat", "feud", "quarrel"]);

/** Where the word that leads to the one at `at` stands, past a "the" ("*of* the SSB", "*before* the US"). */
const leadAt = (words: readonly string[], at: number) => (words[at - 1] === "the" ? at - 2 : at - 1);

/** Possessive pronouns: "*his* country", "*their* government". */
const PRONOUN_OWNERS = new Set(["his", "her", "its", "their", "our", "my"]);

/** Verbs of making what they name ("a proposal *to set up* a working group"): part of naming it. */
const MAKING_WORDS = new Set([
  "set",
  "setting",
  "form",
  "forming",
  "create",
  "creating",
  "establish",
  "establishing",
  "launch",
  "launching",
]);

/** Words that start a clause after a noun phrase ("the body *that* was sanctioned"). */
const CLAUSE_STARTS = new Set(["that", "which", "who", "whom", "whose", "when", "where"]);

/** Verbs that say whence something came ("come from"). */
const COMING = new Set(["come", "comes", "came", "coming"]);
/** Prepositions a relation may be phrased with ("against": opposes). */
const PREPOSITIONS = new Set(["against", "for", "from", "over", "with", "about", "on", "to", "by", "during"]);
const NAME_JOINS = new Set(["of", "the", "for", "on"]);
const QUESTION_WORDS = ["who", "whom", "whose", "what", "when", "where", "which", "why", "how"] as const;
/** The question words, as the reading folds them ("who's" → "whos"). */
export const questionWords: ReadonlySet<string> = new Set<string>([...QUESTION_WORDS, "whos", "whats"]);

const frame = new Set(frameWords);
const subtypes = new Set(subtypeNouns);
const responseWords = new Set(questionTables.responseWords);
const answeredNouns = new Set(answeredPositionNouns);
// Words a relation is asked with are content even where the search drops them ("Who makes the S-400?").
const relationWords = new Set(questionTables.relationWords);
/** Whether a word is one a relation is asked with ("head" of `head-of`): "Whose *head* is Demir?" asks its other end. */
export const isRelationWord = (word: string) => relationWords.has(word);
// The stopwords less the relation words, as one set: one lookup per word, not two.
const answerStopwords: ReadonlySet<string> = new Set(questionTables.answerStopwords);
// Words the search keeps but that say nothing a record must hold: prepositions of place among
// parties ("an ally *within* which alliance") and titles before a name ("*Mr* Çavuşoğlu").
// A contracted negation ("*won't* be integrated") is an auxiliary and a "not": `negated` reads it, and
// no record need hold the contraction itself.
const MORE_STOPWORDS = new Set([
  "within",
  "among",
  "amongst",
  "inside",
  "mr",
  "mrs",
  "ms",
  "dr",
  "sir",
  ...[...NEGATIONS].filter((w) => w.endsWith("nt") || w === "cannot"),
]);
const isStop = (word: string) => answerStopwords.has(word) || MORE_STOPWORDS.has(word);
const typeOfNoun: ReadonlyMap<string, readonly EntityType[]> = new Map(questionTables.typeOfNoun);
// "first name" before "name"
const namePhrasesMostSpecificFirst = questionTables.namePhrases;
const namePhraseStarts = new Set(
  namePhrasesMostSpecificFirst.flatMap(({ phrases }) => phrases.map((p) => p[0] ?? "")),
);

function runAt(words: readonly string[], run: readonly string[]): number {
  // Most phrases are not in most questions: look for their first word before walking.
  const start = words.indexOf(run[0] ?? "");
  if (start < 0) return -1;
  outer: for (let i = start; i + run.length <= words.length; i++) {
    for (let j = 0; j < run.length; j++) if (words[i + j] !== run[j]) continue outer;
    return i;
  }
  return -1;
}

/** An occasion is wanted: the words that ask for it ("make his remarks", "kind of meeting") are no concepts. */
function occasionAsked(words: readonly string[], skip: Set<number>): Wanted {
  words.forEach((w, i) => {
    if (OCCASION_WORDS.has(w)) skip.add(i);
  });
  return { kind: "occasion" };
}

/**
 * What the question wants, from its first words and the nouns after "which"/"what". The word that
 * names the answer's type ("Which Turkish *official*…") is added to `skip` and its position kept in
 * `noun`, so that it is not read as a name either.
 */
function wantedOf(words: readonly string[], skip: Set<number>, noun: { at?: number; from?: number }): Wanted {
  const has = (w: string) => words.includes(w);
  // Most questions hold no word a name phrase starts with: no phrase to walk for them.
  const namePhrase = words.some((w) => namePhraseStarts.has(w));
  for (const { part, phrases } of namePhrase ? namePhrasesMostSpecificFirst : []) {
    let found = false;
    for (const phrase of phrases) {
      const at = runAt(words, phrase);
      if (at < 0) continue;
      // "first name" asks for a part of a name: its words are not what the answer is about (nor
      // those of another phrase that asks the same: "spelled out *in full*").
      for (let i = at; i < at + phrase.length; i++) skip.add(i);
      found = true;
    }
    if (found) return { kind: "name", part };
  }
  // "What is the SSB's chief *called*?": what a thing is called is its name.
  if (
    words[0] === "what" &&
    COPULAS.has(words[1] ?? "") &&
    NAMING.has(words.at(-1) ?? "") &&
    words.length > 3
  ) {
    skip.add(words.length - 1);
    return { kind: "name", part: "full" };
  }
  const at = (w: string) => words.indexOf(w);
  const how = at("how");
  if (how >= 0) {
    const next = words[how + 1] ?? "";
    if (next === "many") {
      skip.add(how + 1);
      // What is counted: the words after "how many", up to the verb.
      const counted: string[] = [];
      for (let j = how + 2; j < words.length && !auxiliaryVerbs.has(words[j] ?? ""); j++) {
        if (stopwords.has(words[j] ?? "")) continue;
        counted.push(stem(words[j] ?? ""));
        // "How many *people*…": a noun for anyone is no word a record must have; the count's own
        // noun is checked against the type of what it counts (`countsWhat`).
        if (COUNTED_PEOPLE.has(words[j] ?? "")) skip.add(j);
      }
      return { kind: "count", counted };
    }
    if (["much", "old", "long", "far", "big", "large", "often"].includes(next))
      return { kind: "unsupported" };
  }
  if (has("what") && (has("happen") || has("happened") || has("happens"))) return { kind: "event" };
  const exact = has("exactly") || has("precisely");
  // ("On what *exact* date…": the day, which a month does not give.)
  const day = exact || has("exact") || has("precise");
  // ("What was Cavusoglu speaking at *when* he made the remarks?": a "when" after another question
  // word starts a clause; the question is the other word's.)
  const firstWh = words.findIndex((w) => (QUESTION_WORDS as readonly string[]).includes(w));
  const clauseWhen = firstWh >= 0 && words[firstWh] !== "when" && words.indexOf("when") > firstWh;
  if (has("when") && !clauseWhen) return day ? { kind: "date", exact: true, day: true } : { kind: "date" };
  if (has("why")) return { kind: "reason" };
  // "What was the reason for…", "What triggered the sanctions?": a word that names the reason.
  if ((has("what") || has("which")) && words.some((w) => reasonWords.has(w))) {
    // "Which *weapons* purchase triggered…": the type noun says what the reason is, not a word of it.
    const at = words.findIndex((w) => w === "which" || w === "what");
    for (
      let j = at + 1;
      j < words.length && !auxiliaryVerbs.has(words[j] ?? "") && !reasonWords.has(words[j] ?? "");
      j++
    )
      if (typeOfNoun.has(words[j] ?? "")) skip.add(j);
    return { kind: "reason" };
  }
  // "What *led to* the sanctions?", "What acquisition *led to*…": what did it is the cause; not "What
  // could the group lead to?", where an auxiliary makes it what follows.
  const whatAt = words.findIndex((w) => w === "what" || w === "which");
  if (whatAt >= 0) {
    for (let j = whatAt + 1; j <= whatAt + 3 && j + 1 < words.length; j++) {
      const w = words[j] ?? "";
      if (auxiliaryVerbs.has(w)) break;
      // ("…what *weapon* led to…" asks for the weapon: an entity, read below, of which "led to"
      // says only that it is the cause, no word a record must have.)
      if (typeOfNoun.has(w)) {
        for (let k = j + 1; k + 1 < words.length && k <= j + 6; k++) {
          const next = words[k] ?? "";
          if (auxiliaryVerbs.has(next)) break;
          if (CAUSING.has(next) && words[k + 1] === (next.startsWith("result") ? "in" : "to")) skip.add(k);
        }
        break;
      }
      if (CAUSING.has(w) && words[j + 1] === (w.startsWith("result") ? "in" : "to")) {
        skip.add(j);
        return { kind: "reason" };
      }
    }
  }
  // "What did the US sanction Turkey over?" asks what it was over: the reason.
  if (has("what") && words.at(-1) === "over") return { kind: "reason" };
  // "What is the relationship like?" asks how it is, as "How is the relationship?" does.
  if (has("what") && words.at(-1) === "like") return { kind: "open" };
  // "Where is the S-400 from?" asks for a country of origin; the dataset holds no other places.
  // "Where did Cavusoglu make his remarks?", "At what meeting did he speak?": where words were said.
  // "Where did the proposal come from, according to Cavusoglu?" asks whence, not where it was said.
  const whence = words.some(
    (w, i) => w === "from" && (COMING.has(words[i - 1] ?? "") || i === words.length - 1),
  );
  if (has("where") && whence) return { kind: "entity", types: ["country"] };
  if (has("where") && words.some((w) => SAYING_WORDS.has(w))) return occasionAsked(words, skip);
  if (has("where"))
    return words.at(-1) === "from" ? { kind: "entity", types: ["country"] } : { kind: "unsupported" };
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    if (w !== "which" && w !== "what" && w !== "whats") continue;
    // "What is *the exact date* Biden takes office?", "What was the year…": a date noun right after
    // "is the" names the answer, as "On what date…" does.
    if (COPULAS.has(words[i + 1] ?? "") && words[i + 2] === "the") {
      for (let k = i + 3; k < Math.min(words.length - 1, i + 5); k++) {
        const noun = words[k] ?? "";
        if (!DATE_NOUNS.has(noun)) continue;
        skip.add(k);
        if (noun === "year") return { kind: "date", year: true, exact: true };
        if (noun === "month") return { kind: "date", month: true, exact: true };
        return day ? { kind: "date", exact: true, day: true } : { kind: "date", exact: true };
      }
    }
    // "what kind of weapon", "which Russian weapon system": the type noun is in the words before the
    // verb ("did", "is", "could"…), which end the phrase that names the answer.
    // (Seven words: "which *state of the art* system", hyphens split, is still one phrase.)
    for (let j = i + 1; j < Math.min(words.length, i + 7); j++) {
      const word = words[j] ?? "";
      // ("…exposed to what, *according to* US officials?": whose words, not the answer's type.)
      if (
        auxiliaryVerbs.has(word) ||
        (QUESTION_WORDS as readonly string[]).includes(word) ||
        word === "according"
      )
        break;
      if (DATE_NOUNS.has(word)) {
        skip.add(j);
        // "Which day *of the week*": the rest of the phrase names the date asked for too.
        const of = words[j + 1] === "of" ? (words[j + 2] === "the" ? j + 3 : j + 2) : -1;
        if (of > 0 && DATE_NOUNS.has(words[of] ?? "")) skip.add(of);
        // "In what *month and year*…": both name the date asked for.
        const and = words[j + 1] === "and" && DATE_NOUNS.has(words[j + 2] ?? "") ? j + 2 : -1;
        if (and > 0) skip.add(and);
        // "Which month…", "On what date…": a date, not bounds.
        if (word === "year") return { kind: "date", year: true, exact: true };
        if (word === "month" && words[j + 1] !== "and") return { kind: "date", month: true, exact: true };
        if (day) return { kind: "date", exact: true, day: true };
        return exact || word !== "time" ? { kind: "date", exact: true } : { kind: "date" };
      }
      // "What kind of system is the S-400?" asks what it is, whatever its type.
      if ((word === "kind" || word === "sort" || word === "type") && typeOfNoun.has(words[j + 2] ?? "")) {
        skip.add(j + 2);
        return { kind: "thing", kindOf: true };
      }
      if (OCCASION_NOUNS.has(word)) return occasionAsked(words, skip);
      // "During what *event* did Cavusoglu say…": an event where words were said is their occasion.
      if (word === "event" && words.some((w) => SAYING_WORDS.has(w))) {
        skip.add(j);
        return occasionAsked(words, skip);
      }
      // "Which *part of* Turkey's *economy*…": a part of an economy is a sector.
      const economy = word === "part" && words[j + 1] === "of" ? words.indexOf("economy", j + 2) : -1;
      if (economy > 0 && economy <= j + 4) {
        // (The words between name whose economy it is: they stay to be read.)
        skip.add(j);
        skip.add(economy);
        noun.at = j;
        noun.from = i;
        const term = stem("sector");
        return { kind: "entity", types: typeOfNoun.get("sector") ?? [], noun: term, kin: kinOf(term) };
      }
      // ("*state* of the art" is no state.)
      const types = word === "state" && words[j + 1] === "of" ? undefined : typeOfNoun.get(word);
      if (types !== undefined) {
        skip.add(j);
        noun.at = j;
        noun.from = i;
        const term = stem(word);
        const kin = kinOf(term);
        return subtypes.has(word)
          ? { kind: "entity", types, noun: term, kin, subtype: true }
          : { kind: "entity", types, noun: term, kin };
      }
    }
  }
  if (has("who") || has("whom") || has("whose") || has("whos")) return { kind: "agent" };
  if (has("how")) return { kind: "open" };
  if (has("what") || has("which") || has("whats")) return { kind: "thing" };
  if (auxiliaryVerbs.has(words[0] ?? "")) return { kind: "open", yesNo: true };
  // "according to turkey *do* the s400s pose a threat…": a yes/no question after whom it asks of.
  if (words[0] === "according" && words[1] === "to") {
    const aux = words.findIndex((w, i) => i > 2 && i <= 6 && auxiliaryVerbs.has(w));
    if (aux > 0 && !words.some((w) => questionWords.has(w))) return { kind: "open", yesNo: true };
  }
  // "trump's political party?": no question word, but a last noun that names the type asked for.
  const last = words.length - 1;
  const lastTypes =
    last > 0 && !DATE_NOUNS.has(words[last] ?? "") ? typeOfNoun.get(words[last] ?? "") : undefined;
  if (lastTypes !== undefined && !words.some((w) => questionWords.has(w))) {
    skip.add(last);
    noun.at = last;
    // The word right before the noun describes it ("*political* party"), unless it names a relation
    // ("s400 *supplier* country").
    const before = words[last - 1] ?? "";
    if (!CONVERSE_WORDS.has(before) && !relationWords.has(before)) noun.from = last - 2;
    const term = stem(words[last] ?? "");
    return { kind: "entity", types: lastTypes, noun: term, kin: kinOf(term) };
  }
  // "SSB head?", "S-400 seller": no question word, but a last noun for whoever holds a relation's end.
  if (last > 0 && AGENT_NOUNS.has(words[last] ?? "") && !words.some((w) => questionWords.has(w)))
    return { kind: "agent" };
  // "biden inauguration date", "date of the sanctions": no question word, but a noun that asks for a date.
  const dated = words.findIndex((w) => DATE_NOUNS.has(w) && w !== "time");
  if (dated >= 0) {
    skip.add(dated);
    return words[dated] === "year" ? { kind: "date", year: true } : { kind: "date" };
  }
  return { kind: "thing" };
}

const OBJECT_NOUNS = new Set(["target", "targets", "victim", "victims", "recipient", "object"]);
const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "get", "got"]);
const IRREGULAR_PARTICIPLES = new Set([
  "sold",
  "bought",
  "made",
  "hit",
  "built",
  "led",
  "given",
  "taken",
  "done",
  "held",
]);

/** "Who was sanctioned…?", "Which jets would be exposed?": a form of "be" before a participle, with no "by". */
const CONVERSE_WORDS: ReadonlyMap<string, Predicate> = new Map(questionTables.converseWords);

/** The predicates a question names by a converse word (see `conversePhrasings`). */
function conversesIn(words: readonly string[]): ReadonlySet<Predicate> {
  // (A set only once a converse word is found, the words before a "to" only after one: most
  // questions have none: 0.1 kB of the 20 kB an answer allocated.)
  let found: Set<Predicate> | undefined;
  words.forEach((word, at) => {
    const predicate = CONVERSE_WORDS.get(word);
    if (predicate === undefined) return;
    // "Who was it sold to?" asks for whom it went to: the relation's own subject again.
    // ("What did Turkey sell to Russia?" has a seller, and reads it the other way round.)
    const sentTo = words[at + 1] === "to" && words.slice(0, at).some((w) => BE.has(w));
    if (sentTo) return;
    found ??= new Set();
    found.add(predicate);
  });
  return found ?? NO_PREDICATES;
}
const NO_PREDICATES: ReadonlySet<Predicate> = new Set();

/** Whether a word is a past participle: "sanctioned", "sold". */
export const isParticiple = (word: string) =>
  (word.endsWith("ed") && word.length > 4) || IRREGULAR_PARTICIPLES.has(word);

const DETERMINERS = new Set(["the", "a", "an", "its", "their", "main", "his", "her"]);
/** Participles that take an infinitive of the subject's own act ("prepared *to* take steps"). */
const INFINITIVE_PARTICIPLES = new Set([
  "prepared",
  "supposed",
  "expected",
  "forced",
  "obliged",
  "compelled",
  "scheduled",
  "determined",
  "poised",
  "slated",
  "committed",
]);

function isPassive(words: readonly string[]): boolean {
  if (words.includes("by")) return false;
  // "Who was the target of the sanctions?": a noun for what the relation is done to.
  // ("Why does Washington *object* to…" is a verb: only a noun after a determiner counts.)
  if (words.some((w, i) => OBJECT_NOUNS.has(w) && DETERMINERS.has(words[i - 1] ?? ""))) return true;
  for (let i = 0; i + 1 < words.length; i++) {
    if (!BE.has(words[i] ?? "")) continue;
    // "Why was *the SSB* sanctioned?": the participle may follow the subject's words, unless a "to"
    // after it asks for whom it went ("Who was the S-400 sold to?", read by `conversesIn`).
    for (let j = i + 1; j < Math.min(words.length, i + 5); j++) {
      const next = words[j] ?? "";
      if (!isParticiple(next)) continue;
      // "Turkey was *prepared to* do…": the subject does what follows, nothing is done to it.
      if (words[j + 1] === "to" && INFINITIVE_PARTICIPLES.has(next)) continue;
      if (j <= i + 2 || words[j + 1] !== "to") return true;
    }
  }
  return false;
}

/** Verbs whose object a "that" clause follows with what was told ("Who *told* the US that…"). */
const TELLING_WORDS = new Set([
  "tell",
  "told",
  "tells",
  "inform",
  "informed",
  "assure",
  "assured",
  "notify",
  "notified",
  "remind",
  "reminded",
  "convince",
  "convinced",
  "persuade",
  "persuaded",
  "promise",
  "promised",
]);

/** Words that start a relative clause after a name ("the working group *that*…"). */
const RELATIVE_STARTS = new Set(["that", "which", "who"]);

/**
 * Where a relative clause that ends the question starts, after a name of one entity that the
 * question's main clause already asks something of ("Who *proposed* the working group that Turkish
 * officials agreed to?"), or -1. Not after a verb of saying ("Who told the US that…" says what).
 */
function trailingClauseAt(
  words: readonly string[],
  links: readonly Link[],
  skip: ReadonlySet<number>,
): number {
  const wh = words.findIndex((w) => questionWords.has(w));
  if (wh < 0) return -1;
  for (const link of links) {
    if (link.ids.length !== 1 || link.at <= wh || !RELATIVE_STARTS.has(words[link.end] ?? "")) continue;
    if (link.end + 1 >= words.length) continue;
    let saying = false;
    let content = false;
    for (let i = 0; i < link.end; i++) {
      const w = words[i] ?? "";
      if (SAYING_WORDS.has(w) || TELLING_WORDS.has(w)) saying = true;
      if (i > wh && i < link.at && !skip.has(i) && !stopwords.has(w) && !auxiliaryVerbs.has(w)) {
        if (!links.some((l) => i >= l.at && i < l.end)) content = true;
      }
    }
    if (!saying && content) return link.end;
  }
  return -1;
}

/**
 * Where a clause of time that ends a question of being starts ("Which US president was the incumbent
 * *when the sanctions were imposed*?"), or -1: it says when the asked thing held, which the records
 * give as of the reports; what it was is asked by the words before it. Not in a question of an act
 * ("What did Turkey do when the US proposed it?"), where the clause says which act is meant.
 */
function timeClauseAt(words: readonly string[]): number {
  const wh = words.findIndex((w) => questionWords.has(w));
  if (wh < 0 || words[wh] === "when") return -1;
  const when = words.indexOf("when", wh + 1);
  if (when < 0 || when + 1 >= words.length) return -1;
  const copula = words.findIndex((w, i) => i > wh && i < when && COPULAS.has(w));
  if (copula < 0 || words.slice(wh + 1, when).some((w) => auxiliaryVerbs.has(w) && !COPULAS.has(w)))
    return -1;
  return words.slice(copula + 1, when).some((w) => !stopwords.has(w)) ? when : -1;
}

/**
 * A clause that only says which thing a noun means, with no word to start it: "The missiles *Turkey
 * purchased* come from which country?", "the system *that Ankara bought*". A name right after a noun
 * (or after "that" or "which" after one) and right before a past participle, with more of the question
 * after it: the name and the verb are the clause's, and no record the answer comes from need hold
 * them. Undefined when there is none.
 */
function reducedClause(
  words: readonly string[],
  links: readonly Link[],
  possessors: ReadonlySet<string>,
): { readonly link: Link; readonly from: number; readonly to: number } | undefined {
  // (The noun may end a name of its own: "the S-400 *system* Turkey bought".)
  const noun = (i: number) => {
    const w = words[i];
    return (
      w !== undefined &&
      !stopwords.has(w) &&
      !auxiliaryVerbs.has(w) &&
      !questionWords.has(w) &&
      !possessors.has(w) &&
      !isParticiple(w)
    );
  };
  for (const link of links) {
    if (link.ids.length !== 1 || link.descriptive) continue;
    const relative = words[link.at - 1] === "that" || words[link.at - 1] === "which";
    const before = relative ? link.at - 2 : link.at - 1;
    const verb = link.end;
    if (before < 0 || !noun(before) || !isParticiple(words[verb] ?? "")) continue;
    // The main clause goes on after it ("…purchased *come from which country*").
    if (!words.slice(verb + 1).some((w) => !stopwords.has(w) || questionWords.has(w))) continue;
    return { link, from: relative ? link.at - 1 : link.at, to: verb + 1 };
  }
  return undefined;
}

// "*with regard to* sovereign rights", "*in terms of* sovereignty": the noun of a phrase that only
// says what the rest is about, with the words that must stand around it. ("In relation to NATO" may
// ask for the relation itself: "What is Turkey described as, in relation to NATO?")
const ASIDE_NOUNS: ReadonlyMap<string, { readonly before: ReadonlySet<string>; readonly after: string }> =
  new Map([
    ["regard", { before: new Set(["with", "in"]), after: "to" }],
    ["respect", { before: new Set(["with", "in"]), after: "to" }],
    ["terms", { before: new Set(["in"]), after: "of" }],
    ["term", { before: new Set(["in"]), after: "of" }],
    ["reference", { before: new Set(["with", "in"]), after: "to" }],
  ]);

const WHO = new Set(["who", "whom"]);

/** Nouns for the two parties of the story when "both" or "two" comes before them. */
const BOTH_NOUNS = new Set([
  "country",
  "countries",
  "side",
  "sides",
  "nation",
  "nations",
  "parties",
  "governments",
]);

/** Participles that, in a yes/no passive without "did" or "does", say what something is called, not who said it. */
const NAMING_PARTICIPLES = new Set(["called", "termed", "labelled", "labeled", "dubbed", "named"]);

/** Words that only frame the verb after "to" ("Biden is *set to* succeed Trump"). */
const FRAMING_BEFORE_TO = new Set([
  "set",
  "poised",
  "slated",
  "about",
  "expected",
  "bound",
  "want",
  "wants",
  "wanted",
]);

/** Whether the word at `i` is the noun of an aside ("with *regard* to"), which carries no content. */
function isAside(words: readonly string[], i: number): boolean {
  const aside = ASIDE_NOUNS.get(words[i] ?? "");
  return aside?.before.has(words[i - 1] ?? "") === true && words[i + 1] === aside.after;
}

/** Whether `words[from..to)` are all stopwords. */
function onlyStopwords(words: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!stopwords.has(words[i] ?? "")) return false;
  return true;
}

/**
 * Corrects a misspelt question word at the start of a question ("Wen did…" → "when"): a word within
 * one edit of exactly one question word, and not a word the records or names use.
 */
function correctQuestionWord(ax: AnswerIndex, words: string[]): void {
  for (let i = 0; i < Math.min(2, words.length); i++) {
    const word = words[i] ?? "";
    if ((QUESTION_WORDS as readonly string[]).includes(word)) return;
    if (word.length < 3 || stopwords.has(word) || ax.knownTerm(stem(word))) continue;
    const near = QUESTION_WORDS.filter((q) => withinEdits(word, q, 1));
    if (near.length === 1) {
      words[i] = near[0] ?? word;
      return;
    }
  }
}

// Words that carry no content but shape the reading: a misspelling of one ("woud", "acording")
// is read as the word, not left as a content word no record holds. They are kept by first letter, as
// `Vocabulary` keeps words: people rarely mistype that one, and it keeps the scan short.
let functionWordsByInitial: Map<string, string[]> | undefined;
function functionWordsFrom(initial: string): readonly string[] {
  if (functionWordsByInitial === undefined) {
    functionWordsByInitial = new Map();
    // (The nouns of a date too: "Which *yaer*…" asks for a year.)
    const all = new Set([
      ...stopwords,
      ...auxiliaryVerbs,
      ...frameWords,
      ...SPEECH_WORDS,
      ...reasonWords,
      ...DATE_NOUNS,
    ]);
    for (const w of all) {
      if (w.length < 4) continue;
      const list = functionWordsByInitial.get(w.charAt(0));
      if (list === undefined) functionWordsByInitial.set(w.charAt(0), [w]);
      else list.push(w);
    }
  }
  return functionWordsByInitial.get(initial) ?? [];
}
// What each word reads as (itself when it is no misspelling), per answer index, since whether a word
// is one of the records' own depends on the dataset: questions repeat their words.
const correctedByIndex = new WeakMap<AnswerIndex, Map<string, { word: string; fixed: boolean }>>();

/**
 * Corrects misspelt function words ("woud" → "would"): a word of four letters or more that is no
 * word of the records nor a near miss of a name, within one edit of a stopword, framing or speech
 * word with the same first letter.
 */
function correctFunctionWords(ax: AnswerIndex, words: string[]): ReadonlySet<number> {
  let corrected = correctedByIndex.get(ax);
  if (corrected === undefined) {
    corrected = new Map();
    correctedByIndex.set(ax, corrected);
  }
  let fixed: Set<number> | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    if (word.length < 4) continue;
    // Each distinct word is read once: as a function word it misspells, else as a content word it
    // misspells (`correctContentWord`), else as itself. The two readings together cost a question
    // about a twentieth of its time when worked out word by word.
    let read = corrected.get(word);
    if (read === undefined) {
      const asFunction =
        isStop(word) || frame.has(word) || SPEECH_WORDS.has(word) ? word : correctedFunctionWord(ax, word);
      const asContent = correctContentWord(ax, asFunction);
      read = asContent === undefined ? { word: asFunction, fixed: false } : { word: asContent, fixed: true };
      if (corrected.size >= 10_000) corrected.clear();
      corrected.set(word, read);
    }
    words[i] = read.word;
    if (read.fixed) {
      fixed ??= new Set();
      fixed.add(i);
    }
  }
  return fixed ?? NO_POSITIONS;
}

/**
 * The word of the sources, the names or the thesaurus a misspelt content word ("ofice",
 * "inagurated") is nearest, so phrases ("take office") and synonyms still match; undefined when it
 * is no misspelling. Names are corrected later too, against the names' own words, to link them.
 */
function correctContentWord(ax: AnswerIndex, word: string): string | undefined {
  if (word.length < 5 || isStop(word) || hasDigit(word) || ax.knowsWord(word) || isReadingWord(word))
    return undefined;
  const near = ax.wordNearMiss(word);
  // "makes" is a form of "make": a form of a known word keeps its own reading.
  if (near === undefined || stem(near) === stem(word)) return undefined;
  return near;
}
const NO_POSITIONS: ReadonlySet<number> = new Set();
// Words the reading itself knows, though no sentence or name has them ("speaking", "announced"),
// gathered on first use.
let readingWords: ReadonlySet<string> | undefined;
function isReadingWord(word: string): boolean {
  readingWords ??= new Set([
    ...SPEECH_WORDS,
    ...SAYING_WORDS,
    ...DESCRIBING_WORDS,
    ...OCCASION_WORDS,
    ...LEAD_IN_WORDS,
    ...DATE_NOUNS,
    ...PREPOSITIONS,
    ...LEADING_NOUNS,
    ...MAKING_WORDS,
    ...FRAMING_BEFORE_TO,
  ]);
  return readingWords.has(word);
}

/** The function word `word` misspells, or `word` itself. */
function correctedFunctionWord(ax: AnswerIndex, word: string): string {
  const term = stem(word);
  if (ax.knownTerm(term) || ax.nameNearMiss(term) !== undefined) return word;
  const near = functionWordsFrom(word.charAt(0)).filter(
    (w) => Math.abs(w.length - word.length) <= 1 && withinEdits(word, w, 1),
  );
  // "makes" is a form of "make", not a misspelling of it: a form of a word keeps its own reading.
  if (near.length === 0 || near.some((w) => stem(w) === term)) return word;
  // One candidate is the word; several that all carry no content ("woud": "would", "word") leave it
  // without content either way, unless one of them shapes the reading (a verb of saying, an auxiliary).
  const shaping = near.filter((w) => SPEECH_WORDS.has(w) || auxiliaryVerbs.has(w));
  if (near.length === 1) return near[0] ?? word;
  if (shaping.length === 1) return shaping[0] ?? word;
  return shaping.length === 0 ? (near[0] ?? word) : word;
}

// Words of a lead-in before the question itself ("For my essay:", "I want to know", "Can you tell me").
const LEAD_IN_WORDS = new Set([
  "know",
  "tell",
  "wonder",
  "wondering",
  "curious",
  "essay",
  "class",
  "homework",
  "assignment",
  "question",
  "explain",
  "ask",
  "asking",
  "want",
  "like",
  "need",
]);

// Where a clause of the question ends: a colon or semicolon, or a full stop after a word (not "U.S.").
const CLAUSE_END = /[:;]\s+|(?<=[a-z]{2})[.!?]\s+(?=[A-Z])/g;
const QUESTION_WORD = new RegExp(`\\b(?:${QUESTION_WORDS.join("|")})\\b`, "i");

/**
 * "Sorry for my english, who is…?": a part before a comma, with a question word after it and none
 * before, whose words are none the records know (no name, no word of theirs), asks nothing.
 * ("Besides Demir, who else…?" and "Apart from its chief, how many…?" keep theirs.)
 */
function withoutUnknownLeadIn(ax: AnswerIndex, question: string): string {
  const comma = question.indexOf(", ");
  if (comma < 0) return question;
  const before = question.slice(0, comma);
  const after = question.slice(comma + 2);
  if (QUESTION_WORD.test(before) || !QUESTION_WORD.test(after)) return question;
  // (A phrase of the thesaurus counts too: "*This time* round, which country…" asks of now.)
  const words = normalizeWords(before);
  const stems = words.map((w) => stem(w));
  const known =
    words.some((w, i) => !isStop(w) && ax.knownTerm(stems[i] ?? "")) ||
    synonymExpansion(stems, stems).length > 0;
  return known ? question : after;
}

/**
 * The question before a short tag that closes it ("when were the sanctions slapped on turkey,
 * *roughly*?", "who slapped sanctions on the ssb, *was it washington*?", "whats his job title,
 * *foreign minister right*?"): the part before the last comma, when the part after it is six words or
 * fewer and the part before is a question of its own (a question word, or an auxiliary first) of three
 * words or more. With the tail's words, which may offer answers ("…, ministers or experts?"). Undefined
 * when there is no such tag.
 */
export function headOfTagged(
  question: string,
): { readonly head: string; readonly tail: readonly string[] } | undefined {
  const comma = question.lastIndexOf(", ");
  if (comma < 0) return undefined;
  const tail = normalizeWords(question.slice(comma + 2));
  if (tail.length === 0 || tail.length > TAG_WORDS) return undefined;
  const head = question.slice(0, comma);
  const words = normalizeWords(head);
  if (words.length < 3) return undefined;
  if (!words.some((w) => questionWords.has(w)) && !auxiliaryVerbs.has(words[0] ?? "")) return undefined;
  return { head, tail };
}
const TAG_WORDS = 6;

/**
 * The question without the clauses before it that ask nothing ("Journalist here, quick check: who
 * is…", "I'm a student writing about arms deals. Ankara said…on what terms?"): the text after the last
 * clause end that has a question word after it and none before.
 */
function withoutLeadInClause(question: string): string {
  if (!/[:;.!?]\s/.test(question)) return question;
  let cut = -1;
  for (const m of question.matchAll(CLAUSE_END)) {
    const before = question.slice(0, m.index);
    if (QUESTION_WORD.test(before)) break;
    if (QUESTION_WORD.test(question.slice(m.index + m[0].length))) cut = m.index + m[0].length;
  }
  return cut < 0 ? question : question.slice(cut);
}

// Words that place a phrase at the time of the reports ("*As of the dateline*,", ", *going by when
// these were published*"): the records already speak as of then.
// (The nouns for the reports themselves, shared by both patterns below.)
const REPORT_NOUNS = "reports?|reporting|coverage|articles?|stories|story|news";
const REPORT_TIME = new RegExp(`\\b(?:${REPORT_NOUNS}|dateline|published|publication|outlets?)\\b`, "i");

// "…a NATO ally *in the reports on the sanctions against its defence agency*?": a phrase that says
// which reports the question is about, up to a comma or the end; the records are those reports.
const REPORTS_ABOUT = new RegExp(
  `\\s*\\b(?:in|from|according to|per|going by)\\s+(?:the\\s+)?(?:${REPORT_NOUNS})\\s+(?:on|about|of|regarding|concerning|covering)\\b[^,;?]*`,
  "gi",
);

/** The question without a phrase that only says which reports it is about (see `REPORTS_ABOUT`). */
function withoutReportsAbout(question: string): string {
  if (!REPORT_TIME.test(question)) return question;
  const rest = question.replace(REPORTS_ABOUT, "");
  return rest !== question && normalizeWords(rest).length >= 3 ? rest : question;
}

/**
 * The question without a phrase set off by a comma that only says it asks as of the reports' time
 * ("Given that the reports came out in late December 2020, in which month…?", "…next month, going by
 * when these were published"). A phrase before the first comma must hold no question word; one after
 * the last comma may ("going by *when*…") where the rest is a question of its own.
 */
function withoutTimeFrame(question: string): string {
  const first = question.indexOf(",");
  if (first < 0) return question;
  const head = question.slice(0, first);
  if (REPORT_TIME.test(head) && !QUESTION_WORD.test(head)) {
    const rest = question.slice(first + 1).replace(/^\s*(?:so|then|and)\b/i, "");
    if (rest.trim() !== "") return withoutTimeFrame(rest.trim());
  }
  const last = question.lastIndexOf(",");
  const tail = question.slice(last + 1);
  const body = question.slice(0, last);
  if (REPORT_TIME.test(tail) && body.trim() !== "" && !REPORT_TIME.test(body)) return body;
  return question;
}

// Requests that ask for something without a question word ("*Tell me* the name of…", "*Name* the
// agency…", "*Could you give me* another name…"), each as its words.
const REQUESTS: readonly (readonly string[])[] = [
  ["tell", "me"],
  ["tell", "us"],
  ["give", "me"],
  ["give", "us"],
  ["show", "me"],
  ["name"],
  ["list"],
  ["identify"],
];
const POLITE = new Set(["please", "can", "could", "would", "will", "you", "kindly"]);

/**
 * A request as the question it makes: "Name the agency targeted…" asks "what is the agency
 * targeted…", "Could you tell me the name of the SSB head" asks what the name is (not whether
 * anyone can). "Name of the SSB head?" is a question without its question word, and keeps its noun.
 */
function asQuestion(words: string[]): string[] {
  let at = 0;
  while (at < words.length && POLITE.has(words[at] ?? "")) at++;
  // ("Can you…" opens a request only with a verb of one after it: "Can Turkey…?" is a question.)
  if (at > 0 && words[0] !== "please" && words[0] !== "kindly" && words[at - 1] !== "you") return words;
  for (const request of REQUESTS) {
    if (!request.every((w, k) => words[at + k] === w)) continue;
    const rest = words.slice(at + request.length);
    while (rest[0] === "please") rest.shift();
    // ("Tell me *who*…" lost its lead-in already; "Name of the SSB head?" is a noun, not a request.)
    if (rest.length === 0 || rest[0] === "of" || questionWords.has(rest[0] ?? "")) return words;
    // "Name the agency…" is "Which agency…"; "Name the head of the SSB", one who is known by a
    // role, is "Who is the head…"; "Tell me the date…" is "What is the date…".
    if ((rest[0] === "the" || rest[0] === "a" || rest[0] === "an") && typeOfNoun.has(rest[1] ?? ""))
      return ["which", ...rest.slice(1)];
    const person = (request[0] === "name" || request[0] === "identify") && !DATE_NOUNS.has(rest[1] ?? "");
    return person ? ["who", "is", ...rest] : ["what", "is", ...rest];
  }
  return words;
}

/**
 * The question without the words of chat that close it and ask nothing ("what country are the s-400s
 * from *anyway*?", "who heads the ssb *rn*"), so a question that ends with its preposition still does.
 */
function withoutClosingFillers(words: string[]): string[] {
  let end = words.length;
  while (end > 1 && CLOSING_FILLERS.has(words[end - 1] ?? "")) end--;
  return end === words.length ? words : words.slice(0, end);
}
const CLOSING_FILLERS = new Set([
  "anyway",
  "anyways",
  "though",
  "rn",
  "please",
  "btw",
  "lol",
  "haha",
  "huh",
  "thanks",
  "thx",
]);

/** A question's words as it is read: without closing fillers and a lead-in, and a request as its question. */
function questionWordsOf(question: string): string[] {
  return asQuestion(dropLeadIn(withoutClosingFillers(normalizeWords(question))));
}

/** The question without a lead-in: the words before its first question word, when they say only that a question follows. */
function dropLeadIn(words: string[]): string[] {
  const at = words.findIndex((w) => (QUESTION_WORDS as readonly string[]).includes(w));
  // ("Turkey want improve ties with *who*?": a question word that ends the question leads nothing in.)
  if (at <= 0 || at === words.length - 1) return words;
  for (let i = 0; i < at; i++) if (LEAD_IN_WORDS.has(words[i] ?? "")) return words.slice(at);
  return words;
}

/** The words a question puts in the possessive ("Turkey's", "Ankara’s"), normalised. */
function possessorsIn(question: string): ReadonlySet<string> {
  if (!question.includes("'") && !question.includes("’")) return NO_WORDS;
  // Plain string scanning: a Unicode-property regex compiles slowly on a cold start.
  const found = new Set<string>();
  for (const token of question.split(/\s+/)) {
    const bare = token.replace(/[,;:.!?"”)]+$/, "");
    if (!(bare.endsWith("'s") || bare.endsWith("’s"))) continue;
    const last = normalizeWords(bare.slice(0, -2)).at(-1);
    if (last !== undefined) found.add(last);
  }
  return found;
}
const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * Names found through another name of an entity they contain: "American officials" is "US officials"
 * once "American" is read as another name of the United States. Only names that run on past the
 * entity's own word count, so a plain name is never found twice.
 */
function variantSpans(
  ax: AnswerIndex,
  terms: readonly string[],
  found: readonly { start: number; end: number; values: readonly string[]; desc: boolean }[],
): { start: number; end: number; values: readonly string[] }[] {
  const out: { start: number; end: number; values: readonly string[] }[] = [];
  for (const span of found) {
    if (span.desc) continue;
    if (span.end - span.start !== 1 || span.values.length !== 1 || span.end >= terms.length) continue;
    if (!ax.inLongerName(terms[span.end] ?? "")) continue;
    const after = terms.slice(span.end, span.end + 3);
    for (const run of ax.nameRunsOf(span.values[0] ?? "")) {
      if (run.length === 1 && run[0] === terms[span.start]) continue;
      // (A run that begins no longer name cannot run on: no copy of it and walk of the table, 0.7 kB
      // of the 21 kB an answer allocated.)
      if (run.length > 0 && !ax.names.beginsLonger(run)) continue;
      // Only a name that starts where the run does can run on past it.
      for (const hit of ax.names.spans([...run, ...after], 1)) {
        if (hit.start !== 0 || hit.end <= run.length) continue;
        out.push({ start: span.start, end: span.end + hit.end - run.length, values: hit.values });
      }
    }
  }
  return out;
}

/**
 * Reads a question against an answer index: links the entities it names (longest names first, typos
 * corrected against the entities' own words), and turns every other word that is not a stopword or a
 * framing word into a concept with its thesaurus synonyms and near misses.
 */
export function readQuestion(ax: AnswerIndex, question: string): Reading {
  question = withoutUnknownLeadIn(ax, withoutTimeFrame(withoutReportsAbout(withoutLeadInClause(question))));
  const words = questionWordsOf(question);
  // "Which US president was the incumbent *when the sanctions were imposed*?" is read as the question
  // before its clause of time.
  const timeAt = timeClauseAt(words);
  if (timeAt >= 0) {
    const cut = [...question.matchAll(/\bwhen\b/gi)].at(-1)?.index ?? -1;
    const before = cut > 0 ? `${question.slice(0, cut).trimEnd()}?` : "";
    if (before !== "" && questionWordsOf(before).length === timeAt) return readQuestion(ax, before);
  }
  const possessors = possessorsIn(question);
  correctQuestionWord(ax, words);
  const fixed = correctFunctionWords(ax, words);
  const skip = new Set<number>();
  const noun: { at?: number; from?: number } = {};
  const read = wantedOf(words, skip, noun);
  const possessiveNoun =
    read.kind === "entity" && noun.at !== undefined && possessors.has(words[noun.at] ?? "");
  // "Which country is the S-400 from?", "Where is it from?": a "from" that ends a question of being
  // and asks for a country asks for the origin (a phrasing of `described-as`). "What party is Trump
  // from?" asks for a membership, and "Who did Turkey buy it from?" keeps its verb's relation.
  const asksCountry = read.kind === "entity" && read.types.length === 1 && read.types[0] === "country";
  if (asksCountry && words.at(-1) === "from" && words.slice(0, -1).some((w) => BE.has(w)))
    words[words.length - 1] = "origin";
  // "The S-400 is (a system) from which country?", "…comes from what country?": the same, with the
  // question word after "from" rather than before it.
  const fromAt = words.findIndex((w, i) => w === "from" && i > 0 && questionWords.has(words[i + 1] ?? ""));
  if (asksCountry && fromAt > 0 && words.slice(0, fromAt).some((w) => BE.has(w) || COMING.has(w)))
    words[fromAt] = "origin";
  // Each word's stem and whether it is a stopword, looked up once: the words are not changed below,
  // and three loops looked them up again (`stem` went from 1.9% of answering's time to 1.5%).
  const wordStems = words.map((w) => stem(w));
  const wordStops = words.map((w) => isStop(w));
  // Content positions: the words that are not stopwords, as terms; typos in names are corrected.
  const positions: number[] = [];
  const terms: string[] = [];
  const typoAt = new Set<number>();
  words.forEach((_word, i) => {
    if (wordStops[i] === true) return;
    let term = wordStems[i] ?? "";
    if (!ax.knownTerm(term)) {
      const near = ax.nameNearMiss(term);
      if (near !== undefined) {
        term = near;
        typoAt.add(terms.length);
      }
    }
    if (fixed.has(i)) typoAt.add(terms.length);
    positions.push(i);
    terms.push(term);
  });

  // Entity links: the longest phrases win; a shorter one inside a longer one is part of it.
  // One shape for every span (no spreads, no optional fields): the loops below stay monomorphic.
  const spans: { start: number; end: number; values: readonly string[]; desc: boolean; variant: boolean }[] =
    [];
  const add = (
    span: { start: number; end: number; values: readonly string[] },
    desc: boolean,
    variant = false,
  ) => {
    // "Who headed the SSB *before* Ismail Demir?": no name or description runs across a word that
    // sets one thing against another ("SSB head Ismail Demir" is not read there).
    if (breaksBetween(words, positions[span.start] ?? 0, positions[span.end - 1] ?? 0)) return;
    spans.push({ start: span.start, end: span.end, values: span.values, desc, variant });
  };
  for (const span of ax.names.spans(terms)) add(span, false);
  // A name in another order is written as one ("Presidency of Defence Industries"): only "of", "the",
  // "for" or "on" may stand between its words, never a verb ("officials did the US…").
  for (const span of ax.reorderedNameSpans(terms)) {
    const between = words.slice(positions[span.start] ?? 0, (positions[span.end - 1] ?? 0) + 1);
    if (between.every((w) => !stopwords.has(w) || NAME_JOINS.has(w))) add(span, false);
  }
  for (const span of ax.descriptions.spans(terms)) add(span, true);
  for (const span of variantSpans(ax, terms, spans)) add(span, false, true);
  // The noun that says what type of answer is wanted is not a name: "Which Turkish official…" asks for
  // a person, and "Turkish" alone names Turkey (not the group "Turkish officials").
  const nounTerm = noun.at === undefined ? -1 : positions.indexOf(noun.at);
  if (nounTerm >= 0) {
    for (let k = spans.length - 1; k >= 0; k--) {
      const span = spans[k];
      if (span !== undefined && span.start <= nounTerm && nounTerm < span.end) spans.splice(k, 1);
    }
  }
  // Most questions link one name or none: nothing to sort then.
  // (An insertion sort, stable as the sort was: the spans are few, and a sort copied them: 0.5 kB of
  // the 26 kB an answer allocated.)
  for (let k = 1; k < spans.length; k++) {
    const span = spans[k] as (typeof spans)[number];
    let at = k;
    for (; at > 0; at--) {
      const other = spans[at - 1] as (typeof spans)[number];
      if ((span.end - span.start - (other.end - other.start) || other.start - span.start) <= 0) break;
      spans[at] = other;
    }
    spans[at] = span;
  }
  const taken = new Uint8Array(terms.length);
  const links: { -readonly [K in keyof Link]: Link[K] }[] = [];
  const verbAt = words.findIndex((w) => auxiliaryVerbs.has(w));
  let actorFound = false;
  let actorEnd = -1;
  let actorLast = -1;
  const descriptionStarts: number[] = [];
  let named: { id: string; end: number } | undefined;
  let owned: string | undefined;
  let restated: Reading["restated"];
  const merged: { id: string; at: number; end: number }[] = [];
  for (const span of spans) {
    let free = true;
    for (let i = span.start; i < span.end; i++) if (taken[i] === 1) free = false;
    if (!free) continue;
    let typo = false;
    for (let i = span.start; i < span.end; i++) {
      taken[i] = 1;
      if (typoAt.has(i)) typo = true;
    }
    // Most names name one entity: no set to build for them.
    const ids = span.values.length < 2 ? [...span.values] : [...new Set(span.values)];
    const existing = links.findIndex(
      (l) => l.ids.length === ids.length && l.ids.every((id) => ids.includes(id)),
    );
    if (existing >= 0) {
      const other = links[existing];
      if (ids.length === 1 && other !== undefined && other.descriptive !== span.desc)
        restated = { id: ids[0] ?? "", terms: span.desc ? terms.slice(span.start, span.end) : other.terms };
      // ("Who headed the SSB *before Ismail Demir*?": the name, if it sets someone against the
      // description, is whom the answer is other than, below.)
      if (!span.desc && ids.length === 1)
        merged.push({
          id: ids[0] ?? "",
          at: positions[span.start] ?? -1,
          end: (positions[span.end - 1] ?? -1) + 1,
        });
      continue;
    }
    const link: { -readonly [K in keyof Link]: Link[K] } = {
      ids,
      descriptive: span.desc,
      typo,
      terms: terms.slice(span.start, span.end),
      at: positions[span.start] ?? -1,
      end: (positions[span.end - 1] ?? -1) + 1,
    };
    if (span.variant) link.variant = true;
    const from = positions[span.start] ?? -1;
    // "Who is *Turkey's* defence chief?": a name in the possessive says whose, it does not act.
    const possessive = possessors.has(words[positions[span.end - 1] ?? -1] ?? "");
    if (
      verbAt >= 0 &&
      from > verbAt &&
      !actorFound &&
      !possessive &&
      onlyStopwords(words, verbAt + 1, from)
    ) {
      link.actor = true;
      actorFound = true;
      actorLast = positions[span.end - 1] ?? from;
    }
    if (noun.at !== undefined && noun.from !== undefined && from > noun.from && from < noun.at)
      link.modifier = true;
    const before = words[leadAt(words, from)];
    if (before === "of") link.complement = true;
    if (before === "to" && words[leadAt(words, from) - 1] === "according") link.source = true;
    // "Who are *the three other SSB officials* sanctioned…?": a name right after "who is/are".
    if (!span.desc && ids.length === 1 && from >= 2 && onlyStopwords(words, 2, from))
      named = { id: ids[0] ?? "", end: positions[span.end - 1] ?? from };
    // "Turkey's defence industry *agency*", "the S-400 *system*": a word right after a name or a
    // description that the entity is known by (one of its names' or descriptions' words) belongs to it.
    const id = ids.length === 1 ? ids[0] : undefined;
    if (id !== undefined) {
      let end = span.end;
      while (
        end < terms.length &&
        taken[end] === 0 &&
        ax.kindTermsOf(id).has(terms[end] ?? "") &&
        !breaksBetween(words, positions[end - 1] ?? 0, positions[end] ?? 0)
      )
        taken[end++] = 1;
      // "the *incoming US administration*": a name between two words another entity is known by,
      // one tied to the first ("the incoming Biden administration" governs the US), names that other
      // entity in a name of its own with the first entity's name in it.
      const next = terms[end] ?? "";
      const prev = terms[span.start - 1] ?? "";
      const other =
        end === span.end &&
        span.start > 0 &&
        taken[end] === 0 &&
        taken[span.start - 1] === 0 &&
        !isStop(next) &&
        !isStop(prev)
          ? boundTo(ax, id, prev, next)
          : undefined;
      let start = span.start;
      if (other !== undefined) {
        taken[end++] = 1;
        taken[--start] = 1;
        link.ids = [other];
        link.descriptive = true;
        link.at = positions[start] ?? link.at;
      }
      if (end > span.end) {
        link.terms = terms.slice(start, end);
        link.end = (positions[end - 1] ?? -1) + 1;
      }
    }
    links.push(link);
    if (link.actor === true) actorEnd = span.end;
    if (span.desc) descriptionStarts.push(span.start);
    // "Which party's *incumbent*…": the entity right after a possessive type noun is whose owner is asked.
    if (possessiveNoun && noun.at !== undefined && ids.length === 1) {
      const next = words[noun.at + 1] === "the" ? noun.at + 2 : noun.at + 1;
      if (from === next) owned = ids[0];
    }
  }
  // "the head of *the agency*": a type noun after "the" stands for the one entity known by it, if only
  // one is (the SSB), as a description of it. Not the noun the question asks for, nor one of a name.
  // Only right after "who is the" ("which country is the") is it whom the question asks for ("Who is
  // the minister?"); else it is given ("Who leads *the administration*?", "the head of *the agency*").
  const be = typeOfNoun.has(words[1] ?? "") ? 2 : 1;
  const askedAt = questionWords.has(words[0] ?? "") && COPULAS.has(words[be] ?? "") ? be + 2 : -1;
  for (let t = 0; t < terms.length; t++) {
    const at = positions[t] ?? -1;
    if (taken[t] === 1 || at === noun.at || words[at - 1] !== "the" || !typeOfNoun.has(words[at] ?? ""))
      continue;
    const id = ax.onlyKnownBy(terms[t] ?? "");
    if (id === undefined || links.some((l) => l.ids.includes(id))) continue;
    taken[t] = 1;
    const link: { -readonly [K in keyof Link]: Link[K] } = {
      ids: [id],
      descriptive: true,
      typo: false,
      terms: [terms[t] ?? ""],
      at,
      end: at + 1,
    };
    if (at !== askedAt) link.complement = true;
    links.push(link);
  }
  // After an auxiliary that is not "be", or before a participle of its own (not a word of a name,
  // "United"), the actor is a verb's subject: "What would *the jets* be exposed to?".
  if (actorLast >= 0) {
    const named = new Set<number>();
    for (let t = 0; t < terms.length; t++) if (taken[t] === 1) named.add(positions[t] ?? -1);
    const participle = words.some((w, i) => i > actorLast && !named.has(i) && isParticiple(w));
    if (!BE.has(words[verbAt] ?? "") || participle)
      for (const link of links) if (link.actor === true) link.subject = true;
  }
  // "Who is *the US* president-elect?": a name right before a description says whose it is; it does not act.
  if (actorEnd >= 0 && descriptionStarts.includes(actorEnd))
    for (const link of links) if (link.actor === true) delete link.actor;
  // "Which party does *the US* president-elect belong to?": whose the description is, it already
  // says; a record of the described entity need not name it again.
  for (let k = links.length - 1; k >= 0; k--) {
    const link = links[k];
    if (link === undefined || link.descriptive || link.ids.length !== 1) continue;
    const next = links.find((d) => d.descriptive && d.at === link.end && d.ids.length === 1);
    if (next !== undefined && ax.tiesOf(next.ids[0] ?? "").has(link.ids[0] ?? "")) links.splice(k, 1);
  }
  // "Who signed it *on the Russian side*?": the side named is whom the answer belongs to, not one
  // who acts ("the Turkish side accepted…" is).
  for (const link of links) {
    const side = words[link.end] === "side" || words[link.end] === "sides";
    if (
      side &&
      words[link.at - 1] === "the" &&
      (words[link.at - 2] === "on" || words[link.at - 2] === "from")
    ) {
      link.modifier = true;
      link.side = true;
      delete link.actor;
    }
  }
  // Where no name follows the possessive, the noun after it may still be what one entity is known by
  // ("Which country's *missiles*…": the S-400, of which a statement says whose it is); a noun no
  // entity is known by ("What system's *deployment*…"), or several are ("Which alliance's *systems*…"),
  // leaves the question to be read as it stands.
  let ownerless = false;
  if (possessiveNoun && read.kind === "entity" && owned === undefined && noun.at !== undefined) {
    // (The last word of the noun phrase is its head: "defence *agency*".)
    let head = words[noun.at + 1] === "the" ? noun.at + 2 : noun.at + 1;
    while (
      head + 1 < words.length &&
      wordStops[head + 1] !== true &&
      !auxiliaryVerbs.has(words[head + 1] ?? "")
    )
      head++;
    const only = ax.onlyKnownBy(wordStems[head] ?? "");
    if (only !== undefined) owned = only;
    else ownerless = true;
  }
  let wanted: Wanted =
    possessiveNoun && read.kind === "entity" && !ownerless ? { ...read, owner: { of: owned } } : read;
  // "Which *Republican* is Biden replacing?": a name right after "which", before the verb, says whom
  // the answer belongs to, as "Which Republican *politician*" would.
  if (wanted.kind === "thing") {
    const which = words.indexOf("which");
    const named = links.find((l) => l.at === which + 1 && l.ids.length === 1 && !l.descriptive);
    if (which >= 0 && named !== undefined && auxiliaryVerbs.has(words[named.end] ?? "")) {
      named.modifier = true;
      delete named.actor;
      wanted = { kind: "agent" };
    }
  }
  // "Which country advocated *the working group* that could help lift the sanctions?": a clause that
  // ends the question, after a name the question already asks something of, only says more of what
  // is named; a record need not say it too, nor refer to what the clause names.
  const clauseFrom = trailingClauseAt(words, links, skip);
  if (clauseFrom >= 0) {
    for (let k = links.length - 1; k >= 0; k--) if ((links[k]?.at ?? 0) >= clauseFrom) links.splice(k, 1);
  }
  const reduced = reducedClause(words, links, possessors);
  if (reduced !== undefined) links.splice(links.indexOf(reduced.link), 1);
  // "What is Turkey ready to do *regarding the United States*?": a closing name a phrase of regard
  // leads to says what the question is about, which its other words already say.
  for (let k = links.length - 1; k >= 0; k--) {
    const link = links[k];
    if (link === undefined || link.end !== words.length) continue;
    const at = leadAt(words, link.at);
    const lead = words[at] ?? "";
    const regard =
      REGARDING.has(lead) || (lead === "to" && (words[at - 1] === "regard" || words[at - 1] === "respect"));
    if (!regard || links.length < 2) continue;
    for (let i = at; i < words.length; i++) skip.add(i);
    links.splice(k, 1);
  }
  // "Who had suggested a working group *before the Americans did*?": whom the answer is other than.
  const besides: string[] = [];
  for (let k = links.length - 1; k >= 0; k--) {
    const link = links[k];
    if (link === undefined || link.ids.length !== 1) continue;
    const at = leadAt(words, link.at);
    if (!TIME_ORDER.has(words[at] ?? "")) continue;
    const after = words.slice(link.end);
    if (after.length > 1 || (after.length === 1 && !auxiliaryVerbs.has(after[0] ?? ""))) continue;
    besides.push(link.ids[0] ?? "");
    for (let i = at; i < words.length; i++) skip.add(i);
    links.splice(k, 1);
  }
  // (…and a name read as the same entity as a description before it: the records then say no one
  // else held it, so there is no answer.)
  for (const name of merged) {
    const at = leadAt(words, name.at);
    if (!TIME_ORDER.has(words[at] ?? "") || name.end < words.length - 1) continue;
    besides.push(name.id);
    for (let i = at; i < words.length; i++) skip.add(i);
  }

  // The remaining words, stopwords kept so thesaurus phrases ("had to", "in charge") still match.
  const rest: string[] = [];
  const taggedWords = words.slice();
  positions.forEach((p, t) => {
    if (taken[t] === 1) taggedWords[p] = GAP;
  });
  let speech = false;
  let asksSpeaker = false;
  const passive = isPassive(words);
  // "How did Turkey answer the US worries…": "worries" names the claim answered.
  const responds = wordStems.some((s) => responseWords.has(s));
  // "How did X describe…" and "Who described…" have a speaker; "How is X described?" asks what X is.
  const active = words.includes("did") || words.includes("does") || words.includes("do");
  // "Did Turkey sign the contract *in 2018*?": the date a yes/no question asks of is checked against
  // the date the records give, not looked for as a word.
  let askedYear: string | undefined;
  let askedMonth: number | undefined;
  let askedBound: "before" | "after" | undefined;
  const yesNo = wanted.kind === "open" && wanted.yesNo === true;
  // (Only a who-question, or one for a name: "What is the *job* of the man who said…" asks a role.)
  const nameWordAt = words.indexOf("name");
  const asksPerson = (i: number) =>
    (wanted.kind === "agent" && (WHO.has(words[0] ?? "") || (nameWordAt >= 0 && nameWordAt < i))) ||
    wanted.kind === "name" ||
    (wanted.kind === "entity" && wanted.types.includes("person"));
  for (let i = 0; i < taggedWords.length; i++) {
    const w = taggedWords[i] ?? GAP;
    // A name's words are gaps, and no word of speech or framing: nothing to look up.
    if (w === GAP) {
      rest.push(GAP);
      continue;
    }
    if (yesNo && /^(?:19|20)[0-9]{2}$/.test(w)) {
      askedYear = w;
      askedBound = dateBoundBefore(words, i);
      rest.push(GAP);
      continue;
    }
    const month = yesNo ? foldedMonthNames.indexOf(w) : -1;
    if (month >= 0) {
      askedMonth = month + 1;
      askedBound ??= dateBoundBefore(words, i);
      rest.push(GAP);
      continue;
    }
    // "according to the reports" names no speaker: only "according to" an entity asks for a position.
    const accordingToNobody =
      w === "according" && !taggedWords.slice(i + 1, i + 4).some((next) => next === GAP);
    // ("*speak out* against" is opposing, not saying.)
    // ("*said yes* to the proposal" is agreeing, not saying something.)
    const told =
      TELLING.has(w) &&
      taggedWords[i + 1] !== GAP &&
      taggedWords[i + (taggedWords[i + 1] === "the" ? 2 : 1)] !== GAP;
    // "Did Cavusoglu *see* the sanctions *as* an attack…?": seeing something as something is holding a view.
    const sees = SEEING.has(w) && taggedWords.indexOf("as", i + 1) > i;
    // ("Is Turkey *called* a NATO ally?" asks what Turkey is, as "How is X described?" does.)
    const named = yesNo && passive && !active && NAMING_PARTICIPLES.has(w);
    const speaks =
      (SPEECH_WORDS.has(w) || told || sees) &&
      !named &&
      taggedWords[i + 1] !== "out" &&
      taggedWords[i + 1] !== "yes" &&
      taggedWords[i + 1] !== "no";
    // "According to whom…?" asks whose words they are: the speaker.
    const accordingToWhom =
      w === "according" && taggedWords[i + 1] === "to" && WHO.has(taggedWords[i + 2] ?? "");
    if (
      accordingToWhom ||
      (speaks && !accordingToNobody) ||
      (DESCRIBING_WORDS.has(w) && (active || words[0] === "who"))
    ) {
      speech = true;
      if (w !== "according" || accordingToWhom) asksSpeaker = true;
    }
    // A verb of saying ("stressed", "insisted") frames what was said; a response word stays, as the
    // claims that answer another state it.
    const saying = speaks && !responseWords.has(wordStems[i] ?? "");
    const asksReason = wanted.kind === "reason" && reasonWords.has(w);
    if (
      skip.has(i) ||
      frame.has(w) ||
      saying ||
      asksReason ||
      (responds && answeredNouns.has(w)) ||
      isAside(words, i) ||
      (FRAMING_BEFORE_TO.has(w) && words[i + 1] === "to") ||
      // "What is Biden's *current* title?": a word of time before the noun of a role asks the role now,
      // which is the only one the records give; it is no relation ("current" of the incumbent).
      (ROLE_TIMES.has(w) && ROLE_NOUNS.has(words[i + 1] ?? "")) ||
      // A clause that only says which thing is meant ("the agency *that Washington sanctioned*") is
      // about the thing the question gives, not a word the answer's record must have, nor a hint.
      (clauseFrom >= 0 && i >= clauseFrom) ||
      (reduced !== undefined && i >= reduced.from && i < reduced.to) ||
      // "Turkey *wants* better relations with…", "Turkey want improve ties": wanting frames what is
      // wanted, which a record states ("ready to take steps to improve ties").
      (WANTING.has(w) && i + 1 < words.length && !stopwords.has(words[i + 1] ?? "")) ||
      // "…describe the sanctions *in relation to* Turkey's rights?", "*with regard to*", "*in terms
      // of*", "*when it comes to*": a phrase that says what the rest is about, no word of a record.
      // (Not before a name that ends the question: "…described as, *in relation to NATO*?" asks the tie.)
      (REGARD_NOUNS.has(w) &&
        (words[i - 1] === "in" || words[i - 1] === "with") &&
        (words[i + 1] === "to" || words[i + 1] === "of") &&
        !links.some((l) => l.end === words.length && l.at <= i + 3 && l.at > i)) ||
      (w === "comes" && words[i - 1] === "it" && words[i + 1] === "to") ||
      // "Was buying the S-400 *a matter of* choice…?": what follows is what it was.
      (w === "matter" && words[i - 1] === "a" && words[i + 1] === "of") ||
      // "…at the *heart* of *the dispute*?", "…in the row?": where in the story, no word of a record
      // (the story's quarrel is what every record is of; "Who *disputes*…" is an act).
      (CENTRE_NOUNS.has(w) && words[i - 1] === "the" && words[i - 2] === "at" && words[i + 1] === "of") ||
      (QUARREL_NOUNS.has(w) && words[i - 1] === "the" && (words[i - 2] === "of" || words[i - 2] === "in")) ||
      // "What problems *need to be* resolved…?": a need before a passive says what must happen, which
      // a record states as a condition; it is no necessity ("Why did Turkey *need to buy*…" is one).
      (NEEDING.has(w) && words[i + 1] === "to" && words[i + 2] === "be") ||
      // "help *get* the sanctions lifted": getting something done frames the act; it is no purchase.
      (GETTING.has(w) && words.slice(i + 1, i + 5).some((next) => isParticiple(next))) ||
      // "Is Demir *among the people* targeted…?", "one of *the people*…": whom the question counts
      // him among, which the records say by their act, not by a noun.
      (GENERIC_PEOPLE.has(w) &&
        words[i - 1] === "the" &&
        (words[i - 2] === "among" || words[i - 2] === "of")) ||
      // "Who is *the man* in charge of the SSB?", "the name of *the person* who heads it": a noun
      // for anyone, where a person is asked for, is no word a record must have.
      (ANYONE.has(w) && asksPerson(i) && (words[i - 1] === "the" || words[i - 1] === "a")) ||
      // "…president *at the time*?": when the story is, not a word a record must have.
      (w === "time" && words[i - 1] === "the" && words[i - 2] === "at" && i === words.length - 1)
    )
      rest.push(GAP);
    else rest.push(w);
  }
  // A relation's word that is also a preposition ("against") is the relation after a verb ("Who is
  // against…?"), but only a preposition after a noun ("the sanctions against Demir").
  const preposition = (w: string, i: number) => {
    if (!PREPOSITIONS.has(w)) return false;
    // "*Against* what part of…": a preposition that opens the question leads to the question word.
    if (i === 0) return true;
    const before = words[i - 1] ?? "";
    return before !== "" && !stopwords.has(before) && !auxiliaryVerbs.has(before);
  };
  // The words left as terms (stopwords and prepositions as gaps) and as stems (stopwords kept), in one pass.
  const restTerms: string[] = [];
  const stems: string[] = [];
  const contentTerms: string[] = [];
  rest.forEach((w, i) => {
    // (A word of `rest` is the question's word at its place, or a gap.)
    const stemmed = w === GAP ? GAP : (wordStems[i] ?? "");
    stems.push(stemmed);
    const term = w === GAP || wordStops[i] === true || preposition(w, i) ? GAP : stemmed;
    restTerms.push(term);
    if (term !== GAP) contentTerms.push(term);
  });
  const concepts: Concept[] = [];
  // "Which *military* alliance", "which *political* party": a word between the question word and the
  // noun that names the answer's type describes the answer, which a record need not say again.
  // "float *the idea of* a working group": a noun that only leads to the thing it is of says nothing
  // a record need repeat.
  const modifies = (i: number) =>
    (noun.from !== undefined && noun.at !== undefined && i > noun.from && i < noun.at) ||
    // ("the *decision to* impose sanctions", "the sanctions *decision*": what the decision is of says it.)
    (LEADING_NOUNS.has(words[i] ?? "") &&
      (words[i + 1] === "of" ||
        words[i + 1] === "to" ||
        links.some((l) => l.end === i) ||
        (i > 0 && !stopwords.has(words[i - 1] ?? "") && !questionWords.has(words[i - 1] ?? "")))) ||
    // "what did the minister say *his country* prefers": a type noun after a possessive pronoun stands
    // for whom the pronoun means, which a record names in its own words. (Not after a preposition:
    // "get air defence *from its allies*" says where from, which the record must say too.)
    (PRONOUN_OWNERS.has(words[i - 1] ?? "") &&
      typeOfNoun.has(words[i] ?? "") &&
      !PREPOSITIONS.has(words[i - 2] ?? "") &&
      words[i - 2] !== "of") ||
    // "a proposal *to set up* a working group": making what is named is part of naming it.
    // ("What did the US suggest *creating* to…?": what is made is asked, the making only frames it.)
    (MAKING_WORDS.has(words[i] ?? "") &&
      (words[i + 1] === "to" ||
        onlyStopwords(words, i + 1, words.length) ||
        links.some((l) => l.at > i && onlyStopwords(words, i + 1, l.at)))) ||
    (clauseFrom >= 0 && i >= clauseFrom) ||
    (reduced !== undefined && i >= reduced.from && i < reduced.to) ||
    // "the two countries", "both sides": the two parties, whichever words a record names them with.
    (BOTH_NOUNS.has(words[i] ?? "") && (words[i - 1] === "both" || words[i - 1] === "two"));
  // Which of the words a thesaurus group took, by position (a plain array: a set per question cost more).
  const covered: boolean[] = [];
  const expansions = synonymExpansion(stems, contentTerms);
  // Where each expansion's words are: "risk" inside "put at risk" is part of that phrase's idea, not
  // one of its own that a record must carry too ("Which jets could be put at risk?").
  // (Only a phrase of two words or more can hold another's word: most questions have none.)
  const phrased = expansions.length > 1 && expansions.some((e) => e.triggers.length > 1);
  const spread = phrased ? expansions.map((e) => contentPositions(e.triggers, stems, rest)) : undefined;
  // (A phrase is longer by all its words, stopwords too: "get *under way*" holds "get".)
  const inside = (k: number) => {
    const own = spread?.[k];
    if (spread === undefined || own === undefined || own.length === 0) return false;
    const size = expansions[k]?.triggers.length ?? 0;
    for (let j = 0; j < spread.length; j++) {
      if (j === k || (expansions[j]?.triggers.length ?? 0) <= size) continue;
      const other = spread[j] as readonly number[];
      if (own.every((i) => other.includes(i))) return true;
    }
    return false;
  };
  for (const [k, expansion] of expansions.entries()) {
    // A corrected word's match is as sure as its correction.
    let corrected = false;
    let onlyModifiers = true;
    for (let i = 0; i < stems.length; i++) {
      if (!expansion.triggers.includes(stems[i] ?? "")) continue;
      covered[i] = true;
      // A stopword of the phrase ("point *the* way") says nothing of where its content is.
      if (stopwords.has(rest[i] ?? "")) continue;
      if (fixed.has(i)) corrected = true;
      if (!modifies(i)) onlyModifiers = false;
    }
    if (inside(k)) onlyModifiers = true;
    const units: { terms: readonly string[]; weight: number }[] = [
      {
        terms: expansion.triggers.filter((t) => !stopwords.has(t)),
        weight: corrected ? WEIGHT_TYPO : WEIGHT_WORD,
      },
    ];
    const stopwordsOnly = (units[0]?.terms.length ?? 0) === 0;
    if (stopwordsOnly) units.length = 0;
    // A group with a member of stopwords only ("do the same" of reciprocate) may be what a record
    // says in words no term shows: when no record has any other member, the idea is not required.
    const unseen =
      expansion.loose &&
      !expansion.triggers.some((t) => ax.knownTerm(t)) &&
      !expansion.members.some((m) => m.every((t) => ax.knownTerm(t)));
    const optional = stopwordsOnly || onlyModifiers || unseen;
    for (const member of expansion.members) units.push({ terms: member, weight: WEIGHT_SYNONYM });
    if (units.length > 0) concepts.push(optional ? { units, optional } : { units });
  }
  restTerms.forEach((term, i) => {
    if (term === GAP || covered[i] === true) return;
    const units: { terms: readonly string[]; weight: number }[] = [
      { terms: [term], weight: fixed.has(i) ? WEIGHT_TYPO : WEIGHT_WORD },
    ];
    if (!ax.knownTerm(term)) {
      // A typo can change the stem ("contrat" stems to "contr"): look for the word as written too.
      const near = new Set(ax.nearMisses(term));
      const word = rest[i] ?? "";
      if (word !== term) for (const n of ax.nearMisses(word)) near.add(n);
      for (const n of near) units.push({ terms: [n], weight: WEIGHT_TYPO });
    }
    concepts.push(modifies(i) ? { units, optional: true } : { units });
  });
  // "The S-400 *is a weapon system* from which country?": words after a name and "is a" that the
  // entity is known by, or that name its type, only say again what it is: no record need have them.
  for (const link of links) {
    const id = link.ids.length === 1 ? link.ids[0] : undefined;
    if (id === undefined || link.descriptive || !COPULAS.has(words[link.end] ?? "")) continue;
    const entity = ax.entities.get(id);
    let at = link.end + 1;
    if (words[at] === "a" || words[at] === "an" || words[at] === "the") at++;
    const restating = new Set<string>();
    for (; at < words.length && wordStops[at] !== true; at++) {
      const word = words[at] ?? "";
      const term = wordStems[at] ?? "";
      const typed = entity !== undefined && (typeOfNoun.get(word) ?? []).includes(entity.type);
      if (!ax.kindTermsOf(id).has(term) && !typed) break;
      restating.add(term);
    }
    if (restating.size === 0) continue;
    for (let k = 0; k < concepts.length; k++) {
      const concept = concepts[k] as Concept;
      const own = concept.units[0]?.terms ?? [];
      if (concept.optional !== true && own.length > 0 && own.every((t) => restating.has(t)))
        concepts[k] = { ...concept, optional: true };
    }
  }
  // "Who are the three other SSB officials sanctioned alongside Demir?" asks who they are, as
  // "Who is X?" does: the rest only says what is known of them (a participle or a preposition follows).
  const after = named === undefined ? "" : (words[named.end + 1] ?? "");
  const whoIsNamed =
    named !== undefined &&
    (words[0] === "who" || words[0] === "whos") &&
    BE.has(words[1] ?? "") &&
    // "Who was the S-400 sold to?" asks for whom it went to, not who the S-400 is.
    !PREPOSITIONS.has(words.at(-1) ?? "") &&
    (after === "" || PREPOSITIONS.has(after) || isParticiple(after));
  const identity =
    (wanted.kind === "agent" || wanted.kind === "thing") &&
    concepts.length === 0 &&
    links.length === 1 &&
    !(links[0]?.descriptive ?? false);
  // "What is the name of the SSB head?" asks who the head is, not the SSB's name.
  // (An abbreviation is asked of the entity named: "…better known by which abbreviation?")
  // "What is the name of *the Turkish defence body* that was sanctioned?" names what it describes.
  const nameAt = words.findIndex((w, i) => (w === "name" || w === "names") && words[i + 1] === "of");
  const namedAt = words[nameAt + 2] === "the" ? nameAt + 3 : nameAt + 2;
  // (Only when the name is all the phrase: "the name of the SSB *head*" asks who heads it.)
  // (…or a clause without "that" starts after it: "the name of *the Russian missile system* Turkey bought".)
  const phraseEnds = (i: number) =>
    i >= words.length ||
    CLAUSE_STARTS.has(words[i] ?? "") ||
    links.some((l) => l.at === i && l.actor !== true);
  const namesLink = nameAt >= 0 && links.some((l) => l.at === namedAt && phraseEnds(l.end));
  const nameOfOther =
    wanted.kind === "name" && wanted.part !== "abbreviation" && concepts.length > 0 && !namesLink;
  const asked = askedIn(words);
  const converse = conversesIn(words);
  // "Who was Demir sanctioned by?": a "by" that ends the question asks for the agent, so the entity
  // named is what the act was done to, not its actor.
  const agentAsked = words.at(-1) === "by";
  // "What did the US do…": "do" as the main verb, after the auxiliary; "How did Turkey respond…".
  const whatAt = words.indexOf("what");
  const doesAct =
    whatAt >= 0 && words.some((w, i) => i > whatAt + 1 && (w === "do" || w === "doing" || w === "done"));
  // "What was *Turkey's reply* to…", "turkey response to…": a response noun right after a name asks
  // that name's act, as "How did Turkey respond to…" does.
  const responder = responds
    ? links.find((l) => l.ids.length === 1 && responseWords.has(wordStems[l.end] ?? ""))
    : undefined;
  const act = doesAct || (words.includes("how") && responds) || responder !== undefined;
  const reading: Reading = {
    wanted: nameOfOther ? { kind: "agent" } : wanted,
    links,
    concepts,
    identity: (identity && asked === undefined && !act) || whoIsNamed,
    speech,
    asksSpeaker: asksSpeaker && wanted.kind === "agent",
    passive,
    converse,
    actor:
      passive || converse.size > 0 || agentAsked || copular(words, wanted)
        ? undefined
        : (links.find((l) => l.actor && l.ids.length === 1) ?? responder)?.ids[0],
    asks: asked?.property,
    act,
    adjacent: adjacentPairs(words, positions, terms),
    words,
    possessors,
    negated: words.some((w) => NEGATIONS.has(w)),
    ...(restated === undefined ? {} : { restated }),
    ...(besides.length === 0 ? {} : { besides }),
    ...(askedYear === undefined && askedMonth === undefined
      ? {}
      : {
          askedDate: {
            ...(askedYear === undefined ? {} : { year: askedYear }),
            ...(askedMonth === undefined ? {} : { month: askedMonth }),
            ...(askedBound === undefined ? {} : { bound: askedBound }),
          },
        }),
  };
  return reading;
}

// The words that put a date asked of as a bound ("*before* 2018", "*prior to* April", "*since* 2016").
const DATE_BOUNDS: ReadonlyMap<string, "before" | "after"> = new Map([
  ["before", "before"],
  ["prior", "before"],
  ["until", "before"],
  ["till", "before"],
  ["earlier", "before"],
  ["after", "after"],
  ["since", "after"],
  ["later", "after"],
]);

/** Whether the date word at `at` is a bound ("before 2018", "prior to 2018", "earlier than April 2018"). */
function dateBoundBefore(words: readonly string[], at: number): "before" | "after" | undefined {
  // ("before *April* 2018", "prior *to* 2018", "earlier *than* 2018": one word may come between.)
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const bound = DATE_BOUNDS.get(words[i] ?? "");
    if (bound !== undefined) return bound;
    if (words[i] !== "to" && words[i] !== "than" && foldedMonthNames.indexOf(words[i] ?? "") < 0)
      return undefined;
  }
  return undefined;
}

// A type noun's term and its one-word thesaurus synonyms, worked out once per noun.
const kins = new Map<string, readonly string[]>();
export function kinOf(term: string): readonly string[] {
  let kin = kins.get(term);
  if (kin === undefined) {
    const list = [term];
    for (const { members } of synonymExpansion([term], [term]))
      for (const member of members) if (member.length === 1) list.push(member[0] ?? "");
    kin = list;
    kins.set(term, kin);
  }
  return kin;
}

/** Whether an entity is known by the noun that named the wanted type, or by a synonym of it ("aircraft" → the F-35 jet). */
export function knownByNoun(ax: AnswerIndex, wanted: Wanted, id: string): boolean {
  if (wanted.kind !== "entity" || wanted.kin === undefined) return false;
  const kinds = ax.kindTermsOf(id);
  return wanted.kin.some((t) => kinds.has(t));
}

const GENERIC_PEOPLE = new Set(["people", "persons", "individuals", "ones", "those", "figures"]);
// Nouns for anyone: skipped where a person is asked for ("Who is *the man*…"), and of them, those a
// count may be of ("How many *people*…").
const ANYONE = new Set(["man", "woman", "person", "guy", "individual", "people", "persons", "individuals"]);
const COUNTED_PEOPLE = new Set(["people", "persons", "person", "individuals", "individual"]);

const PAIR_DETERMINERS = new Set(["the", "its", "their", "any", "a", "an", "his", "her"]);

/** The pairs of content terms with one preposition between them in the question's words, and the preposition. */
function adjacentPairs(
  words: readonly string[],
  positions: readonly number[],
  terms: readonly string[],
): (readonly [string, string, string])[] {
  const pairs: (readonly [string, string, string])[] = [];
  for (let k = 0; k + 1 < terms.length; k++) {
    const between = (positions[k] ?? 0) + 1;
    const word = words[between] ?? "";
    // Only a verb of a relation leaves its object out ("procure *from* NATO"); "air defence *from*
    // NATO" leaves nothing out.
    // ("procure from *its* NATO allies": a determiner may come between.)
    const next = positions[k + 1];
    const follows =
      next === between + 1 || (next === between + 2 && PAIR_DETERMINERS.has(words[between + 1] ?? ""));
    if (follows && PREPOSITIONS.has(word) && relationWords.has(words[between - 1] ?? ""))
      pairs.push([terms[k] ?? "", terms[k + 1] ?? "", word]);
  }
  return pairs;
}

/** Whether an entity's type fits what the question wants. */
export function fitsWanted(wanted: Wanted, entity: Entity): boolean {
  switch (wanted.kind) {
    case "agent":
      return entity.type !== "weapon-system" && entity.type !== "political-party";
    case "entity":
      return wanted.types.includes(entity.type);
    case "thing":
      return entity.type !== "person" && entity.type !== "country" && entity.type !== "group";
    // "What is the name of Turkey's procurement agency?": the entity described is the one named.
    case "name":
      return entity.type !== "group";
    default:
      return false;
  }
}
