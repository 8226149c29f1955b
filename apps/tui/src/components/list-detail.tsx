/** The two-pane layout most views share: a list on the left, the chosen item in full on the right. */

import { Box } from "ink";
import { type ReactNode, useCallback, useState } from "react";
import { useKeys } from "../hooks/use-keys.js";
import { useList } from "../hooks/use-list.js";
import { useEscape } from "../navigation.js";
import { listWidth } from "../views/layout.js";
import { selectableBlocks } from "./block-list.js";
import { BlockPane, type LinkBlock } from "./block-pane.js";

export interface ListDetailProps {
  readonly title: string;
  readonly items: readonly LinkBlock[];
  readonly width: number;
  readonly height: number;
  /** False while an overlay (search, help) has the keyboard. */
  readonly active: boolean;
  readonly empty?: string;
  readonly initialIndex?: number;
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
  detail,
}: ListDetailProps) {
  const [focus, setFocus] = useState<"list" | "detail">("list");
  const count = selectableBlocks(items).length;
  const [index] = useList(count, active && focus === "list", Math.max(1, height - 3), initialIndex);
  useKeys((_input, key) => {
    if (key.tab) setFocus((f) => (f === "list" ? "detail" : "list"));
    else if (key.rightArrow && focus === "list" && count > 0) setFocus("detail");
    else if (key.leftArrow && focus === "detail") setFocus("list");
  }, active);
  const leaveDetail = useCallback(() => {
    if (focus !== "detail") return false;
    setFocus("list");
    return true;
  }, [focus]);
  useEscape(leaveDetail, active);
  const left = listWidth(width);
  return (
    <Box flexDirection="row" height={height}>
      <BlockPane
        title={title}
        blocks={items}
        index={index}
        width={left}
        height={height}
        focused={active && focus === "list"}
        onEnter={() => setFocus("detail")}
        {...(empty === undefined ? {} : { empty })}
      />
      {count > 0 ? detail(index, width - left, height, active && focus === "detail") : null}
    </Box>
  );
}
