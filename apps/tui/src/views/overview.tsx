/** The Overview view: what the story is, how much the dataset holds, and which version it is. */
import type { RecordKind } from "@s400/data";
import { BlockPane, type LinkBlock } from "../components/block-pane.js";
import { AsyncPane } from "../components/status.js";
import type { DatasetMeta } from "../data/source.js";
import { useAsync } from "../hooks/use-async.js";
import { type Route, useNavigation } from "../navigation.js";
import { seg } from "../text.js";
import { heading, note } from "./blocks.js";
import type { ViewProps } from "./layout.js";

const kinds: readonly { readonly kind: RecordKind; readonly label: string; readonly route: Route }[] = [
  { kind: "source", label: "source sentences", route: { view: "sources" } },
  { kind: "entity", label: "entities", route: { view: "entities" } },
  { kind: "statement", label: "statements", route: { view: "entities" } },
  { kind: "event", label: "events", route: { view: "timeline" } },
  { kind: "topic", label: "topics", route: { view: "positions" } },
  { kind: "claim", label: "claims", route: { view: "positions" } },
  { kind: "quote", label: "quotes", route: { view: "quotes" } },
];

/**
 * The story in two sentences, drawn from the source text (sentences 9, 3 and 11). The text says only
 * "this month"; the month is the dataset's inference, so the blurb says so as the timeline does.
 */
const story =
  "This month (December 2020, inferred) Washington sanctioned Turkey's defence industry agency (SSB), its head Ismail Demir " +
  "and three other officials over Turkey's purchase of Russian S-400 missile systems. Turkish officials then " +
  "agreed to a US proposal for a joint working group on the sanctions; Turkey had signed the S-400 contract " +
  "with Russia in April 2017.";

/** The story, the dataset's counts (each opens its view) and, once, the dataset's version. */
export function overviewBlocks(meta: DatasetMeta): LinkBlock[] {
  return [
    heading("story", "The S-400 sanctions story"),
    // Where the cursor starts, so the story is what shows first in any size of terminal.
    { ...note("story", [seg(story)]), selectable: true },
    note("how", [
      seg(
        `Every record cites the words of the ${meta.counts.source ?? 0} source sentences it rests on; press `,
        "dim",
      ),
      seg("g", "bold"),
      seg(" on any record to see them marked.", "dim"),
    ]),
    heading("counts", "What the dataset holds"),
    ...kinds.map(({ kind, label, route }) => ({
      key: kind,
      segments: [seg(String(meta.counts[kind] ?? 0).padStart(4), "bold"), seg(` ${label}`)],
      open: route,
    })),
    note("version", [seg("Dataset version ", "dim"), seg(meta.version, "bold")]),
  ];
}

export function OverviewView({ width, height, active }: ViewProps) {
  const { source } = useNavigation();
  const meta = useAsync(() => source.meta(), [source]);
  return (
    <AsyncPane state={meta} title="Overview" width={width} height={height}>
      {(value) => (
        <BlockPane
          title="Overview"
          blocks={overviewBlocks(value)}
          width={width}
          height={height}
          focused={active}
          stateKey="overview"
        />
      )}
    </AsyncPane>
  );
}
