/** What a pane shows while its data loads or when loading failed, with `r` to ask again. */
import { Box, Text } from "ink";
import type { ReactNode } from "react";
import type { AsyncState } from "../hooks/use-async.js";
import { useKeys } from "../hooks/use-keys.js";
import { useTheme } from "../theme.js";
import { Pane } from "./pane.js";
import { Spinner } from "./spinner.js";

export function Loading({ what = "Loading" }: { what?: string }) {
  return (
    <Text>
      <Spinner /> {what}…
    </Text>
  );
}

export function Failure({ message, retry }: { message: string; retry?: () => void }) {
  const theme = useTheme();
  useKeys({ retry }, { active: retry !== undefined });
  return (
    <Box flexDirection="column">
      <Text {...(theme.error === undefined ? { bold: true } : { color: theme.error })} wrap="wrap">
        ✗ {message}
      </Text>
      {retry ? <Text dimColor>Press r to try again.</Text> : null}
    </Box>
  );
}

export interface AsyncPaneProps<T> {
  readonly state: AsyncState<T>;
  /** The pane's title while there is nothing to show yet. */
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly focused?: boolean;
  /** Draws the answer once it is there. */
  readonly children: (value: T) => ReactNode;
}

/** The one place every view shows loading and failure: a titled pane with a spinner, or the error and `r` retry. */
export function AsyncPane<T>({ state, title, width, height, focused = false, children }: AsyncPaneProps<T>) {
  if (state.status === "ready") return <>{children(state.value)}</>;
  return (
    <Pane title={title} width={width} height={height} focused={focused}>
      {state.status === "loading" ? <Loading /> : <Failure message={state.message} retry={state.retry} />}
    </Pane>
  );
}
