/**
 * A specification compiled for trace validation: its constants bound
 * directly to engine values (so that a constant may be a function, such as a
 * ballot-owner map, which a .cfg file cannot express), its initial predicate
 * and next-state relation compiled, and its actions located in the
 * next-state relation.
 *
 * @module
 */
import { TlaError, rethrowUnlessTla } from "../errors.js";
import { loadModules } from "../syntax/load.js";
import { use } from "../eval/cache.js";
import { letScope } from "../eval/modules.js";
import { checkAssumptions, compileSpecification } from "../specSetup.js";
import { printValue } from "../values/print.js";
/** The wording of errors about constants given as values. */
function givenWording(root) {
    return {
        missing: (name) => `the constant ${name} of module ${root} is given no value`,
        operator: (name, arity) => `the constant ${name} is an operator (arity ${arity}); trace validation binds only constants that are values`,
        unused: (name) => `a value is given for ${name}, which is not a constant of module ${root}`,
        assumeEvaluation: "evaluating an ASSUME with the given constants",
        assumeFailure: " for the given constants",
    };
}
/** A specification compiled with constants given as values. */
export class TraceModel {
    modules;
    compiler;
    ctx;
    /** State variables in declaration order. */
    variables;
    variableIndex;
    moduleName;
    rootScope;
    initName;
    nextName;
    /** The definition of the initial predicate. */
    initDef;
    /** The definition of the next-state relation. */
    nextDef;
    /** Every action name the next-state relation labels successors with, with where it is called. */
    sites;
    /** Names of the model values appearing in the constants. */
    modelValues;
    sources = new Map();
    /** Where the engine's emitted states go: set by the caller before running a compiled action. */
    sink = () => { };
    initK;
    nextK;
    constructor(modules, input) {
        this.modules = modules;
        const root = modules.root;
        this.moduleName = root.name;
        for (const m of modules.modules.values())
            this.sources.set(m.file, m.source);
        const given = input.constants;
        const wording = givenWording(root.name);
        this.compiler = compileSpecification(modules, {
            values: new Map(Object.entries(given).map(([name, value]) => [name, { value, loc: undefined }])),
            replacements: new Map(),
            definitionValues: false,
            wording,
        });
        const c = this.compiler;
        const mvs = new Set();
        const collectMv = (v) => {
            if (typeof v !== "object")
                return;
            if (v.tag === 1)
                mvs.add(v.name);
            else if (v.tag === 2)
                v.elems.forEach(collectMv);
            else if (v.tag === 3) {
                v.keys.forEach(collectMv);
                v.vals.forEach(collectMv);
            }
        };
        Object.values(given).forEach(collectMv);
        this.modelValues = mvs;
        this.rootScope = c.root.scope;
        this.variables = c.varNames;
        this.variableIndex = new Map(c.varNames.map((n, i) => [n, i]));
        this.ctx = c.newCtx();
        checkAssumptions(c, this.ctx, wording);
        this.initName = input.init ?? "Init";
        this.nextName = input.next ?? "Next";
        this.initDef = this.definition(this.initName, "initial predicate");
        this.nextDef = this.definition(this.nextName, "next-state relation");
        this.initK = c.compileAct(this.initDef.body, this.rootScope, (ctx) => this.sink(ctx), { init: true, top: false, binders: [] });
        this.sites = this.findSites();
    }
    /** Loads the specification and compiles it under the constants. */
    static async load(input) {
        const modules = await loadModules(input.specFile);
        return new TraceModel(modules, input);
    }
    /** Builds the model from modules already loaded. */
    static fromModules(modules, input) {
        return new TraceModel(modules, input);
    }
    definition(name, what) {
        const b = this.rootScope.lookup(name);
        if (!b || b.k !== "op")
            throw new TlaError(`module ${this.moduleName} has no definition ${name} to use as the ${what}`, "semantic-error", this.modules.root.loc);
        if (b.def.params.length > 0)
            throw new TlaError(`${name} takes parameters; the ${what} must not`, "semantic-error", b.def.loc);
        return b.def;
    }
    /** The closure of a compiled expression, memoised when it is constant. */
    use(c) {
        return use(c);
    }
    /** Makes sure the frame has room for every slot allocated so far. */
    frame() {
        const ctx = this.ctx;
        if (ctx.f.length < this.compiler.slotCount + 1) {
            const old = ctx.f.length;
            ctx.f.length = this.compiler.slotCount + 64;
            ctx.f.fill(false, old);
        }
        return ctx;
    }
    /** Runs the initial predicate with `ctx.s` pre-set to the known values; {@link sink} gets each initial state. */
    runInit(known) {
        const ctx = this.frame();
        ctx.s = known;
        ctx.label = null;
        this.initK(ctx);
    }
    /** The whole next-state relation, labelling successors with action names. */
    nextKont() {
        if (!this.nextK) {
            const k = this.compiler.compileAct(this.nextDef.body, this.rootScope, (ctx) => this.sink(ctx), { init: false, top: true, binders: [] });
            const label = { name: this.nextName, loc: this.nextDef.loc, module: this.moduleName, binders: [], params: [] };
            this.nextK = (ctx) => {
                ctx.label = label;
                k(ctx);
            };
        }
        return this.nextK;
    }
    /** The source text of a location. */
    text(loc) {
        const src = this.sources.get(loc.file);
        return src === undefined ? "" : src.slice(loc.start, loc.end);
    }
    /** Prints a value as TLA+. */
    print(v) {
        return printValue(v);
    }
    /**
     * Walks the next-state relation the way the engine labels successors:
     * through disjunctions, `\E`, LET and operator calls; every operator call
     * met there names an action.
     */
    findSites() {
        const out = new Map();
        const c = this.compiler;
        const walk = (e, sc, levels, depth) => {
            if (depth > 60)
                return true;
            switch (e.kind) {
                case "or": {
                    let leaf = false;
                    for (const a of e.args)
                        if (walk(a, sc, levels, depth + 1))
                            leaf = true;
                    return leaf;
                }
                case "exists": {
                    let scope = sc;
                    const added = [];
                    for (const bd of e.bounds) {
                        if (!bd.set)
                            return true;
                        const set = this.use(c.compile(bd.set, scope));
                        const inner = scope.child();
                        const slots = bd.names.map((n) => {
                            const s = c.newSlot();
                            inner.names.set(n, { k: "slot", slot: s });
                            return s;
                        });
                        if (bd.tuple)
                            added.push({ names: bd.names, tuple: true, slots, set, setExpr: bd.set, loc: bd.loc });
                        else
                            bd.names.forEach((n, i) => added.push({ names: [n], tuple: false, slots: [slots[i]], set, setExpr: bd.set, loc: bd.loc }));
                        scope = inner;
                    }
                    return walk(e.body, scope, [...levels, ...added], depth + 1);
                }
                case "let":
                    return walk(e.body, letScope(e.defs, sc), levels, depth + 1);
                case "ident":
                case "opapp":
                case "instanceop": {
                    let b;
                    if (e.kind === "instanceop") {
                        try {
                            b = c.instanceFor(e, sc).members.get(e.name);
                        }
                        catch (err) {
                            rethrowUnlessTla(err);
                            return true;
                        }
                    }
                    else
                        b = sc.lookup(e.name);
                    const args = e.kind === "ident" ? [] : e.args;
                    if (!b)
                        return true;
                    if (b.k === "subst" && args.length === 0)
                        return walk(b.arg.expr, b.arg.scope, levels, depth + 1);
                    if (b.k !== "op" || b.recursive || b.def.params.length !== args.length || b.def.params.some((p) => p.arity > 0))
                        return true;
                    const site = { action: e.name, levels, scope: sc, call: e, args, def: b.def, defScope: b.scope, labels: true };
                    const list = out.get(e.name);
                    if (list)
                        list.push(site);
                    else
                        out.set(e.name, [site]);
                    const callee = b.scope.child();
                    b.def.params.forEach((p, i) => callee.names.set(p.name, { k: "subst", arg: { expr: args[i], scope: sc } }));
                    site.labels = walk(b.def.body, callee, levels, depth + 1);
                    return false;
                }
                default:
                    return true;
            }
        };
        walk(this.nextDef.body, this.rootScope, [], 0);
        return out;
    }
}
export { letScope };
//# sourceMappingURL=traceModel.js.map