/** How questions phrase each relation of the model: data, not code, reviewed here and tested like the thesaurus. */
import type { Predicate, QualifierProperty } from "../model/statement.js";

/**
 * The words a question uses for each predicate, in their plain form (the matcher normalises and
 * stems them; a phrase matches a run of the question's words). A statement is read as stating
 * these words too, so "Who runs the SSB?" reaches the `head-of` statement whatever its summary says.
 * Every predicate must be here: a new predicate without phrasings fails to compile.
 */
export const predicatePhrasings = Object.freeze({
  "head-of": [
    "head",
    "heads",
    "chief",
    "runs",
    "leads",
    "leader",
    "in charge",
    "boss",
    "director",
    "works for",
  ],
  "foreign-minister-of": ["foreign minister", "top diplomat", "foreign secretary", "chief diplomat"],
  "president-elect-of": ["president elect", "incoming president", "next president", "new president", "win"],
  "incumbent-president-of": ["incumbent", "current president", "sitting president", "outgoing president"],
  "member-of-party": ["party", "member", "belong", "affiliation", "represent"],
  "member-of": ["member", "ally", "belong", "part", "join"],
  sanctions: ["sanction", "penalize", "punish", "target", "blacklist", "impose", "slap", "hit"],
  purchases: ["buy", "bought", "purchase", "acquire", "procure", "sell", "sold", "get", "supply"],
  "signed-contract-with": ["sign", "contract", "deal", "sign a deal"],
  proposes: ["propose", "proposal", "suggest", "offer", "idea"],
  "agrees-to": ["agree", "accept", "say yes", "approve"],
  "negotiates-with": ["negotiate", "negotiation", "talks", "talk", "discuss"],
  opposes: ["oppose", "opposition", "object", "against", "worried", "concern"],
  "part-of": ["part", "belong", "agency", "body", "arm"],
  "employed-by": ["employ", "employee", "work for", "staff", "official"],
  // The text only calls the S-400 "Russian"; a question about where it comes from still finds that.
  "described-as": [
    "describe",
    "described",
    "call",
    "called",
    "russian",
    "come from",
    "origin",
    // "Which country *makes* the S-400?": who makes a thing is where it comes from.
    "makes",
    "maker",
    "produce",
    "producer",
    "manufacture",
    "manufacturer",
  ],
  advocates: ["advocate", "support", "favor", "back", "push for", "champion", "promote"],
  replaces: ["replace", "succeed", "successor", "predecessor", "take over", "take office", "leave office"],
  "instance-of": ["kind", "type", "sort"],
  "relations-with": ["relation", "relationship", "ties"],
  "could-lead-to": ["lead to", "point the way", "result", "way forward", "help", "pave the way"],
  "led-by": ["led", "lead", "head"],
  "government-of": ["government", "administration", "govern"],
  concerns: ["concern", "subject"],
  represents: ["represent", "speak for", "act for", "on behalf"],
  "ready-to": ["ready", "willing", "prepared"],
} as const satisfies Readonly<Record<Predicate, readonly string[]>>);

/**
 * Relations that hold of their subject with one object at a time: a person heads one body, is one
 * country's foreign minister, belongs to one party. A yes/no question that gives the subject another
 * object of the same type ("Is Biden a Republican?" of Biden's being a Democrat) is answered "no".
 */
export const functionalPredicates: readonly Predicate[] = Object.freeze([
  "head-of",
  "foreign-minister-of",
  "president-elect-of",
  "incumbent-president-of",
  "member-of-party",
]);

/**
 * Relations that hold both ways: "When did Russia sign a contract with Turkey?" is answered by the
 * statement that Turkey signed one with Russia, though Russia is its object.
 */
export const symmetricPredicates: readonly Predicate[] = Object.freeze([
  "signed-contract-with",
  "negotiates-with",
  "relations-with",
]);

/**
 * Words that name a relation from its object's side: "Who sold Turkey the S-400?" asks for the object
 * of `purchases` (the seller), not its subject (the buyer). A question using one of these reads the
 * statement the other way round, as a passive question does.
 */
