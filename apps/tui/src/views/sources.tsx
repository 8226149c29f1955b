/** The Sources view: the fifteen sentences, each with the records that cite it and their cited words marked. */
import type { SourceSpan } from "@s400/data";
import { BlockPane } from "../components/block-pane.js";
import { ListDetail } from "../components/list-detail.js";
import { innerWidth } from "../components/pane.js";
import { AsyncPane } from "../components/status.js";
import { useAsync } from "../hooks/use-async.js";
import { useNavigation } from "../navigation.js";
import { seg, truncate } from "../text.js";
import { heading, note, recordLink } from "./blocks.js";
import { listWidth, type ViewProps } from "./layout.js";
import { markSpans } from "./marks.js";

export interface SourcesViewProps extends ViewProps {
  /** The sentence to open on. */
  readonly sourceId?: string;
  /** Cited words to mark (from the record the user jumped from). */
  readonly highlight?: readonly SourceSpan[];
}

export function SourcesView({ width, height, active, sourceId, highlight = [] }: SourcesViewProps) {
  const { source } = useNavigation();
  const state = useAsync(() => source.sources(), [source]);
  return (
    <AsyncPane state={state} title="Sources" width={width} height={height}>
      {(sentences) => (
        <ListDetail
          title={`Sources ${sentences.length}`}
          stateKey="sources"
          items={sentences.map((s) => ({
            key: s.id,
            segments: [
              seg(`${s.id} `, highlight.some((h) => h.sourceId === s.id) ? "mark" : "dim"),
              // The cursor marker takes two columns and the id four.
              seg(truncate(s.text, innerWidth(listWidth(width)) - 6)),
            ],
          }))}
          width={width}
          height={height}
          active={active}
          initialIndex={Math.max(
            0,
            sentences.findIndex((s) => s.id === sourceId),
          )}
          detail={(index, w, h, focused) => {
            const sentence = sentences[index];
            return sentence ? (
              <SourceDetail id={sentence.id} highlight={highlight} width={w} height={h} focused={focused} />
            ) : null;
          }}
        />
      )}
    </AsyncPane>
  );
}

interface SourceDetailProps {
  readonly id: string;
  readonly highlight: readonly SourceSpan[];
  readonly width: number;
  readonly height: number;
  readonly focused: boolean;
}

/** A sentence with the marked words, and every record that cites it; Enter on one opens it. */
function SourceDetail({ id, highlight, width, height, focused }: SourceDetailProps) {
  const { source, names } = useNavigation();
  const state = useAsync(() => source.sourceWithCiting(id), [source, id]);
  return (
    <AsyncPane state={state} title={`Sentence ${id}`} width={width} height={height} focused={focused}>
      {({ source: sentence, citing }) => {
        const marked = highlight.some((span) => span.sourceId === id);
        return (
          <BlockPane
            key={id}
            title={`${sentence.id} · line ${sentence.line}`}
            stateKey={`detail:${id}`}
            blocks={[
              note("sentence", markSpans(sentence.text, sentence.id, highlight)),
              ...(marked
                ? [
                    note("legend", [
                      seg("marked", "mark"),
                      seg(": the words the record you came from cites", "dim"),
                    ]),
                  ]
                : []),
              heading("citing", `Cited by (${citing.length})`),
              ...citing.map((record) => recordLink(record, names, record.kind)),
            ]}
            width={width}
            height={height}
            focused={focused}
            empty="Nothing cites this sentence."
          />
        );
      }}
    </AsyncPane>
  );
}
