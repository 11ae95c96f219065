/**
 * The first layer of the compiler: the frame layout (every bound variable
 * gets its own slot), the state variables, and the modules as instantiated
 * under one model: what every name of a module, of the modules it extends
 * and of its instances denotes ({@link Scope}), and the ASSUMEs to check.
 *
 * @module
 */
import { TlaError } from "../errors.js";
import { registerFieldNames } from "../values/value.js";
import { isStandardModule, standardOps } from "./builtinOperators.js";
import { Ctx } from "./context.js";
import { Scope } from "./scope.js";
import { identifiersInOrder } from "./syntaxFacts.js";
/** Frame slots, state variables and module instances of one specification under one model. */
export class ModuleCompiler {
    input;
    /** Number of frame slots allocated so far. */
    slotCount = 0;
    /** State variables in declaration order. */
    varNames = [];
    /** The root module instantiated with the model's constants. */
    root;
    /** ASSUMEs of the root module and of the modules it extends, in order. */
    assumes = [];
    constructor(input) {
        this.input = input;
        registerFieldNames(identifiersInOrder(input.root.source));
        for (const m of input.modules.values())
            if (m !== input.root)
                registerFieldNames(identifiersInOrder(m.source));
        this.root = this.instantiate(input.root, (name, arity, kind, loc) => {
            if (kind === "var") {
                let i = this.varNames.indexOf(name);
                if (i < 0) {
                    i = this.varNames.length;
                    this.varNames.push(name);
                }
                return { k: "var", index: i, name };
            }
            // This runs while the root instance is being built: until then there is no root scope.
            const root = this.root;
            const b = input.constant(name, arity, loc, root?.scope ?? new Scope(null));
            if (!b)
                throw new TlaError(`the constant ${name} is not given a value in the model configuration`, "semantic-error", loc);
            return b;
        }, true);
    }
    /** A fresh frame slot. */
    newSlot() {
        return this.slotCount++;
    }
    /** A context sized for this compiler. */
    newCtx() {
        return new Ctx(this.varNames.length, this.slotCount + 64);
    }
    moduleNamed(name, loc) {
        const m = this.input.modules.get(name);
        if (!m && (this.input.standard.has(name) || isStandardModule(name)))
            return undefined;
        if (!m)
            throw new TlaError(`module ${name} is not loaded`, "semantic-error", loc);
        return m;
    }
    /**
     * Adds the operators of standard module `name` to a scope. `owner`: the
     * module that extends or (unnamed) instantiates it, whose definitions these
     * become; the model configuration may replace them as that module's
     * (`Nat <- [ZSequences] MyNat` for a module with `LOCAL INSTANCE Naturals`).
     */
    addStandard(scope, exported, name, owner) {
        const override = this.input.override;
        const root = () => this.root.scope;
        for (const op of standardOps(name)) {
            const b = (owner !== undefined ? override?.(owner, op.name, root, undefined) : undefined) ??
                override?.(op.module ?? name, op.name, root, undefined) ?? { k: "builtin", name: op.key };
            scope.names.set(op.name, b);
            exported.set(op.name, b);
        }
    }
    /**
     * Instantiates a module: `resolve` says what its constants and variables
     * denote. With `collectAssumes`, the ASSUMEs of this module and of those it
     * extends are recorded (not those of instantiated modules, as TLC).
     */
    instantiate(mod, resolve, collectAssumes) {
        const scope = new Scope(null);
        const exported = new Map();
        const assumes = [];
        const recursive = new Set();
        const override = this.input.override;
        // The definitions replaced by the model configuration, as written (see ModuleInstance.members).
        const originals = new Map();
        for (const ext of mod.extends) {
            const m = this.moduleNamed(ext, mod.loc);
            if (!m) {
                this.addStandard(scope, exported, ext, mod.name);
                continue;
            }
            const inst = this.instantiate(m, resolve, collectAssumes);
            for (const [n, b] of inst.exported) {
                scope.names.set(n, b);
                exported.set(n, b);
                const own = inst.members.get(n);
                if (own !== b && own !== undefined)
                    originals.set(n, own);
            }
        }
        const define = (name, b, local) => {
            scope.names.set(name, b);
            if (!local)
                exported.set(name, b);
        };
        const rootScope = () => this.root.scope;
        for (const u of mod.units) {
            switch (u.kind) {
                case "constants":
                    for (const d of u.decls)
                        define(d.name, resolve(d.name, d.arity, "const", u.loc), false);
                    break;
                case "variables":
                    for (const n of u.names)
                        define(n, resolve(n, 0, "var", u.loc), false);
                    break;
                case "recursive":
                    for (const d of u.decls)
                        recursive.add(d.name);
                    break;
                case "opdef": {
                    const o = override?.(mod.name, u.name, rootScope, u.params.length);
                    const own = { k: "op", def: u, scope, module: mod.name, recursive: recursive.has(u.name) };
                    if (o && !u.local && this.input.isRootReplacement?.(o))
                        originals.set(u.name, own);
                    define(u.name, o ?? own, u.local);
                    break;
                }
                case "fndef": {
                    const o = override?.(mod.name, u.name, rootScope, 0);
                    const own = { k: "fn", def: u, scope, module: mod.name };
                    if (o && !u.local && this.input.isRootReplacement?.(o))
                        originals.set(u.name, own);
                    define(u.name, o ?? own, u.local);
                    break;
                }
                case "instance":
                    if (u.name !== undefined) {
                        define(u.name, { k: "instance", def: u, scope }, u.local);
                    }
                    else {
                        const inst = this.instanceOf(u, scope, scope, mod.name);
                        // The instance's constants and variables are substituted, not
                        // defined here; a definition the model configuration replaced
                        // (a substitution too) is.
                        const declared = this.declaredNames(inst.module);
                        for (const [n, b] of inst.exported) {
                            if (b.k === "var" || ((b.k === "subst" || b.k === "value") && declared.has(n)))
                                continue;
                            define(n, b, u.local);
                        }
                    }
                    break;
                case "assume":
                    assumes.push({ expr: u.expr, name: u.name, scope });
                    if (u.name !== undefined) {
                        define(u.name, { k: "op", def: { kind: "opdef", name: u.name, params: [], body: u.expr, local: false, loc: u.loc }, scope, module: mod.name, recursive: false }, false);
                    }
                    break;
            }
        }
        if (collectAssumes)
            this.assumes.push(...assumes);
        const members = originals.size === 0 ? exported : new Map([...exported].map(([n, b]) => [n, originals.get(n) ?? b]));
        return { module: mod, scope, exported, members, assumes };
    }
    /** The constants and variables a module declares, with those of the modules it extends. */
    declaredNames(mod, out = new Set()) {
        for (const u of mod.units) {
            if (u.kind === "constants")
                for (const d of u.decls)
                    out.add(d.name);
            else if (u.kind === "variables")
                for (const n of u.names)
                    out.add(n);
        }
        for (const ext of mod.extends) {
            const m = this.input.modules.get(ext);
            if (m)
                this.declaredNames(m, out);
        }
        return out;
    }
    /**
     * Instantiates the module of an INSTANCE: substitutions are compiled in
     * `subScope`, implicit ones resolved in `ctxScope`. `owner`: the module of
     * an unnamed INSTANCE, whose definitions those of a standard module become.
     */
    instanceOf(def, subScope, ctxScope, owner) {
        const m = this.moduleNamed(def.module, def.loc);
        if (!m) {
            const scope = new Scope(null);
            const exported = new Map();
            this.addStandard(scope, exported, def.module, owner);
            return { module: { name: def.module, file: "", source: "", extends: [], units: [], submodules: [], loc: def.loc }, scope, exported, members: exported, assumes: [] };
        }
        const subs = new Map(def.subs.map((s) => [s.name, s.expr]));
        return this.instantiate(m, (name, arity, _kind, loc) => {
            const e = subs.get(name);
            if (e) {
                if (arity > 0 || e.kind === "lambda") {
                    if (e.kind === "lambda")
                        return { k: "lambda", lambda: e, scope: subScope };
                    if (e.kind === "ident") {
                        const b = subScope.lookup(e.name);
                        if (b)
                            return b;
                    }
                    throw new TlaError(`the substitution for ${name} must name an operator`, "semantic-error", e.loc);
                }
                return { k: "subst", arg: { expr: e, scope: subScope }, memo: true };
            }
            const b = ctxScope.lookup(name);
            if (!b)
                throw new TlaError(`INSTANCE ${def.module}: no substitution for ${name}, and no ${name} in scope`, "semantic-error", loc);
            return b;
        }, false);
    }
    /** The module instance an `I!Op` expression reaches. */
    instanceFor(e, sc) {
        return this.resolveInstancePath(e, sc)[0];
    }
    resolveInstancePath(e, sc) {
        let inst;
        for (const step of e.path) {
            const b = inst ? inst.exported.get(step.name) : sc.lookup(step.name);
            if (!b || b.k !== "instance")
                throw new TlaError(`${step.name} is not an instance`, "semantic-error", e.loc);
            if (b.def.params.length !== step.args.length) {
                throw new TlaError(`${step.name} takes ${b.def.params.length} arguments, ${step.args.length} given`, "semantic-error", e.loc);
            }
            if (b.def.params.length === 0) {
                // Built once: its definitions (and their compiled code) are shared by every use.
                b.cache ??= this.instanceOf(b.def, b.scope, b.scope);
                inst = b.cache;
            }
            else {
                // The parameters are in scope for the substitutions, explicit and
                // implicit: in `P(Succ) == INSTANCE M`, M's constant Succ is the
                // parameter (the implicit `Succ <- Succ`), as in TLC.
                const ps = b.scope.child();
                b.def.params.forEach((p, i) => ps.names.set(p.name, { k: "subst", arg: { expr: step.args[i], scope: sc } }));
                inst = this.instanceOf(b.def, ps, ps);
            }
        }
        return [inst, e.name];
    }
    letScope(defs, sc) {
        return letScope(defs, sc);
    }
}
/**
 * The scope of a LET's definitions: operators (RECURSIVE ones marked),
 * functions and named instances (`LET G == INSTANCE Graphs IN G!Op`, whose
 * implicit substitutions are the names in scope at the LET, bound variables
 * included); anything else is an error.
 */
export function letScope(defs, sc) {
    const ls = sc.child();
    const recursive = new Set();
    for (const d of defs) {
        switch (d.kind) {
            case "recursive":
                for (const p of d.decls)
                    recursive.add(p.name);
                break;
            case "opdef":
                ls.names.set(d.name, { k: "op", def: d, scope: ls, module: "", recursive: recursive.has(d.name) });
                break;
            case "fndef":
                ls.names.set(d.name, { k: "fn", def: d, scope: ls, module: "" });
                break;
            case "instance":
                if (d.name === undefined)
                    throw new TlaError("an INSTANCE inside LET must be named (I == INSTANCE M)", "semantic-error", d.loc);
                ls.names.set(d.name, { k: "instance", def: d, scope: ls });
                break;
            default:
                throw new TlaError(`${d.kind} is not allowed in LET`, "semantic-error", d.loc);
        }
    }
    return ls;
}
//# sourceMappingURL=modules.js.map