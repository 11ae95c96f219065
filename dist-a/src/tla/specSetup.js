/**
 * The setup that the model checker's {@link Model} and trace validation's
 * `TraceModel` share: a loaded specification compiled with its constants
 * bound, and its ASSUMEs checked.
 *
 * Constants are bound from values given by name (a model configuration's
 * `N = 3`, or the values trace validation is given) and, from a model
 * configuration only, from replacements (`Op <- Other`, `Op <- [M] Other`)
 * and values given to definitions (`None = None`). Each way of giving them
 * has its own wording in errors ({@link ConstantWording}); the checks are
 * the same.
 *
 * @module
 */
import { TlaError } from "./errors.js";
import { standardModuleExtends, standardModuleOps } from "./eval/builtinOperators.js";
import { use } from "./eval/cache.js";
import { Compiler } from "./eval/compile.js";
import { Scope } from "./eval/scope.js";
/** The wording of a model configuration (the cfg file). */
export const cfgWording = (root) => ({
    missing: (name) => `the constant ${name} is not given a value in the model configuration`,
    operator: (name, arity) => `the constant ${name} is an operator (arity ${arity}); bind it with <- in the model configuration`,
    unused: (name) => `the model configuration assigns ${name}, which is not a constant of module ${root}`,
    assumeEvaluation: "evaluating an ASSUME",
    assumeFailure: "",
});
/**
 * Compiles a loaded specification with its constants bound to `given`, and
 * checks that everything given was used: each value names a constant (or, in
 * a model configuration, a definition), each replacement a constant or a
 * definition that exists. The ASSUMEs are checked separately
 * ({@link checkAssumptions}), once the caller has compiled what it needs.
 */
