/** Question shapes: what a question's words ("who", "when", "which country") say about the record that answers it. */
import type { EntityType } from "../model/entity.js";
import { entityTypes } from "../model/entity.js";
import type { RecordKind } from "../model/record.js";
import { recordKinds } from "../model/record.js";
import { answerTypeNouns, auxiliaryVerbs } from "../text/relations.js";

/** Prior weight of each kind: structured records answer; raw sentences and topics only support. */
const KIND_PRIOR: Readonly<Record<RecordKind, number>> = {
  statement: 1,
  event: 1,
  claim: 1,
  quote: 1,
  entity: 0.95,
  topic: 0.8,
  source: 0.7,
};

/** Question shapes: words that say what kind of record answers, and how much to favour it. */
const SHAPES: readonly {
  readonly words: readonly string[];
  readonly favour: Partial<Record<RecordKind, number>>;
}[] = [
  { words: ["who", "whom", "whose"], favour: { statement: 1.2, entity: 1.15 } },
  { words: ["when", "date", "year", "month", "day"], favour: { event: 1.45 } },
  {
    // ("At what event did Cavusoglu make his *remarks*…": where words were said is a quote's occasion.)
    words: [
      "said",
      "say",
      "says",
      "quote",
      "words",
      "stated",
      "told",
      "remarks",
      "comments",
      "spoke",
      "speaking",
    ],
    favour: { quote: 1.35, claim: 1.1 },
  },
  // "How did the minister *describe* the sanctions?": what someone called something is a position.
  {
    words: [
      "describe",
      "call",
      "characterize",
      "characterise",
      "label",
      "liken",
      "likened",
      "deem",
      "deemed",
    ],
    favour: { claim: 1.3, quote: 1.2 },
  },
  {
    words: ["why", "argue", "argued", "position", "stance", "view", "think", "believe", "claim"],
    favour: { claim: 1.35 },
  },
];

// The kind weights of each combination of shapes, computed once: a query only looks its own up.
const kindWeightsByShapes = new Map<number, Float64Array>();

/** The weight of each kind of record (in `recordKinds` order) for a question of these words. */
export function kindWeights(words: readonly string[]): Float64Array {
  let mask = 0;
  SHAPES.forEach((shape, bit) => {
    if (shape.words.some((w) => words.includes(w))) mask |= 1 << bit;
  });
  let weights = kindWeightsByShapes.get(mask);
  if (weights === undefined) {
    const built = Float64Array.from(recordKinds, (kind) => KIND_PRIOR[kind]);
    SHAPES.forEach((shape, bit) => {
      if ((mask & (1 << bit)) === 0) return;
      for (const [kind, factor] of Object.entries(shape.favour)) {
        const k = recordKinds.indexOf(kind as RecordKind);
        built[k] = (built[k] ?? 1) * factor;
      }
    });
    kindWeightsByShapes.set(mask, built);
    weights = built;
  }
  return weights;
}

/** How much more a record counts when it refers to the kind of entity the question asks for. */
export const ANSWER_TYPE_BOOST = 1.25;

const typeBit = (type: EntityType) => 1 << entityTypes.indexOf(type);
/** The entity types each type noun names ("which country", "what party"): the answer's own table. */
const TYPE_NOUNS = new Map<string, number>();
for (const [type, nouns] of Object.entries(answerTypeNouns) as [EntityType, readonly string[]][])
  for (const noun of nouns) TYPE_NOUNS.set(noun, (TYPE_NOUNS.get(noun) ?? 0) | typeBit(type));
const WHO = typeBit("person") | typeBit("group");
const WHERE = typeBit("country");

/** The entity types the question's shape asks for, as a mask of `entityTypes` bits. */
export function answerTypes(words: readonly string[]): number {
  let mask = 0;
  if (words.includes("who") || words.includes("whom") || words.includes("whose")) mask |= WHO;
  if (words.includes("where")) mask |= WHERE;
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] !== "which" && words[i] !== "what") continue;
    for (let j = i + 1; j < Math.min(words.length, i + 5) && !auxiliaryVerbs.has(words[j] ?? ""); j++) {
      const bits = TYPE_NOUNS.get(words[j] ?? "");
      if (bits !== undefined) {
        mask |= bits;
        break;
      }
    }
  }
  return mask;
}

/**
 * What a question's shape asks for, as words a record carries when it answers: a reason qualifier
 * or a cause for "why", a time for "when", a count for "how many". Optional concepts.
 */
const SHAPE_CONCEPTS: readonly { readonly words: readonly string[]; readonly terms: readonly string[] }[] = [
  { words: ["why"], terms: ["reason", "caus", "necessity"] },
  { words: ["when"], terms: ["time", "dat"] },
  { words: ["many", "number"], terms: ["count"] },
];

/** The terms of the optional concepts a question's shape brings ("why" → reason, cause). */
export function shapeTerms(words: readonly string[]): readonly string[] {
  const terms: string[] = [];
  for (const shape of SHAPE_CONCEPTS)
    if (shape.words.some((w) => words.includes(w))) terms.push(...shape.terms);
  return terms;
}
