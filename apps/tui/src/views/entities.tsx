/** The Entities view: every person, country, organisation and system, filtered by type, with one in full. */
import type { EntityType } from "@s400/data";
import { ListDetail } from "../components/list-detail.js";
import { AsyncPane } from "../components/status.js";
import { useAsync } from "../hooks/use-async.js";
import { useKeys } from "../hooks/use-keys.js";
import { useNavigation, useViewState } from "../navigation.js";
import { optional } from "../optional.js";
import { seg } from "../text.js";
import { EntityDetail } from "./entity-detail.js";
import type { ViewProps } from "./layout.js";

/** `f` cycles the type filter through the types present in the dataset. */
export function EntitiesView({ width, height, active }: ViewProps) {
  const { source, names } = useNavigation();
  const types = [...new Set([...names.values()].map((e) => e.type))].sort() as EntityType[];
  const [filter, setFilter] = useViewState<EntityType | undefined>("filter", undefined);
  const state = useAsync(() => source.entities(optional("type", filter)), [source, filter]);
  useKeys(
    { filter: () => setFilter(types[filter === undefined ? 0 : types.indexOf(filter) + 1]) },
    { active },
  );
  const kind = filter ?? "all";
  return (
    <AsyncPane state={state} title={`Entities · ${kind}`} width={width} height={height}>
      {(list) => (
        <ListDetail
          key={kind}
          title={`Entities ${list.length} · ${kind}`}
          stateKey={`entities:${kind}`}
          items={list.map((entity) => ({
            key: entity.id,
            segments: [seg(entity.name), seg(` ${entity.type}`, "dim")],
            cites: entity.provenance,
            indent: 2,
          }))}
          width={width}
          height={height}
          active={active}
          empty={`No entities of type ${kind}.`}
          detail={(index, w, h, focused) => {
            const entity = list[index];
            return entity ? <EntityDetail id={entity.id} width={w} height={h} focused={focused} /> : null;
          }}
        />
      )}
    </AsyncPane>
  );
}
