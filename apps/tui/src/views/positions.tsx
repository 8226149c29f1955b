/** The Positions view: per topic, the US and Turkey side by side, with the claims that answer each other linked. */

import type { Claim } from "@s400/data";
import { Box, Text } from "ink";
import { BlockPane, type LinkBlock } from "../components/block-pane.js";
import { Pane } from "../components/pane.js";
import { AsyncPane } from "../components/status.js";
import type { Position } from "../data/source.js";
import { type Names, nameOf } from "../format.js";
import { useAsync } from "../hooks/use-async.js";
import { KeyScope, useKeys } from "../hooks/use-keys.js";
import { useNavigation, useViewState } from "../navigation.js";
import { seg, truncate } from "../text.js";
import type { ViewProps } from "./layout.js";

type Side = Position["sides"][number];

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
            : "\n↳ answers another claim",
          "dim",
        );
      }),
    ],
    open: { view: "record", id: claim.id, kind: "claim" },
    cites: claim.provenance,
    indent: 2,
  };
}

/** `[`/`]` (or n/N) change topic; Tab, ← and → move between the sides; `topic` opens on that topic. */
export function PositionsView({ width, height, active, topic }: ViewProps & { readonly topic?: string }) {
  const { source, names } = useNavigation();
  const state = useAsync(() => source.positions(), [source]);
  const positions = state.status === "ready" ? state.value : [];
  const [chosenTopic, setTopicIndex] = useViewState<number | undefined>("topic", undefined);
  const topicIndex =
    chosenTopic ??
    Math.max(
      0,
      positions.findIndex((p) => p.topic.id === topic),
    );
  const [side, setSide] = useViewState("side", 0);
  const [cursors, setCursors] = useViewState<readonly number[]>("cursors", []);
  const position = positions[Math.min(topicIndex, Math.max(0, positions.length - 1))];
  const sides = position ? withBothParties(position, names) : [];
  // The keyboard rests only on a side with claims; a side without any just says so.
  const withClaims = sides.flatMap((s, i) => (s.claims.length > 0 ? [i] : []));
  const sideIndex = withClaims.includes(side) ? side : (withClaims[0] ?? 0);
  const firstSide = withClaims[0] ?? 0;
  const stepSide = (delta: 1 | -1) => () => {
    if (withClaims.length < 2) return false;
    const at = Math.max(0, withClaims.indexOf(sideIndex));
    setSide(withClaims[(at + delta + withClaims.length) % withClaims.length] ?? 0);
    return true;
  };
  const cursorOf = (i: number) => Math.min(cursors[i] ?? 0, Math.max(0, (sides[i]?.claims.length ?? 1) - 1));
  const moveClaim = (delta: 1 | -1) => () => {
    const count = sides[sideIndex]?.claims.length ?? 0;
    const next = Math.max(0, Math.min(count - 1, cursorOf(sideIndex) + delta));
    setCursors((c) => {
      const copy = [...c];
      copy[sideIndex] = next;
      return copy;
    });
  };
  const stepTopic = (delta: 1 | -1) => () => {
    setTopicIndex((t) => ((t ?? topicIndex) + delta + positions.length) % positions.length);
    setCursors([]);
  };
  const some = positions.length > 0;
  useKeys(
    {
      nextTopic: some ? stepTopic(1) : undefined,
      previousTopic: some ? stepTopic(-1) : undefined,
      nextPane: some ? stepSide(1) : undefined,
      previousPane: some ? stepSide(-1) : undefined,
      down: some ? moveClaim(1) : undefined,
      up: some ? moveClaim(-1) : undefined,
      // Esc leaves the second side for the first before it leaves the view.
      back: some && sideIndex !== firstSide ? () => setSide(firstSide) : undefined,
    },
    { active },
  );

  if (state.status !== "ready" || !position) {
    return (
      <AsyncPane state={state} title="Positions" width={width} height={height}>
        {() => (
          <Pane title="Positions" width={width} height={height}>
            <Text dimColor>No positions.</Text>
          </Pane>
        )}
      </AsyncPane>
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
        <KeyScope>
          {sides.map((s, i) => (
            <BlockPane
              key={`${position.topic.id}-${s.party.id}`}
              title={`${s.party.name} (${s.claims.length})`}
              stateKey={`${position.topic.id}:${s.party.id}`}
              blocks={s.claims.map((claim) => claimBlock(claim, names, linked.has(claim.id), claimsById))}
              index={cursorOf(i)}
              width={i === sides.length - 1 ? width - columnWidth * (sides.length - 1) : columnWidth}
              height={height - 2}
              focused={active && i === sideIndex}
              empty={`${s.party.name} makes no claim on this topic in the text.`}
            />
          ))}
        </KeyScope>
      </Box>
    </Box>
  );
}
