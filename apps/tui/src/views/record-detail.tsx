/** Any record in full, with the sentences it cites and their cited words marked. */
import { BlockPane } from "../components/block-pane.js";
import { AsyncPane } from "../components/status.js";
import { kindNames } from "../format.js";
import { useAsync } from "../hooks/use-async.js";
import { useNavigation } from "../navigation.js";
import { recordBlocks } from "./blocks.js";

export interface RecordDetailProps {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly focused: boolean;
}

export function RecordDetail({ id, width, height, focused }: RecordDetailProps) {
  const { source, names, titles } = useNavigation();
  const state = useAsync(() => source.recordWithProvenance(id), [source, id]);
  return (
    <AsyncPane state={state} title="Record" width={width} height={height} focused={focused}>
      {({ record, provenance }) => (
        <BlockPane
          key={record.id}
          // The record's title is the first line inside; the border says what kind of record it is.
          title={kindNames[record.kind]}
          blocks={recordBlocks(record, provenance, names, titles)}
          fallbackCites={provenance.map((view) => view.span)}
          width={width}
          height={height}
          focused={focused}
          stateKey={`detail:${record.id}`}
        />
      )}
    </AsyncPane>
  );
}
