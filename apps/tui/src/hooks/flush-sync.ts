/**
 * Runs a key's handler so that React commits its updates before the next key is handed out. Ink renders
 * updates from outside React at default priority, which React may spread over several turns of the event
 * loop; a second key in the same chunk would then reach the handlers of the screen before (`/` then
 * typed text would miss the search field). Ink does not export its reconciler, so it is reached through
 * the `#ink-reconciler` alias (tsconfig paths for tsup, resolve.alias for vitest): the same module, and
 * so the same instance, Ink itself renders with.
 */
import reconciler from "#ink-reconciler";

export function flushSync<T>(run: () => T): T {
  return reconciler.flushSyncFromReconciler(run) as T;
}
