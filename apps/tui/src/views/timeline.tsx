/** The Timeline view: events in date order, each date with its precision and an "inferred" mark. */
import { ListDetail } from "../components/list-detail.js";
import { Pane } from "../components/pane.js";
import { Failure, Loading } from "../components/status.js";
import { formatDate } from "../format.js";
import { useAsync } from "../hooks/use-async.js";
import { useNavigation } from "../navigation.js";
import { seg } from "../text.js";
import type { ViewProps } from "./entities.js";
import { RecordDetail } from "./record-detail.js";

export function TimelineView({ width, height, active }: ViewProps) {
  const { source } = useNavigation();
  const state = useAsync(() => source.timeline(), [source]);
  if (state.status !== "ready") {
    return (
      <Pane title="Timeline" width={width} height={height}>
        {state.status === "loading" ? <Loading /> : <Failure message={state.message} />}
      </Pane>
    );
  }
  const events = state.value;
  return (
    <ListDetail
      title={`Timeline ${events.length}`}
      items={events.map((event) => ({
        key: event.id,
        segments: [
          seg(formatDate(event.date), event.date.basis === "inferred" ? "dim" : "bold"),
          seg(`\n${event.title}`),
        ],
        cites: event.provenance,
        indent: 2,
      }))}
      width={width}
      height={height}
      active={active}
      empty="No events."
      detail={(index, w, h, focused) => {
        const event = events[index];
        return event ? <RecordDetail id={event.id} width={w} height={h} focused={focused} /> : null;
      }}
    />
  );
}
