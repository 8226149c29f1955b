/** The Timeline view: events in date order, each date with its precision and an "inferred" mark. */
import { ListDetail } from "../components/list-detail.js";
import { AsyncPane } from "../components/status.js";
import { formatDate } from "../format.js";
import { useAsync } from "../hooks/use-async.js";
import { useNavigation } from "../navigation.js";
import { seg } from "../text.js";
import type { ViewProps } from "./layout.js";
import { RecordDetail } from "./record-detail.js";

export function TimelineView({ width, height, active }: ViewProps) {
  const { source } = useNavigation();
  const state = useAsync(() => source.timeline(), [source]);
  return (
    <AsyncPane state={state} title="Timeline" width={width} height={height}>
      {(events) => (
        <ListDetail
          title={`Timeline ${events.length}`}
          stateKey="timeline"
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
      )}
    </AsyncPane>
  );
}
