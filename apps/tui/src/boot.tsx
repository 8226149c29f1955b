/** Starts the interactive app: a spinner while the first data loads, then the app, or an exit with the reason. */
import { Text, useApp } from "ink";
import Spinner from "ink-spinner";
import { useEffect, useState } from "react";
import { App } from "./app.js";
import type { DataSource, DatasetMeta } from "./data/source.js";
import type { Names } from "./format.js";
import type { Size } from "./hooks/use-size.js";
import { loadNames } from "./scripted.js";

export interface BootProps {
  readonly source: DataSource;
  readonly size?: Size;
  /** The first data, when it is already at hand: the app draws at once, without the spinner. */
  readonly initial?: { readonly meta: DatasetMeta; readonly names: Names };
}

/** Rejects `waitUntilExit()` with the load error, so the CLI can print it and exit non-zero. */
export function Boot({ source, size, initial }: BootProps) {
  const { exit } = useApp();
  const [loaded, setLoaded] = useState<{ meta: DatasetMeta; names: Names } | undefined>(initial);
  useEffect(() => {
    if (initial) return;
    let current = true;
    Promise.all([source.meta(), loadNames(source)]).then(
      ([meta, names]) => {
        if (current) setLoaded({ meta, names });
      },
      (error: unknown) => {
        if (current) exit(error instanceof Error ? error : new Error(String(error)));
      },
    );
    return () => {
      current = false;
    };
  }, [source, exit, initial]);
  if (!loaded) {
    return (
      <Text>
        <Spinner type="dots" /> Loading the story from {source.label}…
      </Text>
    );
  }
  return <App source={source} meta={loaded.meta} names={loaded.names} {...(size ? { size } : {})} />;
}
