/** The word lists reading a question needs from the phrasings and the thesaurus, worked out once as plain data. */
import type { EntityType } from "../model/entity.js";
import type { Predicate, QualifierProperty } from "../model/statement.js";
import { normalizeWords } from "../text/normalize.js";
import {
  actPhrasings,
  answerTypeNouns,
  conversePhrasings,
  type NamePart,
  namePhrasings,
  predicatePhrasings,
  qualifierPhrasings,
  respondsToPhrasings,
} from "../text/relations.js";
import { cachedStem, searchTerms } from "../text/terms.js";
import { stopwords } from "../text/thesaurus.js";

/**
 * What `question.ts` and `extract.ts` read off the phrasings (`text/relations.ts`) and the stopwords.
 * A pure function of them, so the build works it out once and ships it (`bundled-question-tables.ts`,
 * written by scripts/emit-tables.mjs): normalising and stemming the phrase lists as the bundle
 * loaded took about 1 ms of a cold import in Node 20.
 */
export interface QuestionTables {
  /**
   * The qualifiers a question asks for by their own name, each with its phrasings as words, then
   * those whose phrasings may give them rather than ask for them ("proposed by the US"), with only
   * their "whose" phrasings ("*whose proposal* did Turkey accept?"). Time, count and reason come from
   * "when", "how many", "why".
   */
  readonly askedPhrases: readonly {
    readonly property: QualifierProperty;
    readonly phrases: readonly (readonly string[])[];
  }[];
  /** The single words a reason is asked with ("reason", "caused", "triggered"), not "why" or "because". */
  readonly reasonWords: readonly string[];
  /** The stems of the words of `respondsToPhrasings`. */
  readonly responseWords: readonly string[];
  /** Words a relation is asked with: the phrasings of one word. */
  readonly relationWords: readonly string[];
  /** The stopwords less the relation words. */
  readonly answerStopwords: readonly string[];
  /** The entity types each noun of `answerTypeNouns` asks for. */
  readonly typeOfNoun: readonly (readonly [string, readonly EntityType[]])[];
  /** The phrases that ask for a name's parts, as words, the most specific part first ("first name" before "name"). */
  readonly namePhrases: readonly {
    readonly part: NamePart;
    readonly phrases: readonly (readonly string[])[];
  }[];
  /** Each word of the passive phrasings of a relation ("sanctioned"), with the relation it names (`conversePhrasings`). */
  readonly converseWords: readonly (readonly [string, Predicate])[];
  /** The words of a relationship as such ("relationship", "ties"): the phrasings of `relations-with`, as terms. */
  readonly relationshipTerms: readonly string[];
  /** The words of the relations that are acts ("accept", "propose", "buy"), as terms. */
  readonly actTerms: readonly string[];
}

const ASKED_BY_NAME = [
  "role",
  "condition",
  "level",
  "purpose",
  "status",
  "scope",
  "also-targets",
] as const satisfies readonly QualifierProperty[];
const ASKED_BY_WHOSE = ["proposed-by", "stated-by"] as const satisfies readonly QualifierProperty[];

/** The question tables of the phrasings as they are. */
export function questionTablesOf(): QuestionTables {
  const relationWords = new Set<string>(
    (Object.values(predicatePhrasings) as readonly (readonly string[])[]).flatMap((phrases) =>
      phrases.filter((p) => !p.includes(" ")),
    ),
  );
  const typeOfNoun = new Map<string, EntityType[]>();
  for (const [type, nouns] of Object.entries(answerTypeNouns) as [EntityType, readonly string[]][]) {
    for (const noun of nouns) {
      const list = typeOfNoun.get(noun) ?? [];
      list.push(type);
      typeOfNoun.set(noun, list);
    }
  }
  return {
    askedPhrases: [
      ...ASKED_BY_NAME.map((property) => ({
        property,
        phrases: qualifierPhrasings[property].map((p) => normalizeWords(p)),
      })),
      ...ASKED_BY_WHOSE.map((property) => ({
        property,
        phrases: qualifierPhrasings[property]
          .filter((p) => p.startsWith("whose "))
          .map((p) => normalizeWords(p)),
      })),
    ],
    reasonWords: [
      ...new Set(qualifierPhrasings.reason.filter((p) => !p.includes(" ") && p !== "why" && p !== "because")),
    ],
    responseWords: [...new Set(respondsToPhrasings.flatMap((p) => normalizeWords(p).map(cachedStem)))],
    relationWords: [...relationWords],
    answerStopwords: [...stopwords].filter((w) => !relationWords.has(w)),
    typeOfNoun: [...typeOfNoun],
    namePhrases: (Object.entries(namePhrasings) as [NamePart, readonly string[]][])
      .map(([part, phrases]) => ({ part, phrases: phrases.map((p) => normalizeWords(p)) }))
      .reverse(),
    converseWords: [
      ...new Map(
        Object.entries(conversePhrasings).flatMap(([predicate, phrases]) =>
          phrases.flatMap((phrase) =>
            normalizeWords(phrase).map((word) => [word, predicate as Predicate] as const),
          ),
        ),
      ),
    ],
    relationshipTerms: [...new Set(predicatePhrasings["relations-with"].flatMap((p) => searchTerms(p)))],
    actTerms: [
      ...new Set(
        (Object.keys(actPhrasings) as Predicate[]).flatMap((p) =>
          predicatePhrasings[p].flatMap((phrase) => searchTerms(phrase)),
        ),
      ),
    ],
  };
}
