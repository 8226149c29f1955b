// Scores a search on the evaluation questions: hit@1, hit@3 and MRR, the same way for ours and the peer.

/** Folds text for answer matching: lower case, no diacritics or quotes, dotted abbreviations joined. */
export function fold(text) {
  return ` ${text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/ı/g, "i")
    .replace(/['’‘“”"]/g, "")
    .replace(/(?<=\p{L})\.(?=\p{L})/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;
}

// Fields that explain a record rather than say what it states: not where an answer may be found.
const SKIPPED_KEYS = new Set(["kind", "reasoning", "inferred", "nameNote", "basis"]);

/**
 * Every word a record carries (its text fields, objects, qualifiers, cited words), plus the names and
 * aliases of the entities it refers to. `entityNames(id)` gives those names, or undefined.
 */
export function recordHaystack(record, entityNames) {
  const parts = [];
  const walk = (value, key) => {
    if (SKIPPED_KEYS.has(key)) return;
    if (typeof value === "string") {
      parts.push(value);
      const names = entityNames(value);
      if (names !== undefined) parts.push(...names);
    } else if (typeof value === "number") {
      parts.push(String(value));
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
    } else if (value !== null && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk(record, "");
  return fold(parts.join(" ; "));
}

/** Whether a hit answers a question: its folded text holds the answer, or it is one of the expected ids. */
export function answers(question, hit) {
  if (question.ids?.includes(hit.id)) return true;
  return hit.haystack.includes(fold(question.answer));
}

/**
 * Runs `ask(question)` (which returns hits `{ id, haystack }` best first) for every question, and
 * gives hit@1, hit@3, MRR (over the hits returned) and the questions missed at rank 3.
 */
export function evaluate(questions, ask) {
  let hit1 = 0;
  let hit3 = 0;
  let reciprocal = 0;
  const misses = [];
  for (const question of questions) {
    const hits = ask(question);
    const rank = hits.findIndex((hit) => answers(question, hit));
    if (rank === 0) hit1++;
    if (rank >= 0 && rank < 3) hit3++;
    if (rank >= 0) reciprocal += 1 / (rank + 1);
    if (rank < 0 || rank >= 3)
      misses.push({ q: question.q, answer: question.answer, top: hits.slice(0, 3).map((h) => h.id) });
  }
  const n = questions.length || 1;
  return { hit1: hit1 / n, hit3: hit3 / n, mrr: reciprocal / n, misses };
}
