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
export declare class ActionPairError extends Error {
    readonly problems: readonly string[];
    constructor(problems: readonly string[]);
}
/**
 * Pairs the actions of module `moduleName` with their implementing functions.
 * Throws {@link ActionPairError} listing every action with no function (or
 * with two), and every tag naming an action `moduleName` does not have (a tag
 * naming a definition of `moduleName` that is not an action is kept in each
 * pair's `definitions`). A tag naming another module must name one of
 * `otherModules` (module name -> the names it defines) and a definition in it.
 */
export declare function pairActions(moduleName: string, actions: readonly SpecAction[], impls: readonly ImplFunction[], otherModules?: ReadonlyMap<string, ReadonlySet<string>>): ActionPair[];
