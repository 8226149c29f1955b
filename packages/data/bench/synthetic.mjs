// Builds synthetic datasets k times the size of the real one, by cloning every record with new ids
// (and remapping every reference and span to the clone's ids), so the scaling run measures real shapes.

const suffix = (id, copy) => (copy === 0 ? id : `${id}-c${copy}`);

function remapValue(value, copy) {
  return value.kind === "entity" ? { ...value, id: suffix(value.id, copy) } : value;
}

function remapSpans(provenance, copy) {
  return provenance.map((span) => ({ ...span, sourceId: suffix(span.sourceId, copy) }));
}

function cloneRecord(record, copy) {
  const id = suffix(record.id, copy);
  switch (record.kind) {
    case "source":
    case "topic":
      return { ...record, id };
    case "entity":
      return {
        ...record,
        id,
        name: copy === 0 ? record.name : `${record.name} ${copy}`,
        provenance: remapSpans(record.provenance, copy),
      };
    case "statement":
      return {
        ...record,
        id,
        subject: suffix(record.subject, copy),
        object: remapValue(record.object, copy),
        qualifiers: record.qualifiers.map((q) => ({ ...q, value: remapValue(q.value, copy) })),
        provenance: remapSpans(record.provenance, copy),
      };
    case "event":
      return {
        ...record,
        id,
        participants: record.participants.map((p) => ({ ...p, entity: suffix(p.entity, copy) })),
        provenance: remapSpans(record.provenance, copy),
      };
    case "claim":
      return {
        ...record,
        id,
        claimant: suffix(record.claimant, copy),
        ...(record.speaker === undefined ? {} : { speaker: suffix(record.speaker, copy) }),
        topic: suffix(record.topic, copy),
        respondsTo: record.respondsTo.map((r) => suffix(r, copy)),
        provenance: remapSpans(record.provenance, copy),
      };
    case "quote":
      return {
        ...record,
        id,
        speaker: suffix(record.speaker, copy),
        ...(record.onBehalfOf === undefined ? {} : { onBehalfOf: suffix(record.onBehalfOf, copy) }),
        provenance: remapSpans(record.provenance, copy),
      };
    default:
      throw new Error(`unknown record kind ${record.kind}`);
  }
}

/** The dataset `times` over: copy 0 is the original, copies 1… carry ids ending in `-c<copy>`. */
export function scaledDataset(dataset, times) {
  const lists = ["sources", "entities", "statements", "events", "topics", "claims", "quotes"];
  const scaled = { version: dataset.version };
  for (const list of lists) {
    const out = [];
    for (let copy = 0; copy < times; copy++)
      for (const record of dataset[list]) out.push(cloneRecord(record, copy));
    scaled[list] = out;
  }
  return scaled;
}
