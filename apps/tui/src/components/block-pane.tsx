/** A pane of blocks the user moves through: Enter opens the chosen record, `g` shows the sentence it cites. */
import type { SourceSpan } from "@s400/data";
import { useKeys } from "../hooks/use-keys.js";
import { useList } from "../hooks/use-list.js";
import { type Route, sourceRoute, useNavigation } from "../navigation.js";
import { optional } from "../optional.js";
import { type Block, BlockList, selectableBlocks } from "./block-list.js";
import { innerWidth, Pane } from "./pane.js";

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
  /** Names this pane's cursor and scroll in the screen's history entry. */
  readonly stateKey: string;
  /** The cursor, among the selectable blocks; the pane keeps its own when omitted. */
  readonly index?: number;
  /** What `g` shows when the block under the cursor cites nothing itself: the words of the record in the pane. */
  readonly fallbackCites?: readonly SourceSpan[];
  /** Called on Enter instead of opening the block's route. */
  readonly onEnter?: (block: LinkBlock) => void;
}

/** A pane whose cursor moves while it is focused (or follows `index` when the caller keeps it). */
export function BlockPane(props: BlockPaneProps) {
  const { blocks, focused, height, stateKey } = props;
  const [own] = useList(
    stateKey,
    selectableBlocks(blocks).length,
    focused && props.index === undefined,
    Math.max(1, height - 4),
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
  stateKey,
}: BlockPaneProps & { index: number }) {
  const nav = useNavigation();
  const selectable = selectableBlocks(blocks);
  const current = selectable[index];
  const cites = current?.cites && current.cites.length > 0 ? current.cites : fallbackCites;
  useKeys(
    {
      open:
        current && (onEnter || current.open)
          ? () => (onEnter ? onEnter(current) : current.open && nav.open(current.open))
          : undefined,
      cite: cites && cites.length > 0 ? () => nav.open(sourceRoute(cites)) : undefined,
    },
    { active: focused },
  );
  return (
    <Pane
      title={title}
      width={width}
      height={height}
      focused={focused}
      {...optional("position", selectable.length > 1 ? `${index + 1}/${selectable.length}` : undefined)}
    >
      <BlockList
        blocks={blocks}
        selected={index}
        width={innerWidth(width)}
        height={height - 2}
        focused={focused}
        stateKey={stateKey}
        {...optional("empty", empty)}
      />
    </Pane>
  );
}
