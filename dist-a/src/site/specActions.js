import { parseModuleText } from "../tla/syntax/load.js";
import { commentAbove, trimTrailingComments } from "./tlaComments.js";
/** The operator names a `Next` body applies, in order of first appearance. */
function appliedNames(e, defined, out) {
    const visit = (x) => appliedNames(x, defined, out);
    switch (e.kind) {
        case "opapp":
            if (defined.has(e.name)) {
                if (!out.includes(e.name))
                    out.push(e.name);
                return;
            }
            e.args.forEach(visit);
            return;
        case "ident":
            if (defined.has(e.name) && !out.includes(e.name))
                out.push(e.name);
            return;
        case "and":
        case "or":
            e.args.forEach(visit);
            return;
        case "exists":
        case "forall":
            visit(e.body);
            return;
        case "let":
            visit(e.body);
            return;
        case "if":
            visit(e.then);
            visit(e.else);
            return;
        default:
            return;
    }
}
/** The definitions of a module by name (operator definitions only). */
export function operatorDefinitions(m) {
    const defs = new Map();
    for (const u of m.units)
        if (u.kind === "opdef")
            defs.set(u.name, u);
    return defs;
}
/**
 * The actions of `Next` in a parsed module: each operator its disjuncts apply
 * (through `\E` quantifiers), in the order they appear. Throws when the module
 * has no `Next`.
 */
export function actionsOfModule(m, nextName = "Next") {
    const defs = operatorDefinitions(m);
    const next = defs.get(nextName);
    if (!next)
        throw new Error(`${m.file}: the module ${m.name} defines no ${nextName}`);
    const names = [];
    appliedNames(next.body, new Set([...defs.keys()].filter((n) => n !== nextName)), names);
    return names.map((name) => {
        const def = defs.get(name);
        const text = trimTrailingComments(m.source.slice(def.loc.start, def.loc.end));
        const words = new Set(text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
        const uses = [...defs.keys()].filter((d) => d !== name && words.has(d));
        return {
            name,
            params: def.params.map((p) => p.name),
            text,
            uses,
            // The parser's doc comment when it has one; else the comment read straight off the text above.
            doc: def.doc ?? commentAbove(m.source, def.loc.line),
            file: m.file,
            line: def.loc.line,
        };
    });
}
/** Parses a spec file's text and returns the actions of its `Next`. */
export async function readSpecActions(text, file) {
    const module = await parseModuleText(text, file);
    return { module, actions: actionsOfModule(module) };
}
//# sourceMappingURL=specActions.js.map