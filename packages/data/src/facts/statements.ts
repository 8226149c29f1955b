/** The statements of the story. */
import type { Statement } from "../model/statement.js";

export const statements = [] as const satisfies readonly Statement[];