export function compileSpecification(modules, given) {
    const root = modules.root;
    const { values, replacements, wording } = given;
    const moduleValues = given.moduleValues ?? new Map();
    // What replacements refer to (`B` of `A <- B`) is resolved in the root module's scope.
    const holder = new Scope(null);
    const usedConstants = new Set();
    // The modules whose definitions are the root module's own: the root and
    // every module it extends, transitively (standard modules included). A
    // plain `A <- B` or `A = v` of the cfg replaces a definition of any of
    // them, as in TLC, where the cfg names definitions as the root module sees
    // them; `A <- [M] B` names the module explicitly. The modules of an
    // unnamed `INSTANCE M` count too: their definitions join the module.
    const own = new Set();
    const addOwn = (name) => {
        if (own.has(name))
            return;
        own.add(name);
        const m = modules.modules.get(name);
        for (const e of m ? m.extends : (standardModuleExtends(name) ?? []))
            addOwn(e);
        for (const u of m?.units ?? [])
            if (u.kind === "instance" && u.name === undefined)
                addOwn(u.module);
    };
    // The replacements that took effect, by their key in `replacements`.
    const applied = new Set();
    addOwn(root.name);
    // The arity of a definition of the root module's own modules, for a
    // replacement of a standard operator (whose arity the engine does not record).
    const arityOf = (name) => {
        for (const mn of own) {
            const u = modules.modules.get(mn)?.units.find((x) => x.kind === "opdef" && x.name === name);
            if (u && u.kind === "opdef")
                return u.params.length;
        }
        return undefined;
    };
    const replaceBinding = (by, arity) => {
        const ident = { kind: "ident", name: by.name, loc: by.loc };
        if (arity === 0)
            return { k: "subst", arg: { expr: ident, scope: holder } };
        const params = Array.from({ length: arity }, (_, i) => `$p${i}`);
        return {
            k: "lambda",
            lambda: {
                kind: "lambda",
                params,
                body: { kind: "opapp", name: by.name, args: params.map((p) => ({ kind: "ident", name: p, loc: by.loc })), loc: by.loc },
                loc: by.loc,
            },
            scope: holder,
        };
    };
    // The replacements named as the root module sees the definition (`A <- B`,
    // `A = v`, not `A <- [M] B`): an instance's `I!A` keeps A's own definition.
    const rootView = new WeakSet();
    const compiler = new Compiler({
        modules: modules.modules,
        standard: modules.standard,
        root,
        constant: (name, arity, loc) => {
            usedConstants.add(name);
            const r = replacements.get(name);
            if (r) {
                applied.add(name);
                return replaceBinding(r.by, arity);
            }
            const v = values.get(name);
            if (!v)
                throw new TlaError(wording.missing(name), "semantic-error", loc);
            if (arity > 0)
                throw new TlaError(wording.operator(name, arity), "semantic-error", v.loc ?? loc);
            return { k: "value", value: v.value };
        },
        ...(given.definitionValues || replacements.size > 0 || moduleValues.size > 0
            ? {
                override: (module, name, _rootScope, arity) => {
                    const isOwn = own.has(module);
                    const qualified = `${module}!${name}`;
                    const mv = moduleValues.get(qualified);
                    if (mv) {
                        if (arity !== undefined && arity > 0)
                            throw new TlaError(`${name} is an operator (arity ${arity}); replace it with <- in the model configuration`, "semantic-error", mv.loc);
                        applied.add(qualified);
                        return { k: "value", value: mv.value };
                    }
                    const key = replacements.has(qualified) ? qualified : isOwn && replacements.has(name) ? name : undefined;
                    const mark = (b) => {
                        if (key === name)
                            rootView.add(b);
                        return b;
                    };
                    const r = key === undefined ? undefined : replacements.get(key);
                    if (key !== undefined && r) {
                        applied.add(key);
                        usedConstants.add(name);
                        const n = arity ?? arityOf(r.by.name);
                        if (n === undefined)
                            throw new TlaError(`${name} is a standard operator; it can be replaced only by a definition of module ${root.name} or of a module it extends`, "semantic-error", r.loc);
                        return mark(replaceBinding(r.by, n));
                    }
                    // `None = None`: a definition given a value (typically a model value
                    // standing for a CHOOSE the model does not want evaluated). The
                    // definition is then never compiled.
                    const v = isOwn && given.definitionValues ? values.get(name) : undefined;
                    if (v) {
                        if (arity !== undefined && arity > 0)
                            throw new TlaError(`${name} is an operator (arity ${arity}); replace it with <- in the model configuration`, "semantic-error", v.loc);
                        usedConstants.add(name);
                        const b = { k: "value", value: v.value };
                        rootView.add(b);
                        return b;
                    }
                    return undefined;
                },
                isRootReplacement: (b) => rootView.has(b),
            }
            : {}),
    });
    const rootScope = compiler.root.scope;
    for (const [n, b] of rootScope.names)
        holder.names.set(n, b);
    for (const [name, v] of values) {
        if (usedConstants.has(name))
            continue;
        const loc = v.loc ?? root.loc;
        if (given.warn && rootScope.lookup(name) === undefined)
            given.warn(`${loc.file}:${loc.line}:${loc.col}: ${wording.unused(name)}; it is ignored, as TLC does`);
        else
            throw new TlaError(wording.unused(name), "semantic-error", loc);
    }
    // `A = [M] v`, like `A <- [M] B`, takes effect when an instance of M is
    // built, which may be never; M must define A.
    for (const [key, mv] of moduleValues) {
        const base = key.slice(key.indexOf("!") + 1);
        const m = modules.modules.get(mv.module.name);
        if (!m)
            throw new TlaError(`the model configuration gives a value to a definition of module ${mv.module.name}, which is not part of the specification`, "semantic-error", mv.module.loc);
        const defines = m.units.some((u) => (u.kind === "opdef" || u.kind === "fndef") && u.name === base);
        if (!defines && !applied.has(key))
            throw new TlaError(`the model configuration gives a value to ${base}, which module ${mv.module.name} does not define`, "semantic-error", mv.loc);
    }
    // A replacement that does not take effect would silently check another
    // model: each must name a constant or a definition that exists.
    for (const [key, r] of replacements) {
        const base = key.includes("!") ? key.slice(key.indexOf("!") + 1) : key;
        if (r.module) {
            // `A <- [M] B`: M's definitions are replaced when an instance of M is
            // built, which may be never (an instance nobody uses); M must define A.
            const m = modules.modules.get(r.module.name);
            const stdOps = standardModuleOps(r.module.name);
            if (!m && !stdOps)
                throw new TlaError(`the model configuration replaces a definition of module ${r.module.name}, which is not part of the specification`, "semantic-error", r.module.loc);
            const defines = m ? m.units.some((u) => (u.kind === "opdef" || u.kind === "fndef") && u.name === base) : stdOps.includes(base);
            if (!defines && !applied.has(key))
                throw new TlaError(`the model configuration replaces ${base}, which module ${r.module.name} does not define`, "semantic-error", r.loc);
        }
        else if (!applied.has(key)) {
            throw new TlaError(rootScope.lookup(base)?.k === "var"
                ? `the model configuration replaces ${base}, which is a variable`
                : `the model configuration replaces ${base}, which is not a constant or definition of module ${root.name} or of a module it extends`, "semantic-error", r.loc);
        }
        if (!holder.lookup(r.by.name))
            throw new TlaError(`unknown identifier ${r.by.name} in the model configuration`, "semantic-error", r.by.loc);
    }
    return compiler;
}
/**
 * Evaluates the ASSUMEs of the root module and of the modules it extends, in
 * order. One that does not hold is an error of kind "assumption"; one whose
 * evaluation fails is an evaluation error (kind "error"), as TLC reports it.
 */
export function checkAssumptions(compiler, ctx, wording) {
    for (const a of compiler.assumes) {
        const ev = use(compiler.compile(a.expr, a.scope));
        let v;
        try {
            v = ev(ctx);
        }
        catch (err) {
            if (err instanceof TlaError)
                throw new TlaError(`${wording.assumeEvaluation}: ${err.message}`, "error", err.loc ?? a.expr.loc);
            throw err;
        }
        if (v !== true)
            throw new TlaError(`the assumption${a.name ? " " + a.name : ""} is ${v === false ? "false" : "not a boolean"}${wording.assumeFailure}`, "assumption", a.expr.loc);
    }
}
//# sourceMappingURL=specSetup.js.map