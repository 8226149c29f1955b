/** Search, a step of the history: results update as you type, ↑↓ choose, Enter opens one, Esc goes back to it. */
import { Box, Text } from "ink";
import { useEffect, useRef } from "react";
import { BlockPane, type LinkBlock } from "../components/block-pane.js";
import { Pane } from "../components/pane.js";
import { QueryInput } from "../components/query-input.js";
import { Failure } from "../components/status.js";
import { errorMessage, peek, type SearchHit } from "../data/source.js";
import { recordTitle } from "../format.js";
import { flushSync } from "../hooks/flush-sync.js";
import { KeyScope } from "../hooks/use-keys.js";
import { useList } from "../hooks/use-list.js";
import { type Route, useNavigation, useViewState } from "../navigation.js";
import { seg } from "../text.js";
import type { ViewProps } from "./layout.js";

type Results =
  | { readonly status: "idle" }
  | { readonly status: "ready"; readonly query: string; readonly hits: readonly SearchHit[] }
  | { readonly status: "error"; readonly message: string };

/** Where a result leads: a topic to its Positions, a sentence to Sources, anything else to its record. */
export function hitRoute(hit: SearchHit): Route {
  if (hit.type === "topic") return { view: "positions", topic: hit.id };
  if (hit.type === "source") return { view: "sources", sourceId: hit.id };
  return { view: "record", id: hit.id, kind: hit.type };
}

export function SearchView({ width, height, active }: ViewProps) {
  const { source, names, open } = useNavigation();
  const [query, setQuery] = useViewState("query", "");
  const [results, setResults] = useViewState<Results>("results", { status: "idle" });
  const hits = results.status === "ready" ? results.hits : [];
  const [index, setIndex] = useList("results", hits.length, active, Math.max(1, height - 5));
  const typed = useRef(query);
  const latest = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(pending.current), []);
  const scheduled = useRef(false);
  /** Asks for the results of the query as typed so far, once however many keys changed it. */
  const ask = () => {
    const next = typed.current;
    const ticket = ++latest.current;
    clearTimeout(pending.current);
    if (next.trim() === "") {
      setQuery(next);
      setResults({ status: "idle" });
      return;
    }
    const answered = (outcome: { value: readonly SearchHit[] } | { error: unknown }) => {
      // A slower answer to an older query must not replace a newer one.
      if (ticket !== latest.current) return;
      clearTimeout(pending.current);
      setQuery(next);
      setResults(
        "value" in outcome
          ? { status: "ready", query: next, hits: outcome.value }
          : { status: "error", message: errorMessage(outcome.error) },
      );
      setIndex(0);
    };
    const asked = source.search(next, { limit: 50 });
    const known = peek(asked);
    if (known) return answered(known);
    pending.current = setTimeout(() => {
      if (ticket === latest.current) setQuery(next);
    }, 50);
    asked.then(
      (value) => answered({ value }),
      (error: unknown) => answered({ error }),
    );
  };
  /**
   * A key changes the query; the search runs once the keys of the same chunk are all in (four
   * Backspaces at once are one search, not four). The typed text and the results are drawn together in
   * one frame when the answer is at hand, and the text alone first when it is not (a slow API).
   */
  const change = (update: (previous: string) => string) => {
    const next = update(typed.current);
    if (next === typed.current) return;
    typed.current = next;
    if (scheduled.current) return;
    scheduled.current = true;
    queueMicrotask(flushSearch);
  };
  /** Runs the search the typed keys asked for, if it has not run yet. */
  const flushSearch = () => {
    if (!scheduled.current) return;
    scheduled.current = false;
    flushSync(ask);
  };
  const shown = useRef(hits);
  shown.current = hits;
  /** Enter right after typing, in the same chunk, opens the best result of the query as typed. */
  const submit = () => {
    if (!scheduled.current) return false;
    flushSearch();
    const best = shown.current[0];
    if (best) open(hitRoute(best));
    return true;
  };
  const summary =
    results.status === "ready"
      ? `${hits.length} result${hits.length === 1 ? "" : "s"} for “${results.query}”`
      : "Search entities, statements, events, claims, quotes and sentences";
  const blocks: LinkBlock[] = hits.map((hit) => ({
    key: `${hit.type}-${hit.id}`,
    segments: [seg(hit.type.padEnd(10), "dim"), seg(recordTitle(hit.record, names))],
    open: hitRoute(hit),
    indent: 10,
  }));
  return (
    <Box flexDirection="column" height={height}>
      <Box height={1}>
        <Text bold>/ </Text>
        <KeyScope>
          <QueryInput
            value={query}
            onChange={change}
            onSubmit={submit}
            placeholder="search the story…"
            width={width - 2}
          />
        </KeyScope>
      </Box>
      {results.status === "error" ? (
        <Pane title={summary} width={width} height={height - 1} focused>
          <Failure message={results.message} />
        </Pane>
      ) : (
        <BlockPane
          title={summary}
          stateKey="results"
          blocks={blocks}
          index={index}
          width={width}
          height={height - 1}
          focused={active}
          empty={
            results.status === "ready"
              ? "No matches."
              : "Type to search; ↑↓ choose, Enter opens, Esc goes back."
          }
        />
      )}
    </Box>
  );
}
