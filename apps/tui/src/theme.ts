/** Colours, and their absence: under NO_COLOR every meaning is carried by bold, underline or inverse instead. */
import { createContext, useContext } from "react";

/** The colours the views use; `undefined` everywhere when colour is off. */
export interface Theme {
  readonly color: boolean;
  readonly accent: string | undefined;
  readonly muted: string | undefined;
  readonly us: string | undefined;
  readonly turkey: string | undefined;
  readonly error: string | undefined;
}

const colourful: Theme = {
  color: true,
  accent: "cyan",
  muted: "gray",
  us: "blue",
  turkey: "red",
  error: "red",
};

const plain: Theme = {
  color: false,
  accent: undefined,
  muted: undefined,
  us: undefined,
  turkey: undefined,
  error: undefined,
};

/** The theme for an environment: NO_COLOR set to any non-empty value turns colour off (https://no-color.org). */
export function themeFor(env: NodeJS.ProcessEnv): Theme {
  const noColor = env.NO_COLOR;
  return noColor !== undefined && noColor !== "" ? plain : colourful;
}

export const ThemeContext = createContext<Theme>(colourful);

export function useTheme(): Theme {
  return useContext(ThemeContext);
}