export const conversePhrasings = Object.freeze({
  purchases: ["sell", "sells", "sold", "seller", "supply", "supplies", "supplied", "supplier"],
  replaces: ["leave", "leaves", "leaving"],
} as const satisfies Readonly<Partial<Record<Predicate, readonly string[]>>>);

/**
 * The relations that are acts, in the past tense: how an answer says what someone did ("What did
 * Turkey do about the working group?" → "proposed the Turkey–US joint working group"). Relations
 * that are states (heads, is a member of) are not acts.
 */
export const actPhrasings: Readonly<Partial<Record<Predicate, string>>> = Object.freeze({
  sanctions: "imposed sanctions on",
  purchases: "bought",
  "signed-contract-with": "signed a contract with",
  proposes: "proposed",
  "agrees-to": "agreed to",
  "negotiates-with": "began talks with",
  opposes: "opposed",
  advocates: "advocated",
});

/**
 * The words a question uses for one position answering another (a claim's `respondsTo`): "How did
 * Turkey respond to the US claim…?" A claim that answers another is read as stating these words.
 */
export const respondsToPhrasings: readonly string[] = Object.freeze([
  "respond",
  "response",
  "answer",
  "reply",
  "rebut",
  "rebuttal",
  "counter",
  "react",
  "reaction",
]);

/**
 * Nouns that stand for the position answered ("the US *worries*", "the *claim* that…") when a question
 * asks for a response: they name the claim answered, not words either claim must hold.
 */
export const answeredPositionNouns: readonly string[] = Object.freeze([
  "worry",
  "worries",
  "concern",
  "concerns",
  "claim",
  "claims",
  "criticism",
  "objection",
  "objections",
  "argument",
  "arguments",
  "accusation",
  "accusations",
  "charge",
  "charges",
  "fear",
  "fears",
]);

/**
 * The words a question uses when it asks for one qualifier of a statement ("At what level…?" asks for
 * `level`). Every qualifier property must be here.
 */
export const qualifierPhrasings = Object.freeze({
  role: ["role", "job", "position", "title", "post"],
  count: ["how many", "number", "count"],
  time: ["when", "date", "year", "month", "day"],
  condition: [
    "condition",
    "if",
    "provided",
    "under what",
    "must be",
    "has to be",
    "have to be",
    "needs to be",
    "need to be",
    "required",
    "requires",
    "prerequisite",
  ],
  reason: [
    "why",
    "reason",
    "reasons",
    "because",
    "cause",
    "caused",
    "over what",
    "trigger",
    "triggered",
    "prompted",
    "motive",
    "grounds",
  ],
  "also-targets": ["also", "alongside", "along with", "besides", "together with", "too"],
  scope: ["scope", "what about"],
  status: ["status", "stage"],
  "stated-by": ["according to", "who said", "stated by", "whose words", "whose statement"],
  level: ["level"],
  counterparty: ["from whom", "with whom", "counterparty"],
  purpose: ["purpose", "for what", "aim", "goal"],
  "proposed-by": ["proposed by", "whose proposal"],
  participant: ["participant", "take part", "involved"],
  subject: ["subject", "topic", "about what"],
} as const satisfies Readonly<Record<QualifierProperty, readonly string[]>>);

/**
 * Words that frame a question without naming what it is about: they say how the asker thinks of the
 * answer ("What did X call…", "according to Turkey"), so a record need not contain them to answer.
 */
