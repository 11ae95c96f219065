/**
 * One action of a specification compiled for trace steps: its call sites in
 * the next-state relation, with the `\E` binders whose values the log gives
 * fixed to those values and the others searched.
 *
 * @module
 */
import { rethrowUnlessTla } from "../errors.js";
import { enumerate } from "../eval/compile.js";
import { equals, member, toFn } from "../values/value.js";
/**
 * The steps of one action with some of its parameters given. Each call of
 * {@link run} emits, through the model's sink, every successor of `ctx.s`
 * the action produces with those parameter values, with `ctx.n` pre-set to
 * whatever the log says about the next state.
 */
export class ActionSteps {
    action;
    given;
    /** The action's formal parameter names. */
    params;
    compiled;
    constructor(model, action, 
    /** Names of the parameters the log gives, in the order of the values passed to {@link run}. */
    given, sites) {
        this.action = action;
        this.given = given;
        this.params = sites[0].def.params.map((p) => p.name);
        const c = model.compiler;
        const emit = (ctx) => {
            if (ctx.label !== null && ctx.label.name === action)
                model.sink(ctx);
        };
        this.compiled = sites.map((site) => {
            const formal = site.def.params.map((p) => p.name);
            const fixedBy = site.levels.map(() => -1);
            const checks = [];
            given.forEach((name, gi) => {
                const pi = formal.indexOf(name);
                const arg = site.args[pi];
                if (arg.kind === "ident") {
                    const b = site.scope.lookup(arg.name);
                    if (b && b.k === "slot") {
                        const li = site.levels.findIndex((l) => !l.tuple && l.slots[0] === b.slot);
                        if (li >= 0 && fixedBy[li] === -1) {
                            fixedBy[li] = gi;
                            return;
                        }
                    }
                }
                checks.push({ index: gi, arg: model.use(c.compile(arg, site.scope)) });
            });
            const argEvs = site.args.map((a) => model.use(c.compile(a, site.scope)));
            const act = c.compileAct(site.call, site.scope, emit, { init: false, top: true, binders: [] });
            return { site, fixedBy, checks, argEvs, act };
        });
    }
    /** Emits the action's successors of `ctx.s` with the given parameter values (aligned with {@link given}). */
    run(ctx, values) {
        for (const cs of this.compiled) {
            this.iterate(ctx, cs, values, 0, () => {
                ctx.label = null;
                cs.act(ctx);
                return false;
            });
        }
    }
    /**
     * The values of all formal parameters in the first combination of binder
     * values (given ones fixed) that the next-state relation would try, and how
     * many combinations there are, and the first 64 of them; undefined when
     * there is none.
     */
    combinations(ctx, values) {
        const some = [];
        let count = 0;
        for (const cs of this.compiled) {
            this.iterate(ctx, cs, values, 0, () => {
                if (some.length < 64) {
                    const c = {};
                    cs.site.def.params.forEach((p, i) => (c[p.name] = cs.argEvs[i](ctx)));
                    some.push(c);
                }
                count++;
                return count > 10_000;
            });
        }
        return some.length > 0 ? { first: some[0], count, some } : undefined;
    }
    /** A given parameter whose value is outside the set its `\E` binder ranges over (at every call site), if any. */
    outOfDomain(ctx, values) {
        let found;
        for (const cs of this.compiled) {
            let here;
            for (let li = 0; li < cs.fixedBy.length && !here; li++) {
                const gi = cs.fixedBy[li];
                if (gi < 0)
                    continue;
                const level = cs.site.levels[li];
                // Earlier binders of the set's scope are fixed or searched: only sets that do not depend on them are judged.
                let set;
                try {
                    set = level.set(ctx);
                }
                catch (err) {
                    rethrowUnlessTla(err);
                    continue;
                }
                let inside = true;
                try {
                    inside = member(values[gi], set);
                }
                catch (err) {
                    rethrowUnlessTla(err);
                    continue;
                }
                if (!inside)
                    here = { param: this.given[gi], value: values[gi], binder: level.names[0], setExpr: level.setExpr, set };
            }
            if (!here)
                return undefined;
            found ??= here;
        }
        return found;
    }
    iterate(ctx, cs, values, i, each) {
        const levels = cs.site.levels;
        if (i === levels.length) {
            for (const ch of cs.checks)
                if (!equals(ch.arg(ctx), values[ch.index]))
                    return false;
            return each();
        }
        const level = levels[i];
        const set = level.set(ctx);
        const gi = cs.fixedBy[i];
        if (gi >= 0) {
            const v = values[gi];
            if (!member(v, set))
                return false;
            ctx.f[level.slots[0]] = v;
            return this.iterate(ctx, cs, values, i + 1, each);
        }
        const elems = enumerate(set, level.loc);
        if (!level.tuple) {
            const s = level.slots[0];
            for (let j = 0; j < elems.length; j++) {
                ctx.f[s] = elems[j];
                if (this.iterate(ctx, cs, values, i + 1, each))
                    return true;
            }
            return false;
        }
        for (let j = 0; j < elems.length; j++) {
            const t = toFn(elems[j]);
            if (t.vals.length !== level.slots.length)
                continue;
            level.slots.forEach((s, k) => (ctx.f[s] = t.vals[k]));
            if (this.iterate(ctx, cs, values, i + 1, each))
                return true;
        }
        return false;
    }
}
//# sourceMappingURL=action.js.map