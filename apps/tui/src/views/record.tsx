/** A record opened by id: an entity in full, a sentence in Sources, anything else with its cited words. */
import { Pane } from "../components/pane.js";
import { Failure, Loading } from "../components/status.js";
import { useAsync } from "../hooks/use-async.js";
import { useNavigation } from "../navigation.js";
import type { ViewProps } from "./entities.js";
import { EntityDetail } from "./entity-detail.js";
import { RecordDetail } from "./record-detail.js";
import { SourcesView } from "./sources.js";

export function RecordView({ id, width, height, active }: ViewProps & { readonly id: string }) {
  const { source } = useNavigation();
  const state = useAsync(() => source.record(id), [source, id]);
  if (state.status !== "ready") {
    return (
      <Pane title={id} width={width} height={height}>
        {state.status === "loading" ? <Loading /> : <Failure message={state.message} />}
      </Pane>
    );
  }
  const { record } = state.value;
  if (record.kind === "entity")
    return <EntityDetail id={id} width={width} height={height} focused={active} />;
  if (record.kind === "source")
    return <SourcesView width={width} height={height} active={active} sourceId={id} />;
  return <RecordDetail id={id} width={width} height={height} focused={active} />;
}
