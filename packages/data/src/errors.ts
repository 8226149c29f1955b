/** The one error type the library throws, with a code a caller can branch on. */

/** Shared by every copy of the class in every bundle of the package (see `S400Error[Symbol.hasInstance]`). */
const BRAND = Symbol.for("@s400/data.S400Error");

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
  /**
   * Each entry point (`@s400/data`, `/schema`, `/formats`, ESM and CommonJS) is one self-contained
   * bundle with its own copy of this class, so `instanceof` asks for the brand every copy sets rather
   * than for one constructor: an error thrown by `@s400/data/formats` is an `S400Error` of the main entry.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }

  override readonly name = "S400Error";
  readonly code: S400ErrorCode;
  /** The argument that was at fault, when there is one. */
  readonly argument?: string;

  constructor(code: S400ErrorCode, message: string, argument?: string) {
    super(message);
    Object.defineProperty(this, BRAND, { value: true });
    this.code = code;
    if (argument !== undefined) this.argument = argument;
  }
}