export const frameWords: readonly string[] = Object.freeze([
  "call",
  "called",
  "describe",
  "described",
  "characterize",
  "characterized",
  "characterizes",
  "label",
  "labelled",
  "labeled",
  "think",
  "thinks",
  "believe",
  "view",
  "consider",
  "according",
  "alongside",
  "besides",
  "together",
  "name",
  "names",
  "named",
  "stand",
  "short",
  "full",
  "mean",
  "means",
  "abbreviation",
  "acronym",
  "job",
  "role",
  "position",
  "title",
  "post",
  "level",
  "condition",
  "conditions",
  "purpose",
  "reason",
  "claim",
  "argue",
  "stance",
  "opinion",
  "really",
  "actually",
  "exactly",
  "usually",
  "rather",
  "question",
  "along",
  "help",
  "helps",
  "personally",
  "individually",
  "due",
  "going",
  "scheduled",
  "mention",
  "mentioned",
  "quoted",
  "refer",
  "refers",
  "referred",
  "per",
  "pls",
  "plz",
  "remind",
  "respect",
  "respects",
  "ways",
  "aspects",
  "two",
  "both",
  "commonly",
  "generally",
  "normally",
  "typically",
  "please",
  "known",
  "hold",
  "holds",
  // "Which government is *behind* the sanctions?", "Who is *responsible for* them?": who did it.
  "behind",
  "responsible",
  // Words about the reports themselves ("in these reports", "in the story", "in Cavusoglu's words"):
  // every record comes from them, so none needs to say so.
  "report",
  "reports",
  "reported",
  "reporting",
  "story",
  "stories",
  "article",
  "articles",
  "text",
  "news",
  "coverage",
  "word",
  "words",
  "outlet",
  "outlets",
  "media",
  "press",
  "sources",
  // Words that only place what is asked ("apart from the SSB", "regarding the sanctions").
  "regarding",
  "concerning",
  "apart",
  "aside",
  "except",
  "excluding",
  // "the Turkish *side*": a party to the talks is its country, which the name before says.
  "side",
  "sides",
  "eventually",
  "ultimately",
  "specifically",
  // ("On what *exact* date…": how precise the answer must be, which the question's reading keeps.)
  "exact",
  "precise",
  "precisely",
]);

/**
 * Phrases that ask for an entity's name, and which part of it. An abbreviation asked of a name the
 * question writes out is the abbreviation; asked of the abbreviation itself ("What is SSB an
 * abbreviation of?"), the full name.
 */
export const namePhrasings: Readonly<Record<NamePart, readonly string[]>> = Object.freeze({
  full: [
    "stand for",
    "stands for",
    "full name",
    "in full",
    "spelled out",
    "spelt out",
    "spell out",
    "written out",
    "long form",
    "full form",
    "long name",
    "longer name",
    "complete name",
    "official name",
    "formal name",
    "expansion",
    "expanded",
    "unabbreviated",
    "short for",
    "mean",
    "means",
    "name",
  ],
  first: ["first name", "given name", "forename"],
  last: ["last name", "surname", "family name"],
  abbreviation: [
    "abbreviation",
    "abbreviated",
    "acronym",
    "initials",
    "short form",
    "short name",
    "shorthand",
  ],
});

/** The parts of a name a question may ask for. */
export type NamePart = "full" | "first" | "last" | "abbreviation";

/**
 * The auxiliary verbs: one starts a yes/no question ("*Did* Turkey buy…?"), and one ends the phrase
 * that names the answer's type ("Which Russian weapon system *did*…").
 */
export const auxiliaryVerbs: ReadonlySet<string> = new Set([
  "is",
  "are",
  "was",
  "were",
  "do",
  "does",
  "did",
  "will",
  "would",
  "can",
  "could",
  "has",
  "have",
  "had",
  "should",
  "might",
  "may",
  "must",
  "shall",
]);

/**
 * Nouns for the one who holds a relation's end ("SSB *head*", "S-400 *seller*", "Biden
 * *predecessor*"): a query with no question word that ends with one asks who that is.
 */
export const agentNouns: readonly string[] = Object.freeze([
  "head",
  "chief",
  "leader",
  "boss",
  "director",
  "chairman",
  "seller",
  "supplier",
  "vendor",
  "buyer",
  "purchaser",
  "proposer",
  "predecessor",
  "successor",
  "replacement",
  "signatory",
  "backer",
  "advocate",
  "champion",
  "opponent",
  "critic",
  "spokesman",
  "speaker",
]);

/**
 * Nouns that, after "which", "what" or "what kind of", name the type of the answer ("which country",
 * "what party"); they say what is asked, not what the record must contain.
 */
