/** A one-line text input for search: printable keys add, Backspace removes, nothing is lost when typing fast. */
import { Text } from "ink";
import { useKeys } from "../hooks/use-keys.js";

export interface QueryInputProps {
  readonly value: string;
  /** Receives an updater, so keys that arrive before the next render still build on each other. */
  readonly onChange: (update: (previous: string) => string) => void;
  readonly onSubmit: () => void;
  readonly placeholder: string;
}

export function QueryInput({ value, onChange, onSubmit, placeholder }: QueryInputProps) {
  useKeys((input, key) => {
    if (key.return) onSubmit();
    else if (key.backspace || key.delete) onChange((v) => v.slice(0, -1));
    else if (key.ctrl && input === "u") onChange(() => "");
    else if (
      !key.ctrl &&
      !key.meta &&
      !key.escape &&
      !key.tab &&
      !key.upArrow &&
      !key.downArrow &&
      !key.leftArrow &&
      !key.rightArrow &&
      input !== ""
    ) {
      // A paste arrives as one string; keep it on one line.
      const text = input.replace(/[\r\n\t]+/g, " ");
      onChange((v) => v + text);
    }
  });
  return (
    <Text>
      {value === "" ? <Text dimColor>{placeholder}</Text> : value}
      <Text inverse> </Text>
    </Text>
  );
}
