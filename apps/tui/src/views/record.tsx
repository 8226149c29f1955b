/** A record opened by id: an entity in full, a sentence in Sources, a topic in Positions, anything else with its cited words. */
import { AsyncPane } from "../components/status.js";
import { useAsync } from "../hooks/use-async.js";
import { useNavigation } from "../navigation.js";
import { EntityDetail } from "./entity-detail.js";
import type { ViewProps } from "./layout.js";
import { PositionsView } from "./positions.js";
import { RecordDetail } from "./record-detail.js";
import { SourcesView } from "./sources.js";

export function RecordView({ id, width, height, active }: ViewProps & { readonly id: string }) {
  const { source } = useNavigation();
  const state = useAsync(() => source.recordWithProvenance(id), [source, id]);
  return (
    <AsyncPane state={state} title="Record" width={width} height={height}>
      {({ record }) => {
        if (record.kind === "entity")
          return <EntityDetail id={id} width={width} height={height} focused={active} />;
        if (record.kind === "source")
          return <SourcesView width={width} height={height} active={active} sourceId={id} />;
        if (record.kind === "topic")
          return <PositionsView width={width} height={height} active={active} topic={id} />;
        return <RecordDetail id={id} width={width} height={height} focused={active} />;
      }}
    </AsyncPane>
  );
}
