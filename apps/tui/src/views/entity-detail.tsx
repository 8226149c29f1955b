/** One entity in full: aliases, statements, neighbours, quotes and where the text mentions it. */
import { BlockPane } from "../components/block-pane.js";
import { AsyncPane } from "../components/status.js";
import { all } from "../data/source.js";
import { useAsync } from "../hooks/use-async.js";
import { useNavigation } from "../navigation.js";
import { entityBlocks, typeLabel } from "./blocks.js";

export interface EntityDetailProps {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly focused: boolean;
}

export function EntityDetail({ id, width, height, focused }: EntityDetailProps) {
  const { source, names } = useNavigation();
  const state = useAsync(
    () =>
      all([
        source.getEntity(id),
        source.statementsAbout(id),
        source.related(id),
        source.quotes({ speaker: id }),
        source.recordWithProvenance(id),
      ] as const),
    [source, id],
  );
  return (
    <AsyncPane
      state={state}
      title={names.get(id)?.name ?? "Entity"}
      width={width}
      height={height}
      focused={focused}
    >
      {([entity, statements, neighbours, quotes, record]) => (
        <BlockPane
          key={entity.id}
          // The name is the first line inside; the border says what kind of thing it is.
          title={typeLabel(entity.type)}
          blocks={entityBlocks(
            entity,
            { statements, neighbours, quotes, provenance: record.provenance },
            names,
          )}
          fallbackCites={entity.provenance}
          width={width}
          height={height}
          focused={focused}
          stateKey={`detail:${entity.id}`}
        />
      )}
    </AsyncPane>
  );
}
