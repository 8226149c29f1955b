/** The quotes of the story. */
import type { Quote } from "../model/quote.js";

export const quotes = [] as const satisfies readonly Quote[];
