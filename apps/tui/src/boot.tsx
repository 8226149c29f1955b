/** Starts the interactive app: a spinner while the first data loads, then the app, or an exit with the reason. */
import { Text, useApp } from "ink";
import { useEffect, useState } from "react";
import { App } from "./app.js";
import { Spinner } from "./components/spinner.js";
import type { DataSource } from "./data/source.js";
import type { Names } from "./format.js";
import type { Size } from "./hooks/use-size.js";
import { loadNames } from "./scripted.js";

export interface BootProps {
  readonly source: DataSource;
  readonly size?: Size;
  /** The first data, when it is already at hand: the app draws at once, without the spinner. */
  readonly initial?: Names;
}

/** Rejects `waitUntilExit()` with the load error, so the CLI can print it and exit non-zero. */
export function Boot({ source, size, initial }: BootProps) {
  const { exit } = useApp();
  const [names, setNames] = useState<Names | undefined>(initial);
  useEffect(() => {
    if (initial) return;
    let current = true;
    // The entity names are what every view needs first; asking for them also proves the source answers.
    loadNames(source).then(
      (loaded) => {
        if (current) setNames(loaded);
      },
      (error: unknown) => {
        if (current) exit(error instanceof Error ? error : new Error(String(error)));
      },
    );
    return () => {
      current = false;
    };
  }, [source, exit, initial]);
  if (!names) {
    return (
      <Text>
        <Spinner /> Loading the story from {source.label}…
      </Text>
    );
  }
  return <App source={source} names={names} {...(size ? { size } : {})} />;
}
