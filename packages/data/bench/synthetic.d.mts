// Types of synthetic.mjs, for the scaling test.
import type { Dataset } from "../src/model/record.js";
export function scaledDataset(dataset: Dataset, times: number): Dataset;
