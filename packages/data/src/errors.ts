/** The one error type the library throws, with a code a caller can branch on. */

/** Why a call failed. */
export type S400ErrorCode = "NOT_FOUND" | "INVALID_ARGUMENT";

/**
 * Thrown by query functions for an unknown id or a bad argument; never for an empty result.
 *
 * @example
 * ```ts
 * import { getEntity, S400Error } from "@s400/data";
 * try {
 *   getEntity("nobody");
 * } catch (error) {
 *   if (error instanceof S400Error && error.code === "NOT_FOUND") console.log(error.message);
 * }
 * ```
 */
export class S400Error extends Error {
  override readonly name = "S400Error";
  readonly code: S400ErrorCode;
  /** The argument that was at fault, when there is one. */
  readonly argument?: string;

  constructor(code: S400ErrorCode, message: string, argument?: string) {
    super(message);
    this.code = code;
    if (argument !== undefined) this.argument = argument;
  }
}
