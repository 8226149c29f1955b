/** Search, open over any view: results update as you type, ↑↓ choose, Enter opens one, Esc closes. */

import { Box, Text } from "ink";
import { useEffect, useRef, useState } from "react";
import { BlockList } from "../components/block-list.js";
import { Pane } from "../components/pane.js";
import { QueryInput } from "../components/query-input.js";
import { Failure } from "../components/status.js";
import { errorMessage, type SearchHit } from "../data/source.js";
import { recordTitle } from "../format.js";
import { useKeys } from "../hooks/use-keys.js";
import { type Route, useNavigation } from "../navigation.js";
import { seg } from "../text.js";

export interface SearchViewProps {
  readonly width: number;
  readonly height: number;
  readonly onOpen: (route: Route) => void;
  readonly onClose: () => void;
}

type Results =
  | { readonly status: "idle" }
  | { readonly status: "ready"; readonly query: string; readonly hits: readonly SearchHit[] }
  | { readonly status: "error"; readonly message: string };

export function SearchView({ width, height, onOpen, onClose }: SearchViewProps) {
  const { source, names } = useNavigation();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<Results>({ status: "idle" });
  const [index, setIndex] = useState(0);
  const typed = useRef("");
  const latest = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(pending.current), []);
  /**
   * A key changes the query and asks for its results; the typed text and the results are drawn together in
   * one frame when the answer comes quickly, and the text alone first when it does not (a slow API).
   */
  const change = (update: (previous: string) => string) => {
    const next = update(typed.current);
    typed.current = next;
    const ticket = ++latest.current;
    clearTimeout(pending.current);
    if (next.trim() === "") {
      setQuery(next);
      setResults({ status: "idle" });
      return;
    }
    pending.current = setTimeout(() => {
      if (ticket === latest.current) setQuery(next);
    }, 50);
    source.search(next, { limit: 50 }).then(
      (hits) => {
        // A slower answer to an older query must not replace a newer one.
        if (ticket !== latest.current) return;
        clearTimeout(pending.current);
        setQuery(next);
        setResults({ status: "ready", query: next, hits });
        setIndex(0);
      },
      (error: unknown) => {
        if (ticket !== latest.current) return;
        clearTimeout(pending.current);
        setQuery(next);
        setResults({ status: "error", message: errorMessage(error) });
      },
    );
  };
  const hits = results.status === "ready" ? results.hits : [];
  useKeys((_input, key) => {
    if (key.escape) onClose();
    else if (key.downArrow) setIndex((i) => Math.min(Math.max(0, hits.length - 1), i + 1));
    else if (key.upArrow) setIndex((i) => Math.max(0, i - 1));
  });
  const open = () => {
    const hit = hits[index];
    if (!hit) return;
    onOpen(hit.type === "source" ? { view: "sources", sourceId: hit.id } : { view: "record", id: hit.id });
  };
  const summary =
    results.status === "ready"
      ? `${hits.length} result${hits.length === 1 ? "" : "s"} for “${results.query}”`
      : "Type to search entities, statements, events, claims, quotes and sentences";
  return (
    <Box flexDirection="column" height={height}>
      <Box height={1}>
        <Text bold>/ </Text>
        <QueryInput value={query} onChange={change} onSubmit={open} placeholder="search the story…" />
      </Box>
      <Pane title={summary} width={width} height={height - 1} focused>
        {results.status === "error" ? (
          <Failure message={results.message} />
        ) : (
          <BlockList
            blocks={hits.map((hit) => ({
              key: `${hit.type}-${hit.id}`,
              segments: [seg(hit.type.padEnd(10), "dim"), seg(recordTitle(hit.record, names))],
              indent: 10,
            }))}
            selected={index}
            width={width - 2}
            height={height - 3}
            focused
            empty={results.status === "ready" ? "No matches." : "↑↓ choose · Enter opens · Esc closes"}
          />
        )}
      </Pane>
    </Box>
  );
}
