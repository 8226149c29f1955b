// Scores answers and strict search hits on the answer questions, the same way for ours and the peer.
import { fold } from "./score.mjs";

/** The longest answer text that counts: a short answer names its gold, a paragraph does not. */
export const MAX_ANSWER_WORDS = 12;

/** Whether an answer text names one of the gold answers and is short enough. */
export function answerIsRight(text, gold) {
  if (text.trim().split(/\s+/).length > MAX_ANSWER_WORDS) return false;
  const folded = fold(text);
  return gold.some((g) => folded.includes(fold(g)));
}

// A record's own fields: what it is called and what it states, never the words it cites.
// (A quote's `occasion`, "on Wednesday", is one of its own fields too: left out by mistake before
// 2 Dec 2026, fifth session.)
const OWN_FIELDS = ["name", "summary", "text", "title", "label", "proposition", "description", "occasion"];
// Fields that hold the id of an entity the record is about: the record's own field, by reference.
const REFERENCE_FIELDS = ["subject", "claimant", "speaker", "onBehalfOf"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
/** "2017-04" → "April 2017", "2021-01-20" → "20 January 2021 January 20": a date as people write it. */
function spellDate(value) {
  const [year, month, day] = value.split("-");
  const name = MONTHS[Number(month) - 1];
  if (name === undefined) return value;
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year} ${name} ${Number(day)}`;
}
const spellValue = (value, nameOf) =>
  value.kind === "entity"
    ? (nameOf(value.id) ?? "")
    : value.kind === "date"
      ? spellDate(value.value)
      : String(value.value);

/**
 * The folded words of a record's own fields: its name and aliases, summary, text, title, description,
 * occasion, its qualifiers (notes and values), its object, its date, and the canonical names of the entities its
 * own fields refer to (subject, object, claimant, speaker, participants); never its cited words.
 * `nameOf(id)` gives an entity's canonical name.
 */
export function ownHaystack(record, nameOf) {
  const parts = [];
  for (const key of OWN_FIELDS) if (typeof record[key] === "string") parts.push(record[key]);
  for (const alias of record.aliases ?? []) parts.push(alias.text);
  for (const key of REFERENCE_FIELDS)
    if (typeof record[key] === "string") parts.push(nameOf(record[key]) ?? "");
  for (const p of record.participants ?? []) parts.push(nameOf(p.entity) ?? "");
  for (const q of record.qualifiers ?? []) {
    if (q.note !== undefined) parts.push(q.note);
    parts.push(spellValue(q.value, nameOf));
  }
  if (record.object !== undefined) parts.push(spellValue(record.object, nameOf));
  if (record.date !== undefined) parts.push(spellDate(record.date.value));
  return fold(parts.join(" ; "));
}

/** Whether a question can score a search: it has a gold answer words can show (not a bare yes or no). */
export function searchable(question) {
  return question.answer?.some((g) => !/^(yes|no)$/i.test(g)) === true;
}

/** Strict hit@1 and hit@3: a hit counts only when a gold answer is in its own fields (see `ownHaystack`). */
export function strictHits(questions, ask) {
  let hit1 = 0;
  let hit3 = 0;
  const misses = [];
  for (const question of questions) {
    const hay = ask(question).slice(0, 3);
    const rank = hay.findIndex((h) => question.answer.some((g) => h.haystack.includes(fold(g))));
    if (rank === 0) hit1++;
    if (rank >= 0) hit3++;
    else misses.push({ q: question.q, top: hay.map((h) => h.id) });
  }
  const n = questions.length || 1;
  return { hit1: hit1 / n, hit3: hit3 / n, misses };
}

/** Right, wrong and no answers over the answerable questions; abstentions over the others. */
export function scoreAnswers(questions, ask) {
  const result = { right: 0, wrong: 0, none: 0, answerable: 0, unanswerable: 0, abstained: 0, failures: [] };
  for (const question of questions) {
    const answer = ask(question.q);
    if (question.answer === null) {
      result.unanswerable++;
      if (answer === null) result.abstained++;
      else result.failures.push({ q: question.q, got: answer.text, want: null });
      continue;
    }
    result.answerable++;
    if (answer === null) {
      result.none++;
      result.failures.push({ q: question.q, got: null, want: question.answer });
    } else if (answerIsRight(answer.text, question.answer)) result.right++;
    else {
      result.wrong++;
      result.failures.push({ q: question.q, got: answer.text, want: question.answer });
    }
  }
  return result;
}
