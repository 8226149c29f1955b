/** The Entities view: every person, country, organisation and system, filtered by type, with one in full. */

import type { EntityType } from "@s400/data";
import { useState } from "react";
import { ListDetail } from "../components/list-detail.js";
import { Pane } from "../components/pane.js";
import { Failure, Loading } from "../components/status.js";
import { useAsync } from "../hooks/use-async.js";
import { useKeys } from "../hooks/use-keys.js";
import { useNavigation } from "../navigation.js";
import { seg } from "../text.js";
import { EntityDetail } from "./entity-detail.js";

export interface ViewProps {
  readonly width: number;
  readonly height: number;
  readonly active: boolean;
}

/** `f` cycles the type filter through the types present in the dataset. */
export function EntitiesView({ width, height, active }: ViewProps) {
  const { source, names } = useNavigation();
  const types = [...new Set([...names.values()].map((e) => e.type))].sort() as EntityType[];
  const [filter, setFilter] = useState<EntityType | undefined>(undefined);
  const state = useAsync(() => source.entities(filter), [source, filter]);
  useKeys((input) => {
    if (input !== "f") return;
    const next = filter === undefined ? 0 : types.indexOf(filter) + 1;
    setFilter(types[next]);
  }, active);
  const title = `Entities · ${filter ?? "all"}`;
  if (state.status !== "ready") {
    return (
      <Pane title={title} width={width} height={height}>
        {state.status === "loading" ? <Loading /> : <Failure message={state.message} />}
      </Pane>
    );
  }
  const list = state.value;
  return (
    <ListDetail
      key={filter ?? "all"}
      title={`Entities ${list.length} · ${filter ?? "all"}`}
      items={list.map((entity) => ({
        key: entity.id,
        segments: [seg(entity.name), seg(` ${entity.type}`, "dim")],
        cites: entity.provenance,
        indent: 2,
      }))}
      width={width}
      height={height}
      active={active}
      empty={`No entities of type ${filter ?? "any"}.`}
      detail={(index, w, h, focused) => {
        const entity = list[index];
        return entity ? <EntityDetail id={entity.id} width={w} height={h} focused={focused} /> : null;
      }}
    />
  );
}
