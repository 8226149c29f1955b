/** Starts the interactive app: the names every view needs first, then the app; a spinner only while a remote source answers. */
import { Text, useApp } from "ink";
import { useEffect, useState } from "react";
import { App } from "./app.js";
import { Spinner } from "./components/spinner.js";
import { all, type DataSource, mapAnswer, peek } from "./data/source.js";
import type { Names, Titles } from "./format.js";
import type { Size } from "./hooks/use-size.js";
import type { Route } from "./navigation.js";
import { optional } from "./optional.js";

export interface BootProps {
  readonly source: DataSource;
  readonly size?: Size;
  readonly initialRoute?: Route;
}

/** Entity names, and the titles of what the views name by id (topics, events, claims). */
export function loadLabels(source: DataSource): Promise<{ names: Names; titles: Titles }> {
  return mapAnswer(
    all([source.entities(), source.topics(), source.timeline(), source.claims()] as const),
    ([entities, topics, events, claims]) => {
      const names: Names = new Map(entities.map((entity) => [entity.id, entity]));
      const titles: Titles = new Map<string, string>([
        ...entities.map((e) => [e.id, e.name] as const),
        ...topics.map((t) => [t.id, t.label] as const),
        ...events.map((e) => [e.id, e.title] as const),
        ...claims.map((c) => [c.id, `${names.get(c.claimant)?.name ?? "a party"}: ${c.text}`] as const),
      ]);
      return { names, titles };
    },
  );
}

/** Rejects `waitUntilExit()` with the load error, so the CLI can print it and exit with its code. */
export function Boot({ source, size, initialRoute }: BootProps) {
  const { exit } = useApp();
  // Asked once; in-process it is answered at once, so the first frame is the app itself.
  const [asked] = useState(() => loadLabels(source));
  const known = peek(asked);
  const [labels, setLabels] = useState(known && "value" in known ? known.value : undefined);
  useEffect(() => {
    if (labels) return;
    let live = true;
    asked.then(
      (value) => {
        if (live) setLabels(value);
      },
      (error: unknown) => {
        if (live) exit(error instanceof Error ? error : new Error(String(error)));
      },
    );
    return () => {
      live = false;
    };
  }, [asked, labels, exit]);
  if (!labels) {
    return (
      <Text>
        <Spinner /> Loading the story from {source.origin ?? "the built-in dataset"}… (q quits)
      </Text>
    );
  }
  return (
    <App
      source={source}
      names={labels.names}
      titles={labels.titles}
      {...optional("size", size)}
      {...optional("initialRoute", initialRoute)}
    />
  );
}
