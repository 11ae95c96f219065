/**
 * Identifiers of a module's text in order of first appearance (comments and
 * strings skipped): the order in which TLC's parser interns names, which is
 * the order of record fields.
 */
export function identifiersInOrder(source) {
    const start = source.search(/-{4,}\s*MODULE/);
    let text = start >= 0 ? source.slice(start) : source;
    text = text
        .replace(/\(\*[\s\S]*?\*\)/g, " ")
        .replace(/\\\*.*$/gm, " ")
        .replace(/"(?:[^"\\]|\\.)*"/g, " ");
    return text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
}
/** The children of an expression (for syntactic checks). */
function children(e) {
    switch (e.kind) {
        case "num":
        case "str":
        case "bool":
        case "ident":
        case "subexpr":
        case "at":
        case "builtinset":
            return [];
        case "opapp":
            return [...e.args];
        case "instanceop":
            return [...e.path.flatMap((p) => p.args), ...e.args];
        case "prime":
        case "unchanged":
        case "enabled":
            return [e.expr];
        case "and":
        case "or":
            return [...e.args];
        case "setenum":
        case "tuple":
            return [...e.elems];
        case "setfilter":
            return [...boundSets([e.bound]), e.pred];
        case "setmap":
            return [...boundSets(e.bounds), e.expr];
        case "times":
            return [...e.sets];
        case "fnctor":
            return [...boundSets(e.bounds), e.body];
        case "fnapp":
            return [e.fn, ...e.args];
        case "fnset":
            return [e.domain, e.range];
        case "record":
            return e.fields.map((f) => f.expr);
        case "recordset":
            return e.fields.map((f) => f.set);
        case "field":
            return [e.record];
        case "except":
            return [e.fn, ...e.updates.flatMap((u) => [...u.path.flatMap((p) => (p.kind === "index" ? p.args : [])), u.value])];
        case "forall":
        case "exists":
            return [...boundSets(e.bounds), e.body];
        case "choose":
            return [...boundSets([e.bound]), e.body];
        case "if":
            return [e.cond, e.then, e.else];
        case "case":
            return [...e.arms.flatMap((a) => [a.guard, a.value]), ...(e.other ? [e.other] : [])];
        case "let":
            return [...e.defs.flatMap((d) => (d.kind === "opdef" || d.kind === "fndef" ? [d.body] : [])), e.body];
        case "lambda":
            return [e.body];
        case "step":
            return [e.action, e.sub];
        case "temporal":
            return [...e.args, ...(e.sub ? [e.sub] : [])];
    }
}
function boundSets(bs) {
    return bs.flatMap((b) => (b.set ? [b.set] : []));
}
/** Whether `name` occurs under a prime (or UNCHANGED, ENABLED, [A]_v) in `e`. */
export function usedPrimed(e, name, under = false) {
    if (e.kind === "ident")
        return under && e.name === name;
    const u = under || e.kind === "prime" || e.kind === "unchanged" || e.kind === "step" || e.kind === "enabled";
    for (const c of children(e))
        if (usedPrimed(c, name, u))
            return true;
    return false;
}
/** An argument that costs nothing to evaluate again: passed by name. */
export function isTrivialArg(e) {
    return e.kind === "ident" || e.kind === "num" || e.kind === "str" || e.kind === "bool" || e.kind === "at" || e.kind === "builtinset";
}
/**
 * Whether TLC's enumeration of next states branches on `e` by its form alone:
 * `/\`, `\/`, `\E`, `\A`, IF, CASE, LET and `=>`.
 */
export function isBranching(e) {
    switch (e.kind) {
        case "and":
        case "or":
        case "exists":
        case "forall":
        case "if":
        case "case":
        case "let":
            return true;
        case "opapp":
            return e.name === "=>";
        default:
            return false;
    }
}
/**
 * Whether `e` names `name` (as an identifier or an operator applied), e.g. a
 * function definition's body naming the function: it is recursive.
 */
export function mentions(e, name) {
    if ((e.kind === "ident" || e.kind === "opapp") && e.name === name)
        return true;
    for (const c of children(e))
        if (mentions(c, name))
            return true;
    return false;
}
//# sourceMappingURL=syntaxFacts.js.map