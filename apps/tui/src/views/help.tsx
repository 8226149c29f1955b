/** The help screen: every key of the keymap, grouped, the same table the handlers and the footer read. */
import { BlockPane, type LinkBlock } from "../components/block-pane.js";
import { useKeys } from "../hooks/use-keys.js";
import { type Binding, keymap } from "../input/keymap.js";
import { useNavigation } from "../navigation.js";
import { seg } from "../text.js";
import { heading } from "./blocks.js";
import type { ViewProps } from "./layout.js";

const KEY_COLUMN = 16;

/** The help screen's lines: one heading per group, one line per binding. */
export function helpBlocks(): LinkBlock[] {
  const groups = new Map<Binding["group"], Binding[]>();
  for (const binding of Object.values(keymap) as Binding[]) {
    groups.set(binding.group, [...(groups.get(binding.group) ?? []), binding]);
  }
  return [...groups].flatMap(([group, bindings]) => [
    heading(group, group),
    ...bindings.map((binding) => ({
      key: `k-${group}-${binding.label}-${binding.does}`,
      segments: [seg(binding.label.padEnd(KEY_COLUMN), "bold"), seg(binding.does)],
      indent: KEY_COLUMN,
    })),
  ]);
}

export function HelpView({ width, height, active }: ViewProps) {
  const { back } = useNavigation();
  // ? closes help as Esc does.
  useKeys({ help: back }, { active });
  return (
    <BlockPane
      title="Help · Esc closes"
      blocks={helpBlocks()}
      width={width}
      height={height}
      focused={active}
      stateKey="help"
    />
  );
}
