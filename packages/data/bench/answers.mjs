// The answer evaluation: answer() and strict search hits on questions-train.json and
// questions-holdout.json, next to a MiniSearch peer over the same records with the same field boosts.
import { readFileSync } from "node:fs";
import MiniSearch from "minisearch";
import { fold } from "./score.mjs";
import { MAX_ANSWER_WORDS, ownHaystack, scoreAnswers, searchable, strictHits } from "./score-answers.mjs";

const here = new URL(".", import.meta.url);
const load = (name) => JSON.parse(readFileSync(new URL(name, here), "utf8")).questions;
export const splits = {
  train: load("questions-train.json"),
  holdout: load("questions-holdout.json"),
  holdout2: load("questions-holdout-2.json"),
  holdout3: load("questions-holdout-3.json"),
  holdout4: load("questions-holdout-4.json"),
  holdout5: load("questions-holdout-5.json"),
  holdout6: load("questions-holdout-6.json"),
  holdout7: load("questions-holdout-7.json"),
  holdout8: load("questions-holdout-8.json"),
  holdout10: load("questions-holdout-10.json"),
  holdout11: load("questions-holdout-11.json"),
  holdout9: load("questions-holdout-9.json"),
  holdout12: load("questions-holdout-12.json"),
  holdout13: load("questions-holdout-13.json"),
  holdout14: load("questions-holdout-14.json"),
  holdout15: load("questions-holdout-15.json"),
  holdout16: load("questions-holdout-16.json"),
  holdout17: load("questions-holdout-17.json"),
  holdout18: load("questions-holdout-18.json"),
  holdout19: load("questions-holdout-19.json"),
  holdout20: load("questions-holdout-20.json"),
  holdout21: load("questions-holdout-21.json"),
  holdout22: load("questions-holdout-22.json"),
  holdout23: load("questions-holdout-23.json"),
  holdout24: load("questions-holdout-24.json"),
  holdout25: load("questions-holdout-25.json"),
  holdout26: load("questions-holdout-26.json"),
  holdout27: load("questions-holdout-27.json"),
  holdout28: load("questions-holdout-28.json"),
  holdout29: load("questions-holdout-29.json"),
  holdout30: load("questions-holdout-30.json"),
  holdout31: load("questions-holdout-31.json"),
  holdout33: load("questions-holdout-33.json"),
};

/** The words of a record by field, as our search weighs them: name 3, text 2, cited words 1, referenced names 0.8. */
function peerDocument(record, nameOf, aliasesOf) {
  const own = [];
  const name = [];
  const refs = [];
  for (const key of ["summary", "text", "description", "proposition"])
    if (typeof record[key] === "string") own.push(record[key]);
  for (const key of ["name", "title", "label"]) if (typeof record[key] === "string") name.push(record[key]);
  for (const alias of record.aliases ?? []) name.push(alias.text);
  const ids = [record.subject, record.claimant, record.speaker, record.onBehalfOf];
  if (record.object?.kind === "entity") ids.push(record.object.id);
  else if (record.object !== undefined) own.push(String(record.object.value));
  for (const q of record.qualifiers ?? []) {
    if (q.note !== undefined) refs.push(q.note);
    if (q.value.kind === "entity") ids.push(q.value.id);
    else refs.push(String(q.value.value));
  }
  for (const p of record.participants ?? []) ids.push(p.entity);
  for (const id of ids) if (typeof id === "string") refs.push(nameOf(id) ?? "", ...(aliasesOf(id) ?? []));
  const cited = (record.provenance ?? []).map((span) => span.exact);
  return {
    id: record.id,
    name: name.join(" ; "),
    text: own.join(" ; "),
    cited: cited.join(" ; "),
    refs: refs.join(" ; "),
  };
}

// The peer gets our folding (case, diacritics, Defence/Defense is left to its fuzzy match) and our boosts.
const STOP = new Set(
  "a an the and or of to in on at by for with from as is are was were be been do does did what which who whom whose when where why how that this it its".split(
    " ",
  ),
);
const processTerm = (term) => {
  const t = fold(term).trim();
  return t === "" || STOP.has(t) ? null : t;
};

/** A MiniSearch over every record but the raw sentences and topics, configured as fairly as we can. */
export function buildPeer(data) {
  const entities = new Map(data.dataset.entities.map((e) => [e.id, e]));
  const nameOf = (id) => entities.get(id)?.name;
  const aliasesOf = (id) => entities.get(id)?.aliases.map((a) => a.text);
  const d = data.dataset;
  const records = [...d.statements, ...d.events, ...d.claims, ...d.quotes, ...d.entities];
  const byId = new Map(records.map((r) => [r.id, r]));
  const peer = new MiniSearch({
    fields: ["name", "text", "cited", "refs"],
    processTerm,
    searchOptions: {
      boost: { name: 3, text: 2, cited: 1, refs: 0.8 },
      fuzzy: 0.2,
      prefix: true,
      processTerm,
    },
  });
  peer.addAll(records.map((r) => peerDocument(r, nameOf, aliasesOf)));
  return { peer, byId, nameOf };
}

/** The peer's answer: its top hit's own words (a name, title, summary or text), or null with no hit. */
export function peerAnswer(peer, byId, question) {
  const [top] = peer.search(question);
  if (top === undefined) return null;
  const record = byId.get(top.id);
  const text = record.kind === "entity" ? record.name : (record.summary ?? record.text ?? record.title);
  return {
    text:
      text.split(/\s+/).length <= MAX_ANSWER_WORDS
        ? text
        : text.split(/\s+/).slice(0, MAX_ANSWER_WORDS).join(" "),
  };
}

/** Every figure of the answer evaluation for one split. */
export function evaluateSplit(data, peerParts, questions) {
  const { peer, byId, nameOf } = peerParts;
  const answerable = questions.filter(searchable);
  const ours = scoreAnswers(questions, (q) => data.answer(q));
  const theirs = scoreAnswers(questions, (q) => peerAnswer(peer, byId, q));
  const oursSearch = strictHits(answerable, (q) =>
    data.search(q.q, { limit: 3 }).map((hit) => ({ id: hit.id, haystack: ownHaystack(hit.record, nameOf) })),
  );
  const theirsSearch = strictHits(answerable, (q) =>
    peer
      .search(q.q)
      .slice(0, 3)
      .map((hit) => ({ id: hit.id, haystack: ownHaystack(byId.get(hit.id), nameOf) })),
  );
  return { ours, theirs, oursSearch, theirsSearch };
}
