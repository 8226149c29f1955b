/** A pane of blocks the user moves through: Enter opens the chosen record, `g` shows the sentence it cites. */

import type { SourceSpan } from "@s400/data";
import { useKeys } from "../hooks/use-keys.js";
import { useList } from "../hooks/use-list.js";
import { type Route, sourceRoute, useNavigation } from "../navigation.js";
import { type Block, BlockList, selectableBlocks } from "./block-list.js";
import { Pane } from "./pane.js";

/** A block that can lead somewhere. */
export interface LinkBlock extends Block {
  /** Where Enter goes. */
  readonly open?: Route;
  /** The words it cites; `g` jumps to them. */
  readonly cites?: readonly SourceSpan[];
}

export interface BlockPaneProps {
  readonly title: string;
  readonly blocks: readonly LinkBlock[];
  readonly width: number;
  readonly height: number;
  readonly focused: boolean;
  readonly empty?: string;
  /** The cursor, among the selectable blocks; the pane keeps its own when omitted. */
  readonly index?: number;
  /** What `g` shows when the block under the cursor cites nothing itself: the words of the record in the pane. */
  readonly fallbackCites?: readonly SourceSpan[];
  /** Called on Enter instead of opening the block's route. */
  readonly onEnter?: (block: LinkBlock) => void;
}

/** A pane whose cursor moves while it is focused (or follows `index` when the caller keeps it). */
export function BlockPane(props: BlockPaneProps) {
  const { blocks, focused, height } = props;
  const [own] = useList(
    selectableBlocks(blocks).length,
    focused && props.index === undefined,
    Math.max(1, height - 3),
  );
  return <BlockPaneView {...props} index={props.index ?? own} />;
}

function BlockPaneView({
  title,
  blocks,
  width,
  height,
  focused,
  empty,
  onEnter,
  fallbackCites,
  index,
}: BlockPaneProps & { index: number }) {
  const nav = useNavigation();
  const selectable = selectableBlocks(blocks) as LinkBlock[];
  const current = selectable[index];
  useKeys((input, key) => {
    if (!current) return;
    if (key.return) {
      if (onEnter) onEnter(current);
      else if (current.open) nav.open(current.open);
    } else if (input === "g") {
      const cites = current.cites && current.cites.length > 0 ? current.cites : fallbackCites;
      if (cites && cites.length > 0) nav.open(sourceRoute(cites));
    }
  }, focused);
  return (
    <Pane title={title} width={width} height={height} focused={focused}>
      <BlockList
        blocks={blocks}
        selected={index}
        width={width - 2}
        height={height - 2}
        focused={focused}
        {...(empty === undefined ? {} : { empty })}
      />
    </Pane>
  );
}
