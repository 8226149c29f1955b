/** A scrolling list of wrapped text blocks, with a cursor on the ones that can be chosen and a line saying what is above and below. */
import { Box, Text } from "ink";
import { useViewRef } from "../navigation.js";
import { type Line, type Segment, wrap } from "../text.js";
import { useTheme } from "../theme.js";
import { StyledLine } from "./styled-line.js";

/** A paragraph of the list: a heading, or an item the cursor can rest on. */
export interface Block {
  readonly key: string;
  readonly segments: readonly Segment[];
  /** Headings and notes are not selectable. */
  readonly selectable?: boolean;
  /** Indent of continuation lines. */
  readonly indent?: number;
}

/** Cited words in brackets, for a terminal that draws no inverse or underline: "[NATO ally Turkey]'s". */
export function bracketMarks(segments: readonly Segment[]): Segment[] {
  return segments.map((segment, i) => {
    if (segment.style !== "mark") return segment;
    const open = segments[i - 1]?.style === "mark" ? "" : "[";
    const close = segments[i + 1]?.style === "mark" ? "" : "]";
    return { ...segment, text: `${open}${segment.text}${close}` };
  });
}

/** The blocks the cursor can rest on. */
export function selectableBlocks<B extends Block>(blocks: readonly B[]): B[] {
  return blocks.filter((block) => block.selectable !== false);
}

export interface BlockListProps {
  readonly blocks: readonly Block[];
  /** Index among the selectable blocks. */
  readonly selected: number;
  /** The columns for the text, cursor marker included. */
  readonly width: number;
  readonly height: number;
  readonly focused: boolean;
  /** Shown when there are no blocks. */
  readonly empty?: string;
  /** Names the scroll offset in the screen's history entry, so coming back shows the same rows. */
  readonly stateKey?: string;
}

interface Row {
  readonly line: Line;
  readonly block: number;
  readonly first: boolean;
}

/** Lays the blocks out at `width`, and scrolls so the selected block is in view. */
export function BlockList({
  blocks,
  selected,
  width,
  height,
  focused,
  empty = "Nothing here.",
  stateKey = "list",
}: BlockListProps) {
  const offsetRef = useViewRef(`${stateKey}:scroll`, 0);
  const { brackets } = useTheme();
  if (blocks.length === 0) return <Text dimColor>{empty}</Text>;
  const rows: Row[] = [];
  let selectedBlock = -1;
  let seen = 0;
  blocks.forEach((block, index) => {
    if (block.selectable !== false) {
      if (seen === selected) selectedBlock = index;
      seen += 1;
    }
    const lines = wrap(
      brackets ? bracketMarks(block.segments) : block.segments,
      width - 2,
      block.indent ?? 0,
    );
    lines.forEach((line, i) => {
      rows.push({ line, block: index, first: i === 0 });
    });
  });
  // When it does not all fit, the last row says how much more there is above and below.
  const overflow = rows.length > Math.max(1, height);
  const view = Math.max(1, overflow ? height - 1 : height);
  let offset = Math.min(offsetRef.current, Math.max(0, rows.length - view));
  if (selectedBlock >= 0) {
    const start = rows.findIndex((row) => row.block === selectedBlock);
    let end = start;
    while (end + 1 < rows.length && rows[end + 1]?.block === selectedBlock) end += 1;
    if (start < offset) offset = start;
    else if (end >= offset + view) offset = Math.min(start, end - view + 1);
    // Show the heading above the first item when it fits.
    if (offset > 0 && start - offset <= 0 && blocks[selectedBlock - 1]?.selectable === false) {
      const headingStart = rows.findIndex((row) => row.block === selectedBlock - 1);
      if (end - headingStart < view) offset = headingStart;
    }
  }
  offsetRef.current = offset;
  const visible = rows.slice(offset, offset + view);
  const below = rows.length - offset - visible.length;
  return (
    <Box flexDirection="column">
      {visible.map((row, i) => {
        const isSelected = row.block === selectedBlock;
        const marker = isSelected && row.first ? (focused ? "▶ " : "› ") : "  ";
        // One Text a row, marker included: each Text is a write Ink tokenizes again for every frame.
        return (
          <StyledLine key={`${offset + i}`} prefix={marker} line={row.line} strong={isSelected && focused} />
        );
      })}
      {overflow ? <MoreLine above={offset} below={below} /> : null}
    </Box>
  );
}

/** "↑ 3 more · ↓ 12 more": the rows out of view. */
function MoreLine({ above, below }: { above: number; below: number }) {
  const parts = [above > 0 ? `↑ ${above} more` : "", below > 0 ? `↓ ${below} more` : ""].filter(Boolean);
  return (
    <Text dimColor wrap="truncate-end">
      {parts.join(" · ") || " "}
    </Text>
  );
}
