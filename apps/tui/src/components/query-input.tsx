/** A one-line text input for search: typed and pasted text is added whole, Backspace removes, Ctrl-U clears. */
import { Text } from "ink";
import { graphemes } from "../graphemes.js";
import { useKeys } from "../hooks/use-keys.js";
import { printable } from "../input/keypress.js";
import { width as columnsOf, truncate } from "../text.js";

export interface QueryInputProps {
  readonly value: string;
  /** Receives an updater, so keys that arrive before the next render still build on each other. */
  readonly onChange: (update: (previous: string) => string) => void;
  readonly placeholder: string;
  /** Columns for the text and the cursor. */
  readonly width: number;
  /** Enter: return false to leave it to the results. */
  readonly onSubmit?: () => boolean;
}

/** The query without its last character as a reader sees it (an emoji or an accented letter is one). */
function withoutLast(text: string): string {
  return graphemes(text).slice(0, -1).join("");
}

export function QueryInput({ value, onChange, placeholder, width, onSubmit }: QueryInputProps) {
  useKeys(
    { erase: () => onChange(withoutLast), clear: () => onChange(() => ""), open: onSubmit },
    { text: (text) => onChange((v) => v + printable(text)) },
  );
  // A long query shows its end, where the typing is, measured in columns.
  let shown = value;
  while (shown !== "" && columnsOf(shown) > width - 1) shown = shown.slice(1);
  return (
    <Text>
      {value === "" ? <Text dimColor>{truncate(placeholder, width - 1)}</Text> : shown}
      <Text inverse> </Text>
    </Text>
  );
}
