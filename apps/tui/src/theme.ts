/** Colours, and their absence: under NO_COLOR every meaning is carried by bold, underline or inverse instead. */
import { createContext, useContext } from "react";

/** The colours the views use; `undefined` everywhere when colour is off. */
export interface Theme {
  readonly color: boolean;
  /**
   * Cited words drawn as `[words]`: where the terminal draws no attributes at all (TERM=dumb), inverse
   * and underline are lost, so the marks must be characters.
   */
  readonly brackets: boolean;
  readonly accent: string | undefined;
  readonly muted: string | undefined;
  readonly us: string | undefined;
  readonly turkey: string | undefined;
  readonly error: string | undefined;
}

const colourful: Theme = {
  color: true,
  brackets: false,
  accent: "cyan",
  muted: "gray",
  us: "blue",
  turkey: "red",
  error: "red",
};

const plain: Theme = {
  color: false,
  brackets: false,
  accent: undefined,
  muted: undefined,
  us: undefined,
  turkey: undefined,
  error: undefined,
};

/**
 * The theme for an environment: NO_COLOR set to any non-empty value turns colour off
 * (https://no-color.org) but keeps inverse and underline; TERM=dumb has neither, so marks become brackets.
 */
export function themeFor(env: NodeJS.ProcessEnv): Theme {
  const noColor = env.NO_COLOR;
  if (env.TERM === "dumb") return { ...plain, brackets: true };
  return noColor !== undefined && noColor !== "" ? plain : colourful;
}

export const ThemeContext = createContext<Theme>(colourful);

export function useTheme(): Theme {
  return useContext(ThemeContext);
}
