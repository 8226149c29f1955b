/** How the body splits into a list pane and a detail pane, and the props every view takes. */

export interface ViewProps {
  readonly width: number;
  readonly height: number;
  /** False while something else has the keyboard. */
  readonly active: boolean;
}

/** The width of the list pane at a given body width; the detail pane gets the rest. */
export function listWidth(columns: number): number {
  return Math.max(22, Math.min(40, Math.floor(columns * 0.4)));
}
