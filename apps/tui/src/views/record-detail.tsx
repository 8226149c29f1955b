/** Any record in full, with the sentences it cites and their cited words marked. */
import { BlockPane } from "../components/block-pane.js";
import { Pane } from "../components/pane.js";
import { Failure, Loading } from "../components/status.js";
import { kindLabel } from "../format.js";
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
  const { source, names } = useNavigation();
  const state = useAsync(() => source.record(id), [source, id]);
  if (state.status !== "ready") {
    return (
      <Pane title={id} width={width} height={height} focused={focused}>
        {state.status === "loading" ? <Loading /> : <Failure message={state.message} />}
      </Pane>
    );
  }
  const { record, provenance } = state.value;
  return (
    <BlockPane
      key={record.id}
      title={`${kindLabel(record)} ${record.id}`}
      blocks={recordBlocks(record, provenance, names)}
      fallbackCites={provenance.map((view) => view.span)}
      width={width}
      height={height}
      focused={focused}
    />
  );
}
