/** @s400/data: the S-400 sanctions story as typed records with word-level provenance, and pure queries over them. */
export { S400Error, type S400ErrorCode } from "./errors.js";
export { dataset } from "./facts/index.js";
export * from "./model/index.js";
