/** The two-pane layout most views share: a list on the left, the chosen item in full on the right. */
import { Box } from "ink";
import type { ReactNode } from "react";
import { KeyScope, useKeys } from "../hooks/use-keys.js";
import { useList } from "../hooks/use-list.js";
import { useViewState } from "../navigation.js";
import { optional } from "../optional.js";
import { listWidth } from "../views/layout.js";
import { selectableBlocks } from "./block-list.js";
import { BlockPane, type LinkBlock } from "./block-pane.js";

export interface ListDetailProps {
  readonly title: string;
  readonly items: readonly LinkBlock[];
  readonly width: number;
  readonly height: number;
  /** False while something else has the keyboard. */
  readonly active: boolean;
  readonly empty?: string;
  readonly initialIndex?: number;
  /** Names the cursor, focus and scroll in the screen's history entry (a filter gets its own). */
  readonly stateKey: string;
  readonly detail: (index: number, width: number, height: number, focused: boolean) => ReactNode;
}

/**
 * Tab, → and Enter move the keyboard to the detail pane; Tab, ← and Esc bring it back to the list.
 * The detail follows the list cursor.
 */
export function ListDetail({
  title,
  items,
  width,
  height,
  active,
  empty,
  initialIndex = 0,
  stateKey,
  detail,
}: ListDetailProps) {
  const [focus, setFocus] = useViewState<"list" | "detail">(`${stateKey}:focus`, "list");
  const count = selectableBlocks(items).length;
  const [index] = useList(stateKey, count, active && focus === "list", Math.max(1, height - 4), initialIndex);
  const toDetail = count > 0 && focus === "list" ? () => setFocus("detail") : undefined;
  const toList = focus === "detail" ? () => setFocus("list") : undefined;
  useKeys({ nextPane: toDetail ?? toList, previousPane: toList, back: toList }, { active });
  const left = listWidth(width);
  return (
    <Box flexDirection="row" height={height}>
      <KeyScope>
        <BlockPane
          title={title}
          blocks={items}
          index={index}
          width={left}
          height={height}
          focused={active && focus === "list"}
          stateKey={`${stateKey}:list`}
          {...optional("onEnter", toDetail)}
          {...optional("empty", empty)}
        />
        {count > 0 ? detail(index, width - left, height, active && focus === "detail") : null}
      </KeyScope>
    </Box>
  );
}
