/** The Positions view: per topic, the US and Turkey side by side, with the claims that answer each other linked. */

import type { Claim } from "@s400/data";
import { Box, Text } from "ink";
import { useCallback, useState } from "react";
import { BlockPane, type LinkBlock } from "../components/block-pane.js";
import { Pane } from "../components/pane.js";
import { Failure, Loading } from "../components/status.js";
import type { Position } from "../data/source.js";

type Side = Position["sides"][number];

import { type Names, nameOf } from "../format.js";
import { useAsync } from "../hooks/use-async.js";
import { useKeys } from "../hooks/use-keys.js";
import { useEscape, useNavigation } from "../navigation.js";
import { seg, truncate } from "../text.js";
import type { ViewProps } from "./entities.js";

/** The US first, then Turkey, then any other party by name. */
function sideOrder(id: string): number {
  return id === "united-states" ? 0 : id === "turkey" ? 1 : 2;
}

/**
 * The sides of a position, the United States first and Turkey second even where one of them holds no
 * claim on the topic (its column then says so), then any other party by name.
 */
export function withBothParties(position: Position, names: Names): Side[] {
  const sides: Side[] = [...position.sides];
  for (const id of ["united-states", "turkey"]) {
    const party = names.get(id);
    if (party && !sides.some((s) => s.party.id === id)) sides.push({ party, claims: [] });
  }
  return sides.sort(
    (a, b) => sideOrder(a.party.id) - sideOrder(b.party.id) || a.party.name.localeCompare(b.party.name),
  );
}

/** Claims linked to `claim` by an exchange, either way. */
export function linkedClaims(position: Position, claim: Claim | undefined): Set<string> {
  const linked = new Set<string>();
  if (!claim) return linked;
  for (const exchange of position.exchanges) {
    if (exchange.claim.id === claim.id) linked.add(exchange.respondsTo.id);
    if (exchange.respondsTo.id === claim.id) linked.add(exchange.claim.id);
  }
  return linked;
}

/** One claim as a block: its stance, its words, what it answers, and a ⇄ when it answers the selected claim. */
export function claimBlock(
  claim: Claim,
  names: Names,
  linked: boolean,
  claims: ReadonlyMap<string, Claim> = new Map(),
): LinkBlock {
  return {
    key: claim.id,
    segments: [
      ...(linked ? [seg("⇄", "mark"), seg(" ")] : []),
      seg(`[${claim.stance}] `, "bold"),
      seg(claim.text),
      ...(claim.speaker ? [seg(` — ${nameOf(names, claim.speaker)}`, "dim")] : []),
      ...claim.respondsTo.map((id) => {
        const answered = claims.get(id);
        return seg(
          answered
            ? `\n↳ answers ${nameOf(names, answered.claimant)}: “${answered.text}”`
            : `\n↳ answers ${id}`,
          "dim",
        );
      }),
    ],
    open: { view: "record", id: claim.id },
    cites: claim.provenance,
    indent: 2,
  };
}

/** `[`/`]` (or n/N) change topic; Tab, ← and → move between the sides. */
export function PositionsView({ width, height, active }: ViewProps) {
  const { source, names } = useNavigation();
  const state = useAsync(() => source.positions(), [source]);
  const [topicIndex, setTopicIndex] = useState(0);
  const [side, setSide] = useState(0);
  const [cursors, setCursors] = useState<readonly number[]>([]);
  const positions = state.status === "ready" ? state.value : [];
  const position = positions[Math.min(topicIndex, Math.max(0, positions.length - 1))];
  const sides = position ? withBothParties(position, names) : [];
  // The keyboard rests only on a side with claims; a side without any just says so.
  const withClaims = sides.flatMap((s, i) => (s.claims.length > 0 ? [i] : []));
  const sideIndex = withClaims.includes(side) ? side : (withClaims[0] ?? 0);
  const stepSide = (delta: 1 | -1) => {
    if (withClaims.length === 0) return;
    const at = Math.max(0, withClaims.indexOf(sideIndex));
    setSide(withClaims[(at + delta + withClaims.length) % withClaims.length] ?? 0);
  };
  const cursorOf = (i: number) => Math.min(cursors[i] ?? 0, Math.max(0, (sides[i]?.claims.length ?? 1) - 1));
  useKeys((input, key) => {
    if (positions.length === 0) return;
    if (input === "]" || input === "n") {
      setTopicIndex((t) => (t + 1) % positions.length);
      setCursors([]);
    } else if (input === "[" || input === "N") {
      setTopicIndex((t) => (t - 1 + positions.length) % positions.length);
      setCursors([]);
    } else if (key.tab || key.rightArrow) {
      stepSide(1);
    } else if (key.leftArrow) {
      stepSide(-1);
    } else if (key.downArrow || input === "j" || key.upArrow || input === "k") {
      const count = sides[sideIndex]?.claims.length ?? 0;
      const delta = key.downArrow || input === "j" ? 1 : -1;
      const next = Math.max(0, Math.min(count - 1, cursorOf(sideIndex) + delta));
      setCursors((c) => {
        const copy = [...c];
        copy[sideIndex] = next;
        return copy;
      });
    }
  }, active);
  // Esc leaves the second side for the first before it leaves the view.
  const firstSide = withClaims[0] ?? 0;
  const toFirstSide = useCallback(() => {
    if (sideIndex === firstSide) return false;
    setSide(firstSide);
    return true;
  }, [sideIndex, firstSide]);
  useEscape(toFirstSide, active);

  if (state.status !== "ready") {
    return (
      <Pane title="Positions" width={width} height={height}>
        {state.status === "loading" ? <Loading /> : <Failure message={state.message} />}
      </Pane>
    );
  }
  if (!position) {
    return (
      <Pane title="Positions" width={width} height={height}>
        <Text dimColor>No positions.</Text>
      </Pane>
    );
  }
  const selected = sides[sideIndex]?.claims[cursorOf(sideIndex)];
  const linked = linkedClaims(position, selected);
  const columnWidth = Math.floor(width / Math.max(1, sides.length));
  const claimsById = new Map(sides.flatMap((s) => s.claims.map((c) => [c.id, c] as const)));
  const header = `Topic ${topicIndex + 1}/${positions.length} ([ ]): ${position.topic.label}`;
  return (
    <Box flexDirection="column" height={height}>
      <Text bold wrap="truncate-end">
        {truncate(header, width)}
      </Text>
      <Text dimColor wrap="truncate-end">
        {truncate(position.topic.proposition, width)}
      </Text>
      <Box flexDirection="row" height={height - 2}>
        {sides.map((s, i) => {
          return (
            <BlockPane
              key={`${position.topic.id}-${s.party.id}`}
              title={`${s.party.name} (${s.claims.length})`}
              blocks={s.claims.map((claim) => claimBlock(claim, names, linked.has(claim.id), claimsById))}
              index={cursorOf(i)}
              width={i === sides.length - 1 ? width - columnWidth * (sides.length - 1) : columnWidth}
              height={height - 2}
              focused={active && i === sideIndex}
              empty={`${s.party.name} makes no claim on this topic in the text.`}
            />
          );
        })}
      </Box>
    </Box>
  );
}
