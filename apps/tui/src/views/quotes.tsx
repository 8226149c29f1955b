/** The Quotes view: who said what, in their words or reported, with the sentence it comes from. */
import { ListDetail } from "../components/list-detail.js";
import { AsyncPane } from "../components/status.js";
import { nameOf } from "../format.js";
import { useAsync } from "../hooks/use-async.js";
import { useNavigation } from "../navigation.js";
import { seg } from "../text.js";
import type { ViewProps } from "./layout.js";
import { RecordDetail } from "./record-detail.js";

export function QuotesView({ width, height, active }: ViewProps) {
  const { source, names } = useNavigation();
  const state = useAsync(() => source.quotes(), [source]);
  return (
    <AsyncPane state={state} title="Quotes" width={width} height={height}>
      {(quotes) => (
        <ListDetail
          title={`Quotes ${quotes.length}`}
          stateKey="quotes"
          items={quotes.map((quote) => ({
            key: quote.id,
            segments: [
              seg(nameOf(names, quote.speaker), "bold"),
              seg(quote.mode === "direct" ? ` “${quote.text}”` : ` ${quote.text}`),
            ],
            cites: quote.provenance,
            indent: 2,
          }))}
          width={width}
          height={height}
          active={active}
          empty="No quotes."
          detail={(index, w, h, focused) => {
            const quote = quotes[index];
            return quote ? <RecordDetail id={quote.id} width={w} height={h} focused={focused} /> : null;
          }}
        />
      )}
    </AsyncPane>
  );
}
