/** Whether a terminal draws text attributes (inverse, underline); one rule for the app and the scripted output. */

/**
 * False for `TERM=dumb`, which draws no attributes at all: there cited words are marked with brackets.
 * NO_COLOR turns colour off but keeps attributes (https://no-color.org).
 */
export function drawsAttributes(env: NodeJS.ProcessEnv): boolean {
  return env.TERM !== "dumb";
}