export const answerTypeNouns = Object.freeze({
  country: [
    "country",
    "countries",
    "nation",
    "state",
    "government",
    "capital",
    "capitals",
    "member",
    "members",
    "ally",
    "allies",
    "side",
    "sides",
  ],
  alliance: ["alliance", "bloc", "pact", "ally", "allies"],
  "political-party": ["party", "parties"],
  "weapon-system": [
    "weapon",
    "weapons",
    "system",
    "systems",
    "jet",
    "jets",
    "missile",
    "missiles",
    "aircraft",
  ],
  person: ["person", "man", "woman", "minister", "president", "leader", "official", "member"],
  organization: [
    "organization",
    "agency",
    "body",
    "institution",
    "administration",
    "member",
    "side",
    "sector",
  ],
  group: ["group", "officials", "people", "experts", "side"],
  body: ["body", "group", "panel", "committee"],
} as const);

/**
 * Type nouns that name a kind within a type ("jet" among weapon systems, not "weapon" or "system"):
 * the answer must be known by the noun itself (a name, description or "instance of" says so), so
 * "Which jets does Turkey own?" is not answered with the S-400.
 */
export const subtypeNouns: readonly string[] = Object.freeze([
  "jet",
  "jets",
  "missile",
  "missiles",
  "aircraft",
]);

/** Number words for counts, so a count reads "three" as the text says it. */
export const numberWords: readonly string[] = Object.freeze([
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
]);

/**
 * One plain question per predicate, with `{subject}` and `{object}` standing for the names of a
 * statement's entities, and which of the two it asks for. The tests ask each of them of every
 * predicate the dataset holds, so a new predicate must come with a question `answer()` answers.
 */
export const relationQuestions = Object.freeze({
  "head-of": { ask: "Who heads {object}?", answers: "subject" },
  "foreign-minister-of": { ask: "Who is the foreign minister of {object}?", answers: "subject" },
  "president-elect-of": { ask: "Who is the president-elect of {object}?", answers: "subject" },
  "incumbent-president-of": { ask: "Who is the incumbent president of {object}?", answers: "subject" },
  "member-of-party": { ask: "Which party does {subject} belong to?", answers: "object" },
  "member-of": { ask: "What is {subject} a member of?", answers: "object" },
  sanctions: { ask: "Who sanctioned {object}?", answers: "subject" },
  purchases: { ask: "What did {subject} buy?", answers: "object" },
  "signed-contract-with": { ask: "Who did {subject} sign a contract with?", answers: "object" },
  proposes: { ask: "What did {subject} propose?", answers: "object" },
  "agrees-to": { ask: "What did {subject} agree to?", answers: "object" },
  "negotiates-with": { ask: "Who is {subject} negotiating with?", answers: "object" },
  opposes: { ask: "What does {subject} oppose?", answers: "object" },
  "part-of": { ask: "What is {subject} part of?", answers: "object" },
  "employed-by": { ask: "Who employs {subject}?", answers: "object" },
  "described-as": { ask: "What is the origin of {subject}?", answers: "object" },
  advocates: { ask: "What does {subject} advocate?", answers: "object" },
  replaces: { ask: "Who will {subject} replace?", answers: "object" },
  "instance-of": { ask: "What is {subject}?", answers: "object" },
  "relations-with": { ask: "How are the relations between {subject} and {object}?", answers: "status" },
  "could-lead-to": { ask: "What could {subject} lead to?", answers: "object" },
  "led-by": { ask: "Who leads {subject}?", answers: "object" },
  "government-of": { ask: "Whose government is {subject}?", answers: "object" },
  concerns: { ask: "What does {subject} concern?", answers: "object" },
  represents: { ask: "Whom does {subject} represent?", answers: "object" },
  "ready-to": { ask: "What is {subject} ready to do?", answers: "object" },
} as const satisfies Readonly<
  Record<Predicate, { readonly ask: string; readonly answers: "subject" | "object" | "status" }>
>);
