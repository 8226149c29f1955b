/** Quotes, by who said them. */

import { requireOptions } from "../arguments.js";
import type { DatasetIndex } from "../indexes/dataset-index.js";
import type { Quote } from "../model/quote.js";
import { getEntityIn } from "./entities.js";

/** Options of `quotes()`. */
export interface QuotesOptions {
  /** Only quotes by this person, or spoken on behalf of this party (id, name or alias). */
  readonly speaker?: string;
}

/** Quotes in dataset order, optionally by one speaker or on behalf of one party. */
export function quotesIn(index: DatasetIndex, options?: QuotesOptions): readonly Quote[] {
  const { speaker } = requireOptions(options);
  const all = index.dataset.quotes;
  if (speaker === undefined) return Object.isFrozen(all) ? all : Object.freeze([...all]);
  const who = getEntityIn(index, speaker, "speaker").id;
  return Object.freeze(all.filter((quote) => quote.speaker === who || quote.onBehalfOf === who));
}
