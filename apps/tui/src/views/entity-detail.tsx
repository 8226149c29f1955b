/** One entity in full: aliases, statements, neighbours, quotes and where the text mentions it. */
import { BlockPane } from "../components/block-pane.js";
import { Pane } from "../components/pane.js";
import { Failure, Loading } from "../components/status.js";
import { useAsync } from "../hooks/use-async.js";
import { useNavigation } from "../navigation.js";
import { entityBlocks } from "./blocks.js";

export interface EntityDetailProps {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly focused: boolean;
}

export function EntityDetail({ id, width, height, focused }: EntityDetailProps) {
  const { source, names } = useNavigation();
  const state = useAsync(async () => {
    const [entity, statements, neighbours, quotes, record] = await Promise.all([
      source.entity(id),
      source.statementsAbout(id),
      source.related(id),
      source.quotes(id).catch(() => []),
      source.record(id),
    ]);
    return { entity, statements, neighbours, quotes, provenance: record.provenance };
  }, [source, id]);
  if (state.status !== "ready") {
    return (
      <Pane title={id} width={width} height={height} focused={focused}>
        {state.status === "loading" ? <Loading /> : <Failure message={state.message} />}
      </Pane>
    );
  }
  const { entity, ...detail } = state.value;
  return (
    <BlockPane
      key={entity.id}
      title={`${entity.name} · ${entity.type}`}
      blocks={entityBlocks(entity, detail, names)}
      fallbackCites={entity.provenance}
      width={width}
      height={height}
      focused={focused}
    />
  );
}
