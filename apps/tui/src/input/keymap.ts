/**
 * Every key of the app in one table: the handlers match keys through it, the footer shows its hints and
 * the help screen lists it, so the three cannot disagree.
 */
import type { Keypress } from "./keypress.js";

/** A key as the table writes it: a key name ("down", "escape"), one character ("j"), or "ctrl+c". */
export type KeySpec = string;

export interface Binding {
  /** The keys that do it. */
  readonly keys: readonly KeySpec[];
  /** The keys as the help screen shows them. */
  readonly label: string;
  /** What it does, for the help screen. */
  readonly does: string;
  /** The footer's short form; bindings with the same hint share it ("↑↓ move"). */
  readonly hint?: string;
  /** The help screen's section. */
  readonly group: "Anywhere" | "Lists and panes" | "Entities" | "Positions" | "Search" | "Views";
}

/** The single keys of the views, in footer order. */
export const views = [
  { action: "overview", key: "o", label: "Overview" },
  { action: "entities", key: "e", label: "Entities" },
  { action: "timeline", key: "t", label: "Timeline" },
  { action: "positions", key: "p", label: "Positions" },
  { action: "quotes", key: "u", label: "Quotes" },
  { action: "sources", key: "s", label: "Sources" },
] as const;

export type ViewName = (typeof views)[number]["action"];

const viewBinding = (key: string, label: string): Binding => ({
  keys: [key],
  label: key,
  does: label,
  group: "Views",
});
const viewBindings: { readonly [V in ViewName]: Binding } = {
  overview: viewBinding("o", "Overview"),
  entities: viewBinding("e", "Entities"),
  timeline: viewBinding("t", "Timeline"),
  positions: viewBinding("p", "Positions"),
  quotes: viewBinding("u", "Quotes"),
  sources: viewBinding("s", "Sources"),
};

export const keymap = {
  ...viewBindings,
  search: {
    keys: ["/"],
    label: "/",
    does: "search anywhere; results update as you type",
    hint: "/ search",
    group: "Anywhere",
  },
  help: { keys: ["?"], label: "?", does: "this help; Esc or ? closes it", hint: "? help", group: "Anywhere" },
  back: {
    keys: ["escape", "backspace"],
    label: "Esc  Backspace",
    does: "go back: out of a detail pane, then to the previous screen, where you were",
    hint: "Esc back",
    group: "Anywhere",
  },
  quit: { keys: ["q"], label: "q", does: "quit", hint: "q quit", group: "Anywhere" },
  interrupt: {
    keys: ["ctrl+c"],
    label: "Ctrl-C",
    does: "quit from anywhere, even while typing",
    hint: "^C quit",
    group: "Anywhere",
  },
  retry: {
    keys: ["r"],
    label: "r",
    does: "ask again after a failed or timed-out request",
    hint: "r retry",
    group: "Anywhere",
  },
  up: { keys: ["up", "k"], label: "↑  k", does: "move up", hint: "↑↓ move", group: "Lists and panes" },
  down: { keys: ["down", "j"], label: "↓  j", does: "move down", hint: "↑↓ move", group: "Lists and panes" },
  pageUp: { keys: ["pageup"], label: "PgUp", does: "move up a page", group: "Lists and panes" },
  pageDown: { keys: ["pagedown"], label: "PgDn", does: "move down a page", group: "Lists and panes" },
  first: { keys: ["home"], label: "Home", does: "go to the first item", group: "Lists and panes" },
  last: { keys: ["end", "G"], label: "End  G", does: "go to the last item", group: "Lists and panes" },
  open: {
    keys: ["return"],
    label: "Enter",
    does: "open what the cursor is on",
    hint: "Enter open",
    group: "Lists and panes",
  },
  nextPane: {
    keys: ["tab", "right"],
    label: "Tab  →",
    does: "move to the next pane",
    hint: "Tab pane",
    group: "Lists and panes",
  },
  previousPane: {
    keys: ["backtab", "left"],
    label: "⇧Tab  ←",
    does: "move to the previous pane",
    group: "Lists and panes",
  },
  cite: {
    keys: ["g"],
    label: "g",
    does: "go to the sentence the record cites, its words marked",
    hint: "g cite",
    group: "Lists and panes",
  },
  filter: { keys: ["f"], label: "f", does: "cycle the type filter", hint: "f type", group: "Entities" },
  nextTopic: { keys: ["]", "n"], label: "]  n", does: "next topic", hint: "[ ] topic", group: "Positions" },
  previousTopic: {
    keys: ["[", "N"],
    label: "[  N",
    does: "previous topic",
    hint: "[ ] topic",
    group: "Positions",
  },
  erase: { keys: ["backspace"], label: "Backspace", does: "delete the last character", group: "Search" },
  clear: { keys: ["ctrl+u"], label: "Ctrl-U", does: "clear the query", group: "Search" },
  choose: {
    keys: ["up", "down"],
    label: "↑  ↓",
    does: "choose a result; Enter opens it",
    hint: "↑↓ choose",
    group: "Search",
  },
} as const satisfies Record<string, Binding>;

export type Action = keyof typeof keymap;

/** The name of a keypress as the table writes keys. */
function specOf(press: Keypress): KeySpec {
  if (press.name === "char")
    return press.ctrl ? `ctrl+${press.text}` : press.meta ? `meta+${press.text}` : press.text;
  return press.ctrl ? `ctrl+${press.name}` : press.meta ? `meta+${press.name}` : press.name;
}

/** Whether `press` is one of the keys of `action`. */
export function matches(action: Action, press: Keypress): boolean {
  const keys: readonly KeySpec[] = keymap[action].keys;
  return keys.includes(specOf(press));
}

/** The footer hints of some actions, in the order given (innermost first), each once. */
export function hintsFor(actions: Iterable<Action>): string[] {
  const hints: string[] = [];
  for (const action of actions) {
    const hint: string | undefined = (keymap[action] as Binding).hint;
    if (hint !== undefined && !hints.includes(hint)) hints.push(hint);
  }
  return hints;
}
