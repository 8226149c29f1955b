/** The claims of the story. */
import type { Claim } from "../model/claim.js";

export const claims = [] as const satisfies readonly Claim[];
