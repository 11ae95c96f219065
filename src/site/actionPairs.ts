/**
 * The action-pair check: every action of the spec's `Next` has exactly one
 * implementing function (a `@spec Module.<Action>` tag), and every tag names an
 * action that exists. The site is built only when the check passes, so that a
 * page can never show an action without its code, or code claiming to
 * implement nothing. A tag may also name a definition of the module that is
 * not an action (the configuration of a slot, say): its function is shown
 * beside the module's actions.
 *
 * @module
 */
import type { ImplFunction } from "./implActions.js";
import type { SpecAction } from "./specActions.js";

/** A spec action together with the function implementing it. */
export interface ActionPair {
  readonly action: SpecAction;
  readonly impl: ImplFunction;
  /**
   * The functions tagged with a definition of the module that is not an
   * action (`@spec ReconfigMultiPaxos.CfgOf` on `configOf`): the code behind
   * the definitions its actions read, shown beside every one of them.
   */
  readonly definitions: readonly ImplFunction[];
}

/** The check failed: each problem is one line naming the action (and the file:line of a tag). */
export class ActionPairError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join("\n"));
    this.name = "ActionPairError";
  }
}

/**
 * Pairs the actions of module `moduleName` with their implementing functions.
 * Throws {@link ActionPairError} listing every action with no function (or
 * with two), and every tag naming an action `moduleName` does not have (a tag
 * naming a definition of `moduleName` that is not an action is kept in each
 * pair's `definitions`). A tag naming another module must name one of
 * `otherModules` (module name -> the names it defines) and a definition in it.
 */
export function pairActions(
  moduleName: string,
  actions: readonly SpecAction[],
  impls: readonly ImplFunction[],
  otherModules: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): ActionPair[] {
  const problems: string[] = [];
  for (const f of impls) {
    if (f.module === moduleName) continue;
    const defs = otherModules.get(f.module);
    if (!defs) {
      problems.push(`${f.file}:${f.line}: '${f.name}' is tagged @spec ${f.module}.${f.action}, but there is no spec module ${f.module}`);
    } else if (!defs.has(f.action)) {
      problems.push(`${f.file}:${f.line}: '${f.name}' is tagged @spec ${f.module}.${f.action}, but ${f.module} defines no ${f.action}`);
    }
  }
  const names = new Set(actions.map((a) => a.name));
  const own = otherModules.get(moduleName) ?? new Set<string>();
  const definitions = impls.filter((f) => f.module === moduleName && !names.has(f.action) && own.has(f.action));
  const mine = impls.filter((f) => f.module === moduleName && !definitions.includes(f));
  for (const f of mine) {
    if (!names.has(f.action)) {
      problems.push(
        `${f.file}:${f.line}: '${f.name}' is tagged @spec ${moduleName}.${f.action}, but ${moduleName}'s Next has no action ${f.action} (its actions: ${[...names].join(", ")})`,
      );
    }
  }
  const pairs: ActionPair[] = [];
  for (const action of actions) {
    const fs = mine.filter((f) => f.action === action.name);
    if (fs.length === 0) {
      problems.push(`${action.file}:${action.line}: action ${action.name} has no implementing function (no @spec ${moduleName}.${action.name} tag found)`);
    } else if (fs.length > 1) {
      problems.push(
        `${action.file}:${action.line}: action ${action.name} has ${fs.length} implementing functions (${fs.map((f) => `${f.name} at ${f.file}:${f.line}`).join(", ")}); tag exactly one`,
      );
    } else {
      pairs.push({ action, impl: fs[0]!, definitions });
    }
  }
  if (problems.length > 0) throw new ActionPairError(problems);
  return pairs;
}
