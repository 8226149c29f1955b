/** The help screen: every key, in one place. */
import { BlockPane } from "../components/block-pane.js";
import { viewKeys } from "../navigation.js";
import { seg } from "../text.js";
import { heading } from "./blocks.js";
import type { ViewProps } from "./entities.js";

const keys: readonly (readonly [string, string])[] = [
  ["/", "search anywhere; results update as you type, Enter opens one, Esc closes"],
  ["↑ ↓  j k", "move the cursor; PgUp PgDn Home End jump"],
  ["Enter", "open what the cursor is on"],
  ["Tab  ← →", "move between panes"],
  ["g", "go to the sentence the record cites, its words marked"],
  ["Esc  Backspace", "go back"],
  ["f", "Entities: cycle the type filter"],
  ["[  ]", "Positions: previous / next topic"],
  ["?", "this help (Esc or ? closes it)"],
  ["q", "quit"],
];

export function HelpView({ width, height, active }: ViewProps) {
  const blocks = [
    heading("views", "Views"),
    ...viewKeys.map(({ key, label }) => ({
      key: `v-${key}`,
      segments: [seg(key.padEnd(16), "bold"), seg(label)],
      selectable: false,
    })),
    heading("keys", "Keys"),
    ...keys.map(([key, what]) => ({
      key: `k-${key}`,
      segments: [seg(key.padEnd(16), "bold"), seg(what)],
      indent: 16,
    })),
  ];
  return (
    <BlockPane title="Help · Esc closes" blocks={blocks} width={width} height={height} focused={active} />
  );
}
