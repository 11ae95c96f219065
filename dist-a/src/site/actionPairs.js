/** The check failed: each problem is one line naming the action (and the file:line of a tag). */
export class ActionPairError extends Error {
    problems;
    constructor(problems) {
        super(problems.join("\n"));
        this.problems = problems;
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
export function pairActions(moduleName, actions, impls, otherModules = new Map()) {
    const problems = [];
    for (const f of impls) {
        if (f.module === moduleName)
            continue;
        const defs = otherModules.get(f.module);
        if (!defs) {
            problems.push(`${f.file}:${f.line}: '${f.name}' is tagged @spec ${f.module}.${f.action}, but there is no spec module ${f.module}`);
        }
        else if (!defs.has(f.action)) {
            problems.push(`${f.file}:${f.line}: '${f.name}' is tagged @spec ${f.module}.${f.action}, but ${f.module} defines no ${f.action}`);
        }
    }
    const names = new Set(actions.map((a) => a.name));
    const own = otherModules.get(moduleName) ?? new Set();
    const definitions = impls.filter((f) => f.module === moduleName && !names.has(f.action) && own.has(f.action));
    const mine = impls.filter((f) => f.module === moduleName && !definitions.includes(f));
    for (const f of mine) {
        if (!names.has(f.action)) {
            problems.push(`${f.file}:${f.line}: '${f.name}' is tagged @spec ${moduleName}.${f.action}, but ${moduleName}'s Next has no action ${f.action} (its actions: ${[...names].join(", ")})`);
        }
    }
    const pairs = [];
    for (const action of actions) {
        const fs = mine.filter((f) => f.action === action.name);
        if (fs.length === 0) {
            problems.push(`${action.file}:${action.line}: action ${action.name} has no implementing function (no @spec ${moduleName}.${action.name} tag found)`);
        }
        else if (fs.length > 1) {
            problems.push(`${action.file}:${action.line}: action ${action.name} has ${fs.length} implementing functions (${fs.map((f) => `${f.name} at ${f.file}:${f.line}`).join(", ")}); tag exactly one`);
        }
        else {
            pairs.push({ action, impl: fs[0], definitions });
        }
    }
    if (problems.length > 0)
        throw new ActionPairError(problems);
    return pairs;
}
//# sourceMappingURL=actionPairs.js.map