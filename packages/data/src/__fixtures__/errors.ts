/** Test helper: the S400Error a call throws. */
import { S400Error } from "../errors.js";

/** Runs `run` and returns the S400Error it throws; fails if it throws nothing or something else. */
export function errorOf(run: () => unknown): S400Error {
  try {
    run();
  } catch (error) {
    if (error instanceof S400Error) return error;
    throw error;
  }
  throw new Error("expected an S400Error");
}
