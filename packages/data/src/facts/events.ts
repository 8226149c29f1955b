/** The events of the story. */
import type { Event } from "../model/event.js";

export const events = [] as const satisfies readonly Event[];
