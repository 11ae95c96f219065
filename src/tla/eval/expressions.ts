/**
 * The third layer of the compiler: expressions, each compiled once into a
 * closure over the {@link Ctx} (see compiled.ts). Literals, tuples, records
 * and sets are built from their compiled parts; `/\` and `\/` are lazy;
 * quantifiers, CHOOSE, set filters and maps, and function constructors bind
 * their variables in frame slots, iterate over their sets, and are cached
 * per binding of the variables they read when they sit inside a loop whose
 * variable they do not read (see cache.ts).
 *
 * @module
 */
import { TlaError } from "../errors.js";
import type { Bound, Expr, Loc } from "../syntax/ast.js";
import {
  BOOLEAN_SET,
  EMPTY_SET,
  FN_RECORD,
  FN_SEQ,
  FnValue,
  INT,
  LazyFn,
  NAT,
  PredicateSet,
  ProductSet,
  RecordSetSet,
  STRING_SET,
  SetValue,
  TAG_FN,
  TAG_LAZYFN,
  TAG_SET,
  compareKeys,
  recordKeys,
  equals,
  fnIndex,
  fnOf,
  fnWithIndex,
  member,
  memberFn,
  tupleKeys,
  normInt,
  printShort,
  setFromSorted,
  setOf,
  toSet,
  tupleOf,
  type Value,
} from "../values/value.js";
import * as B from "./builtins.js";
import { strictC2 } from "./builtinOperators.js";
import { use } from "./cache.js";
import { caseArms, combine, destructure, ifThenElse, inFrameOf, enumerate, fail, isKonst, lit, locate, setArg, slotRead, type C } from "./compiled.js";
import type { Ctx, Ev } from "./context.js";
import { DefinitionCompiler, withArguments, type ByValue } from "./definitions.js";
import type { Scope } from "./scope.js";

/** Expressions: values, sets, functions, records, quantifiers, IF, CASE, LET. */
export abstract class ExpressionCompiler extends DefinitionCompiler {
  /** Compiles an expression. `primed`: inside a prime (state variables read the next state). */
  /** Code compiled ahead for an expression in a scope (see `compileQuant`), used in place of compiling it again. */
  private readonly precompiled = new Map<Expr, { scope: Scope; primed: boolean; c: C }>();

  compile(e: Expr, sc: Scope, primed = false): C {
    const pre = this.precompiled.get(e);
    if (pre !== undefined && pre.scope === sc && pre.primed === primed) return pre.c;
    switch (e.kind) {
      case "num":
        return lit(normInt(e.value));
      case "str":
        return lit(e.value);
      case "bool":
        return lit(e.value);
      case "builtinset": {
        // `Nat` and `Int` are definitions of Naturals and Integers, which the
        // model configuration may replace (`Nat <- MyNat`).
        const b = e.name === "Nat" || e.name === "Int" ? sc.lookup(e.name) : undefined;
        if (b && b.k !== "builtin") return this.compileApply(e.name, b, [], primed, e.loc);
        return lit(e.name === "Nat" ? NAT : e.name === "Int" ? INT : e.name === "STRING" ? STRING_SET : BOOLEAN_SET);
      }
      case "ident":
        return this.compileIdent(e.name, sc, primed, e.loc);
      case "opapp":
        if ((e.name === "\\in" || e.name === "\\notin") && e.args.length === 2) {
          if (this.leadsToFilter(e.args[1]!, sc)) return this.compileFilterMembership(e.args[0]!, sc, e.args[1]!, e.name === "\\notin", primed);
          const set = e.args[1]!;
          if (set.kind === "opapp" && set.name === "DOMAIN" && set.args.length === 1)
            return this.compileDomainMembership(e.args[0]!, set.args[0]!, sc, e.name === "\\notin", primed, set.loc);
          const lit = !sc.lookup(e.name) ? this.functionLiteral(e.args[0]!) : undefined;
          if (lit) return this.compileFnLiteralMembership(lit, set, sc, e.name === "\\notin", primed, e.loc);
        }
        if (e.name === "\\cdot" && e.args.length === 2)
          throw new TlaError("action composition \\cdot is supported only as an action (in the next-state relation or under ENABLED)", "semantic-error", e.loc);
        return this.compileOpApp(
          e.name,
          e.args.map((a) => ({ expr: a, scope: sc })),
          sc,
          primed,
          e.loc,
        );
      case "instanceop": {
        const [inst, name] = this.resolveInstancePath(e, sc);
        const b = inst.members.get(name);
        if (!b) throw new TlaError(`${e.path.map((p) => p.name).join("!")}!${name} is not defined`, "semantic-error", e.loc);
        return this.compileApply(
          name,
          b,
          e.args.map((a) => ({ expr: a, scope: sc })),
          primed,
          e.loc,
        );
      }
      case "subexpr": {
        const target = this.subexpressionTarget(e, sc);
        return this.compile(target.expr, target.scope, primed);
      }
      case "prime":
        if (primed) throw new TlaError("a primed expression is primed again", "semantic-error", e.loc);
        return this.compile(e.expr, sc, true);
      case "and":
      case "or":
        return this.compileJunction(e.kind, e.args, sc, primed);
      case "setenum": {
        const cs = e.elems.map((x) => this.compile(x, sc, primed));
        const evs = cs.map(use);
        if (evs.length === 0) return lit(EMPTY_SET);
        if (evs.length === 1) {
          const a = evs[0]!;
          return combine((ctx) => new SetValue([a(ctx)]), cs);
        }
        return combine((ctx) => setOf(evs.map((f) => f(ctx))), cs);
      }
      case "tuple": {
        const cs = e.elems.map((x) => this.compile(x, sc, primed));
        const evs = cs.map(use);
        return combine((ctx) => tupleOf(evs.map((f) => f(ctx))), cs);
      }
      case "record": {
        const order = e.fields.map((_, i) => i).sort((i, j) => compareKeys(e.fields[i]!.name, e.fields[j]!.name));
        for (let i = 1; i < order.length; i++) {
          if (e.fields[order[i]!]!.name === e.fields[order[i - 1]!]!.name)
            throw new TlaError(`the field ${e.fields[order[i]!]!.name} appears twice in the record`, "semantic-error", e.loc);
        }
        const keys = recordKeys(order.map((i) => e.fields[i]!.name));
        const cs = order.map((i) => this.compile(e.fields[i]!.expr, sc, primed));
        const evs = cs.map(use);
        if (keys.length === 0) return lit(tupleOf([]));
        return combine(
          (ctx) =>
            new FnValue(
              keys,
              evs.map((f) => f(ctx)),
              FN_RECORD,
            ),
          cs,
        );
      }
      case "field": {
        const rc = this.compile(e.record, sc, primed);
        const r = use(rc);
        const name = e.field;
        const loc = e.loc;
        // An inline cache: records built by one constructor share their key array.
        let k0: readonly Value[] | null = null;
        let i0 = 0;
        return combine(
          (ctx) => {
            const v = r(ctx);
            if (typeof v === "object" && v.tag === TAG_FN) {
              const keys = v.keys;
              if (keys === k0) return v.vals[i0]!;
              for (let i = 0; i < keys.length; i++) {
                if (keys[i] === name) {
                  k0 = keys;
                  i0 = i;
                  return v.vals[i]!;
                }
              }
            } else if (typeof v === "object" && v.tag === TAG_LAZYFN) {
              try {
                return v.apply(name);
              } catch (err) {
                throw locate(err, loc);
              }
            }
            return fail(loc, `the record ${printShort(v)} has no field ${name}`);
          },
          [rc],
        );
      }
      case "fnapp":
        return this.compileFnApp(e.fn, e.args, sc, primed, e.loc);
      case "setfilter":
        return this.compileSetFilter(e.bound, e.pred, sc, primed, e.loc);
      case "setmap":
        return this.compileSetMap(e.bounds, e.expr, sc, primed, e.loc);
      case "times": {
        const cs = e.sets.map((x) => this.compile(x, sc, primed));
        const evs = cs.map(use);
        const loc = e.loc;
        return combine((ctx) => new ProductSet(evs.map((f) => setArg(f(ctx), loc, "\\X"))), cs);
      }
      case "fnset": {
        const d = this.compile(e.domain, sc, primed);
        const r = this.compile(e.range, sc, primed);
        return strictC2(B.fnSet, d, r, e.loc);
      }
      case "recordset": {
        const names = e.fields.map((f) => f.name);
        const cs = e.fields.map((f) => this.compile(f.set, sc, primed));
        const evs = cs.map(use);
        const loc = e.loc;
        return combine(
          (ctx) =>
            new RecordSetSet(
              names,
              evs.map((f) => setArg(f(ctx), loc, "a record set")),
            ),
          cs,
        );
      }
      case "fnctor":
        return this.compileFnCtor(e.bounds, e.body, sc, primed, e.loc);
      case "except":
        return this.compileExcept(e, sc, primed);
      case "at": {
        const b = sc.lookup("@");
        if (!b || b.k !== "slot") throw new TlaError("@ is used outside an EXCEPT", "semantic-error", e.loc);
        const s = b.slot;
        return slotRead(s);
      }
      case "forall":
      case "exists":
        return this.compileQuant(e.kind === "forall", e.bounds, e.body, sc, primed, e.loc);
      case "choose":
        return this.compileChoose(e.bound, e.body, sc, primed, e.loc);
      case "if": {
        const c = this.compile(e.cond, sc, primed);
        const t = this.compile(e.then, sc, primed);
        const f = this.compile(e.else, sc, primed);
        return combine(ifThenElse(use(c), e.cond.loc, use(t), use(f)), [c, t, f]);
      }
      case "case": {
        const guards = e.arms.map((a) => this.compile(a.guard, sc, primed));
        const vals = e.arms.map((a) => this.compile(a.value, sc, primed));
        const other = e.other ? this.compile(e.other, sc, primed) : undefined;
        const ev = caseArms(
          guards.map(use),
          e.arms.map((a) => a.guard.loc),
          vals.map(use),
          other ? use(other) : undefined,
          e.loc,
        );
        return combine(ev, [...guards, ...vals, ...(other ? [other] : [])]);
      }
      case "let":
        return this.compile(e.body, this.letScope(e.defs, sc), primed);
      case "lambda":
        throw new TlaError("LAMBDA can only be an argument of an operator", "semantic-error", e.loc);
      case "unchanged": {
        const now = this.compile(e.expr, sc, false);
        const nxt = this.compile(e.expr, sc, true);
        const a = use(now);
        const b = use(nxt);
        return combine((ctx) => equals(b(ctx), a(ctx)), [now, nxt], Infinity, true);
      }
      case "step": {
        const act = this.compile(e.action, sc, primed);
        const now = this.compile(e.sub, sc, false);
        const nxt = this.compile(e.sub, sc, true);
        const a = use(act);
        const s0 = use(now);
        const s1 = use(nxt);
        const box = e.box;
        const loc = e.loc;
        return combine(
          (ctx) => {
            const same = equals(s1(ctx), s0(ctx));
            if (box && same) return true;
            if (!box && same) return false;
            const v = a(ctx);
            if (typeof v !== "boolean") return fail(loc, `the action must be a boolean, got ${B.describe(v)}`);
            return v;
          },
          [act, now, nxt],
          Infinity,
          true,
        );
      }
      case "enabled":
        return this.compileEnabled(e.expr, sc);
      case "temporal":
        throw new TlaError(
          `the temporal operator ${e.op} cannot be evaluated here (temporal formulas are supported as the fairness of a SPECIFICATION and as PROPERTYs, not inside a value or an action)`,
          "semantic-error",
          e.loc,
        );
    }
  }

  /** `/\` and `\/`: evaluated left to right, stopping at the first conjunct that is false (disjunct that is true). */
  private compileJunction(kind: "and" | "or", args: readonly Expr[], sc: Scope, primed: boolean): C {
    const cs = args.map((a) => this.compile(a, sc, primed));
    const evs = cs.map(use);
    const isAnd = kind === "and";
    const decides = !isAnd;
    const what = isAnd ? "a conjunct" : "a disjunct";
    const locs = args.map((a) => a.loc);
    const n = evs.length;
    if (n === 2) {
      const [a, b] = evs as [Ev, Ev];
      return combine((ctx) => {
        const x = a(ctx);
        if (x === decides) return decides;
        if (x !== isAnd) return fail(locs[0], `${what} must be a boolean, got ${B.describe(x)}`);
        const y = b(ctx);
        if (typeof y !== "boolean") return fail(locs[1], `${what} must be a boolean, got ${B.describe(y)}`);
        return y;
      }, cs);
    }
    return combine((ctx) => {
      for (let i = 0; i < n; i++) {
        const x = evs[i]!(ctx);
        if (x === decides) return decides;
        if (x !== isAnd) return fail(locs[i], `${what} must be a boolean, got ${B.describe(x)}`);
      }
      return isAnd;
    }, cs);
  }

  /**
   * `v \in DOMAIN f` (and `\notin`): whether `f` has the key `v`, looked up as
   * `f[v]` looks it up, without building the domain. A sequence's domain is
   * an interval built at every `DOMAIN`, and guards such as `IF i \in DOMAIN
   * log THEN log[i] ELSE ...` evaluate it very often (a sixth of
   * MCCheckpointCoordination's time went to building those intervals).
   */
  private compileDomainMembership(elemE: Expr, fnE: Expr, sc: Scope, negated: boolean, primed: boolean, loc: Loc): C {
    const ec = this.compile(elemE, sc, primed);
    const fc = this.compile(fnE, sc, primed);
    const ee = use(ec);
    const fe = use(fc);
    return combine(
      (ctx) => {
        const v = ee(ctx);
        const f = fe(ctx);
        let has: boolean;
        if (typeof f === "object" && f.tag === TAG_FN) has = fnIndex(f, v) >= 0;
        else {
          try {
            has = member(v, B.domain(f));
          } catch (err) {
            throw locate(err, loc);
          }
        }
        return has !== negated;
      },
      [ec, fc],
    );
  }

  /**
   * A tuple or record written out, `<<e1, ..., en>>` or `[f1 |-> e1, ...]`
   * (not empty, fields distinct): its keys, kind and the expressions of its
   * values in the order of the keys (in which they are evaluated).
   */
  private functionLiteral(e: Expr): { keys: readonly Value[]; kind: number; elems: readonly Expr[] } | undefined {
    if (e.kind === "tuple" && e.elems.length > 0) return { keys: tupleKeys(e.elems.length), kind: FN_SEQ, elems: e.elems };
    if (e.kind === "record" && e.fields.length > 0) {
      const order = e.fields.map((_, i) => i).sort((i, j) => compareKeys(e.fields[i]!.name, e.fields[j]!.name));
      for (let i = 1; i < order.length; i++) if (e.fields[order[i]!]!.name === e.fields[order[i - 1]!]!.name) return undefined;
      return { keys: recordKeys(order.map((i) => e.fields[i]!.name)), kind: FN_RECORD, elems: order.map((i) => e.fields[i]!.expr) };
    }
    return undefined;
  }

  /**
   * `<<e1, ..., en>> \\in S` and `[f1 |-> e1, ...] \\in S` (and `\\notin`):
   * evaluated as `\\in` is, the values then the set, but without building
   * the tuple or record when the set is finite (see {@link memberFn}).
   */
  private compileFnLiteralMembership(lit: { keys: readonly Value[]; kind: number; elems: readonly Expr[] }, setE: Expr, sc: Scope, negated: boolean, primed: boolean, loc: Loc): C {
    const ecs = lit.elems.map((x) => this.compile(x, sc, primed));
    const sc1 = this.compile(setE, sc, primed);
    const evs = ecs.map(use);
    const se = use(sc1);
    const { keys, kind } = lit;
    const n = evs.length;
    const ev: Ev = (ctx) => {
      const xs: Value[] = new Array<Value>(n);
      for (let i = 0; i < n; i++) xs[i] = evs[i]!(ctx);
      const S = se(ctx);
      try {
        return memberFn(keys, kind, xs, S) !== negated;
      } catch (err) {
        throw locate(err, loc);
      }
    };
    return combine(ev, [...ecs, sc1]);
  }

  private compileFnApp(fnE: Expr, argsE: readonly Expr[], sc: Scope, primed: boolean, loc: Loc): C {
    const fc = this.compile(fnE, sc, primed);
    const acs = argsE.map((a) => this.compile(a, sc, primed));
    const fe = use(fc);
    const aevs = acs.map(use);
    const ae = aevs.length === 1 ? aevs[0]! : (ctx: Ctx) => tupleOf(aevs.map((f) => f(ctx)));
    return combine(
      (ctx) => {
        const f = fe(ctx);
        const a = ae(ctx);
        if (typeof f === "object") {
          if (f.tag === TAG_FN) {
            const i = fnIndex(f, a);
            if (i >= 0) return f.vals[i]!;
            return fail(loc, `${printShort(a)} is not in the domain of the function ${printShort(f)}`);
          }
          if (f.tag === TAG_LAZYFN) {
            try {
              return f.apply(a);
            } catch (err) {
              throw locate(err, loc);
            }
          }
        }
        return fail(loc, `cannot apply ${B.describe(f)} to an argument: it is not a function`);
      },
      [fc, ...acs],
    );
  }

  /**
   * Compiles the bounds of a quantifier-like construct: returns the scope with
   * the bound names and an iterator calling `each` for every binding (stops
   * when `each` returns true).
   */
  protected compileBounds(bounds: readonly Bound[], sc: Scope, primed: boolean): { scope: Scope; sets: C[]; steps: BoundStep[]; iterate: Iterate } {
    let scope = sc;
    const steps: BoundStep[] = [];
    const sets: C[] = [];
    for (const bd of bounds) {
      if (!bd.set) throw new TlaError("unbounded quantification is not supported (write \\E x \\in S : ...)", "semantic-error", bd.loc);
      const setC = this.compile(bd.set, scope, primed);
      sets.push(setC);
      const inner = scope.child();
      const slots = bd.names.map((n) => {
        const s = this.newSlot();
        inner.names.set(n, { k: "slot", slot: s });
        return s;
      });
      this.loops.push(...slots);
      const se = use(setC);
      if (bd.tuple) steps.push({ set: se, setC, slots, tuple: true, loc: bd.loc });
      else for (const s of slots) steps.push({ set: se, setC, slots: [s], tuple: false, loc: bd.loc });
      scope = inner;
    }
    return { scope, sets, steps, iterate: iterateSteps(steps) };
  }

  /**
   * The bounds compiled ({@link compileBounds}) and `body` compiled in their
   * scope, with their variables as the innermost loops while it is (see
   * {@link hoist}).
   */
  protected underBounds<T>(
    bounds: readonly Bound[],
    sc: Scope,
    primed: boolean,
    body: (scope: Scope) => T,
  ): { scope: Scope; sets: C[]; steps: BoundStep[]; iterate: Iterate; body: T } {
    const depth = this.loops.length;
    const b = this.compileBounds(bounds, sc, primed);
    const t = body(b.scope);
    this.loops.length = depth;
    return { ...b, body: t };
  }

  /** `compile()` with the variables of `slots` as the innermost loop (see {@link hoist}). */
  protected inLoop<T>(slots: readonly number[], compile: () => T): T {
    const depth = this.loops.length;
    this.loops.push(...slots);
    const t = compile();
    this.loops.length = depth;
    return t;
  }

  private compileQuant(forall: boolean, bounds: readonly Bound[], bodyE: Expr, sc: Scope, primed: boolean, loc: Loc): C {
    const start = this.slotCount;
    const guardsE = leadingGuards(forall, bodyE);
    let guards: C[] = [];
    const {
      sets,
      steps,
      body: bc,
    } = this.underBounds(bounds, sc, primed, (scope) => {
      // The guards are compiled first, and the body's compilation uses the
      // same code for them: one value per binding, cached where hoisted.
      guards = guardsE.map((g) => this.compile(g, scope, primed));
      guardsE.forEach((g, i) => this.precompiled.set(g, { scope, primed, c: guards[i]! }));
      try {
        return this.compile(bodyE, scope, primed);
      } finally {
        for (const g of guardsE) this.precompiled.delete(g);
      }
    });
    const iterate = iterateSteps(steps, skipsByGuards(steps, guards));
    const be = use(bc);
    const bloc = bodyE.loc;
    if (forall) {
      const each = (ctx: Ctx): boolean => {
        const v = be(ctx);
        if (v === true) return false;
        if (v === false) return true;
        return fail(bloc, `the body of \\A must be a boolean, got ${B.describe(v)}`);
      };
      return this.hoist(combine((ctx) => !iterate(ctx, each), [...sets, bc], start));
    }
    const each = (ctx: Ctx): boolean => {
      const v = be(ctx);
      if (v === true) return true;
      if (v === false) return false;
      return fail(bloc, `the body of \\E must be a boolean, got ${B.describe(v)}`);
    };
    void loc;
    return this.hoist(combine((ctx) => iterate(ctx, each), [...sets, bc], start));
  }

  private compileChoose(bound: Bound, bodyE: Expr, sc: Scope, primed: boolean, loc: Loc): C {
    const start = this.slotCount;
    const { scope, sets, iterate, body: bc } = this.underBounds([bound], sc, primed, (inner) => this.compile(bodyE, inner, primed));
    const be = use(bc);
    const slots = bound.names.map((n) => (scope.lookup(n) as { slot: number }).slot);
    const bloc = bodyE.loc;
    return this.hoist(
      combine(
        (ctx) => {
          let found: Value | undefined;
          iterate(ctx, (c) => {
            const v = be(c);
            if (v === true) {
              found = bound.tuple ? tupleOf(slots.map((s) => c.f[s]!)) : c.f[slots[0]!]!;
              return true;
            }
            if (v !== false) return fail(bloc, `the body of CHOOSE must be a boolean, got ${B.describe(v)}`);
            return false;
          });
          if (found === undefined) return fail(loc, "CHOOSE found no element satisfying its condition");
          return found;
        },
        [...sets, bc],
        start,
      ),
    );
  }

  /**
   * Whether `e` is a set filter `{x \in S : P}` (over one name, not a tuple
   * pattern), directly or through definitions (with parameters or not) and
   * arguments passed by name. Only looks: the parameters are not bound.
   */
  private leadsToFilter(e: Expr, sc: Scope, depth = 0): boolean {
    if (depth > 32) return false;
    if (e.kind === "setfilter") return !e.bound.tuple && e.bound.names.length === 1 && e.bound.set !== undefined;
    if (e.kind !== "ident" && e.kind !== "opapp") return false;
    const b = sc.lookup(e.name);
    const argc = e.kind === "ident" ? 0 : e.args.length;
    if (b?.k === "subst" && argc === 0) return this.leadsToFilter(b.arg.expr, b.arg.scope, depth + 1);
    if (b?.k !== "op" || b.recursive || b.def.params.length !== argc || b.def.params.some((p) => p.arity > 0)) return false;
    // The parameters hide what they would otherwise name.
    const masked = b.scope.child();
    for (const p of b.def.params) masked.names.set(p.name, { k: "slot", slot: -1 });
    return this.leadsToFilter(b.def.body, masked, depth + 1);
  }

  /**
   * `v \in F` (or `\notin`) where F is, through definitions, the set filter
   * `{x \in S : P}`: decided as `v \in S /\ P` with x bound to v, as TLC
   * decides it. The filtered set is not built (S may be large, as
   * `SUBSET SUBSET 1..4`, or infinite), and P is evaluated for v alone. The
   * parameters of a definition on the way (`c \in Children(g, v)`) are bound
   * as in any application.
   */
  private compileFilterMembership(elemE: Expr, sc: Scope, setE: Expr, negated: boolean, primed: boolean): C {
    const start = this.slotCount;
    const elemC = this.compile(elemE, sc, primed);
    // Unfold the definitions down to the filter, binding parameters on the way.
    const byValue: ByValue[] = [];
    let e = setE;
    let fsc = sc;
    while (e.kind !== "setfilter") {
      if (e.kind !== "ident" && e.kind !== "opapp") throw new Error("compileFilterMembership: not a filter");
      const b = fsc.lookup(e.name)!;
      if (b.k === "subst") {
        fsc = b.arg.scope;
        e = b.arg.expr;
        continue;
      }
      if (b.k !== "op") throw new Error("compileFilterMembership: not a definition");
      const args = e.kind === "ident" ? [] : e.args.map((x) => ({ expr: x, scope: fsc }));
      const bound = this.bindParams(b.def.params, b.def.body, b.scope, args, primed);
      byValue.push(...bound.byValue);
      fsc = bound.scope;
      e = b.def.body;
    }
    const filter = e;
    const setC = this.compile(filter.bound.set!, fsc, primed);
    const inner = fsc.child();
    const slot = this.newSlot();
    inner.names.set(filter.bound.names[0]!, { k: "slot", slot });
    const pc = this.inLoop([slot], () => this.compile(filter.pred, inner, primed));
    const ee = use(elemC);
    const se = use(setC);
    const pe = use(pc);
    const ploc = filter.pred.loc;
    const setLoc = filter.bound.set!.loc;
    const test = (ctx: Ctx): Value => {
      const v = ee(ctx);
      const S = se(ctx);
      let m: boolean;
      try {
        m = member(v, S);
      } catch (err) {
        throw locate(err, setLoc);
      }
      if (!m) return negated;
      ctx.f[slot] = v;
      const p = pe(ctx);
      if (typeof p !== "boolean") return fail(ploc, `the condition of a set filter must be a boolean, got ${B.describe(p)}`);
      return negated ? !p : p;
    };
    return this.hoist(combine(withArguments(byValue, test), [elemC, setC, pc, ...byValue.map((x) => x.c)], start));
  }

  private compileSetFilter(bound: Bound, predE: Expr, sc: Scope, primed: boolean, loc: Loc): C {
    const start = this.slotCount;
    if (!bound.set) throw new TlaError("unbounded set filter", "semantic-error", loc);
    const setC = this.compile(bound.set, sc, primed);
    const inner = sc.child();
    const slots = bound.names.map((n) => {
      const s = this.newSlot();
      inner.names.set(n, { k: "slot", slot: s });
      return s;
    });
    const pc = this.inLoop(slots, () => this.compile(predE, inner, primed));
    const pe = use(pc);
    const se = use(setC);
    const ploc = predE.loc;
    const test = (ctx: Ctx, e: Value): boolean => {
      if (bound.tuple) destructure(ctx, slots, e, loc);
      else ctx.f[slots[0]!] = e;
      const v = pe(ctx);
      if (typeof v !== "boolean") return fail(ploc, `the condition of a set filter must be a boolean, got ${B.describe(v)}`);
      return v;
    };
    return this.hoist(
      combine(
        (ctx) => {
          const S = setArg(se(ctx), loc, "a set filter");
          if (S.tag !== TAG_SET && !S.finite) {
            const holds = inFrameOf(ctx, (v: Value) => test(ctx, v));
            return new PredicateSet(`{x \\in ${printShort(S)} : ...}`, (v) => member(v, S) && holds(v));
          }
          const elems = toSet(S).elems;
          const out: Value[] = [];
          for (let i = 0; i < elems.length; i++) if (test(ctx, elems[i]!)) out.push(elems[i]!);
          return out.length === elems.length ? toSet(S) : setFromSorted(out);
        },
        [setC, pc],
        start,
      ),
    );
  }

  private compileSetMap(bounds: readonly Bound[], exprE: Expr, sc: Scope, primed: boolean, _loc: Loc): C {
    const start = this.slotCount;
    const { sets, iterate, body: bc } = this.underBounds(bounds, sc, primed, (scope) => this.compile(exprE, scope, primed));
    const be = use(bc);
    return this.hoist(
      combine(
        (ctx) => {
          const out: Value[] = [];
          iterate(ctx, (c) => {
            out.push(be(c));
            return false;
          });
          return setOf(out);
        },
        [...sets, bc],
        start,
      ),
    );
  }

  private compileFnCtor(bounds: readonly Bound[], bodyE: Expr, sc: Scope, primed: boolean, loc: Loc): C {
    const start = this.slotCount;
    const scope = sc.child();
    const { domain, bind } = this.binderDomain(bounds, sc, scope, primed, loc);
    const bc = this.inLoop([start], () => this.compile(bodyE, scope, primed));
    const be = use(bc);
    const de = use(domain);
    return this.hoist(
      combine(
        (ctx) => {
          const dom = setArg(de(ctx), loc, "a function's domain");
          if (dom.tag !== TAG_SET && !dom.finite) {
            return new LazyFn(
              dom,
              inFrameOf(ctx, (arg: Value) => {
                bind(ctx, arg);
                return be(ctx);
              }),
            );
          }
          const keys = toSet(dom).elems;
          const vals: Value[] = new Array(keys.length);
          for (let i = 0; i < keys.length; i++) {
            bind(ctx, keys[i]!);
            vals[i] = be(ctx);
          }
          return fnOf(keys, vals);
        },
        [domain, bc],
        start,
      ),
    );
  }

  private compileExcept(e: Extract<Expr, { kind: "except" }>, sc: Scope, primed: boolean): C {
    const start = this.slotCount;
    const fc = this.compile(e.fn, sc, primed);
    const fe = use(fc);
    const all: C[] = [fc];
    const updates = e.updates.map((u) => {
      const atSlot = this.newSlot();
      const inner = sc.child();
      inner.names.set("@", { k: "slot", slot: atSlot });
      const path = u.path.map((p) => {
        if (p.kind === "field") return lit(p.name);
        const cs = p.args.map((a) => this.compile(a, sc, primed));
        all.push(...cs);
        const evs = cs.map(use);
        if (evs.length === 1) return cs[0]!;
        return combine((ctx) => tupleOf(evs.map((f) => f(ctx))), cs);
      });
      const vc = this.compile(u.value, inner, primed);
      all.push(vc);
      return { atSlot, path: path.map(use), value: use(vc) };
    });
    const loc = e.loc;
    const apply = (ctx: Ctx, f: Value, path: readonly Ev[], i: number, u: (typeof updates)[number]): Value => {
      if (i === path.length) {
        ctx.f[u.atSlot] = f;
        return u.value(ctx);
      }
      let fn: FnValue;
      if (typeof f === "object" && f.tag === TAG_FN) fn = f;
      else if (typeof f === "object" && f.tag === TAG_LAZYFN) fn = f.materialise();
      else return fail(loc, `EXCEPT applied to ${B.describe(f)}, which is not a function`);
      const key = path[i]!(ctx);
      const j = fnIndex(fn, key);
      if (j < 0) return fn;
      return fnWithIndex(fn, j, apply(ctx, fn.vals[j]!, path, i + 1, u));
    };
    return combine(
      (ctx) => {
        let f = fe(ctx);
        for (const u of updates) f = apply(ctx, f, u.path, 0, u);
        return f;
      },
      all,
      start,
    );
  }

  /** `ENABLED A`: whether the action A has a successor from the current state (compiled with the actions). */
  protected abstract compileEnabled(action: Expr, sc: Scope): C;
}

/** Calls `each` for every binding of a quantifier's variables, stopping (and returning true) when it returns true. */
export type Iterate = (ctx: Ctx, each: (ctx: Ctx) => boolean) => boolean;

/** One variable of a quantifier's bounds (or one tuple of them, `<<x, y>> \in S`), in the order they nest. */
export interface BoundStep {
  readonly set: Ev;
  readonly setC: C;
  readonly slots: number[];
  readonly tuple: boolean;
  readonly loc: Loc;
}

/**
 * The iteration over `steps`, outermost first: one static function per step,
 * innermost first, so nothing is allocated per evaluation. `skip[i]`, when
 * given, is asked after step `i` has bound its variables whether every
 * binding of the steps after it can be skipped (see `compileQuant`).
 */
export function iterateSteps(steps: readonly BoundStep[], skip?: readonly (((ctx: Ctx) => boolean) | undefined)[]): Iterate {
  if (steps.length === 1 && !steps[0]!.tuple && !skip?.[0]) {
    const st = steps[0]!;
    const s = st.slots[0]!;
    return (ctx, each) => {
      const elems = enumerate(st.set(ctx), st.loc);
      for (let j = 0; j < elems.length; j++) {
        ctx.f[s] = elems[j]!;
        if (each(ctx)) return true;
      }
      return false;
    };
  }
  let iterate: Iterate = (ctx, each) => each(ctx);
  for (let i = steps.length - 1; i >= 0; i--) {
    const st = steps[i]!;
    const inner = iterate;
    const s0 = st.slots[0]!;
    const sk = skip?.[i];
    iterate = st.tuple
      ? (ctx, each) => {
          const elems = enumerate(st.set(ctx), st.loc);
          for (let j = 0; j < elems.length; j++) {
            destructure(ctx, st.slots, elems[j]!, st.loc);
            if (sk !== undefined && sk(ctx)) continue;
            if (inner(ctx, each)) return true;
          }
          return false;
        }
      : sk === undefined
        ? (ctx, each) => {
            const elems = enumerate(st.set(ctx), st.loc);
            for (let j = 0; j < elems.length; j++) {
              ctx.f[s0] = elems[j]!;
              if (inner(ctx, each)) return true;
            }
            return false;
          }
        : (ctx, each) => {
            const elems = enumerate(st.set(ctx), st.loc);
            for (let j = 0; j < elems.length; j++) {
              ctx.f[s0] = elems[j]!;
              if (sk(ctx)) continue;
              if (inner(ctx, each)) return true;
            }
            return false;
          };
  }
  return iterate;
}

/**
 * The conjuncts that open a quantifier's body and, when false, decide it
 * whatever the rest: the hypotheses of `\\A x \\in S : A1 /\\ A2 => Q`
 * (the body is then true) and the first conjuncts of `\\E x \\in S : A1 /\\
 * A2 /\\ P` (the body is then false), written directly in the body.
 */
function leadingGuards(forall: boolean, body: Expr): readonly Expr[] {
  if (forall) {
    if (body.kind !== "opapp" || body.name !== "=>" || body.args.length !== 2) return [];
    const hyp = body.args[0]!;
    return hyp.kind === "and" ? hyp.args : [hyp];
  }
  return body.kind === "and" ? body.args.slice(0, -1) : [];
}

/**
 * Skipping what a false guard decides. In `\\A a1, a2 \\in A, b \\in B :
 * Voted(a1, b) /\\ Voted(a2, b) => P`, once `a1` and `b` are bound and
 * `Voted(a1, b)` is false, the body is true for every `a2`: the loop over
 * `a2` is skipped. A guard is checked right after the last of the
 * quantifier's variables it reads is bound (guards that read none, after
 * the first), and only guards in the order they are written (a prefix of
 * the conjunction), so that a guard is evaluated only where the body would
 * evaluate it first anyway. Skipping is exact: the skipped bindings would
 * each have evaluated the same false guard first (`/\\` and `=>` stop
 * there), so they could neither raise an error nor change the result. That
 * needs every binding to be visited, so the sets of the later variables
 * must be constant (evaluated once, never an error then) and not empty;
 * otherwise, or when a guard is not a boolean or cannot be evaluated, the
 * bindings are visited as before, and the body reports what it reports.
 * Guards with an effect, or whose bound variables are not known, stop the
 * prefix.
 */
function skipsByGuards(steps: readonly BoundStep[], guards: readonly C[]): (((ctx: Ctx) => boolean) | undefined)[] | undefined {
  const n = steps.length;
  if (n < 2 || guards.length === 0) return undefined;
  const first = steps[0]!.slots[0]!;
  const stepOf = (slot: number): number => steps.findIndex((st) => st.slots.includes(slot));
  const byStep: Ev[][] = steps.map(() => []);
  let level = 0;
  for (const g of guards) {
    if (g.impure || g.free === undefined) break;
    for (const x of g.free) if (x >= first) level = Math.max(level, stepOf(x));
    if (level < 0 || level >= n - 1) break;
    byStep[level]!.push(use(g));
  }
  // The later sets must be constant for skipping after a step.
  const constantAfter = (i: number): boolean => steps.slice(i + 1).every((st) => isKonst(st.setC));
  const skips = byStep.map((evs, i) => {
    if (evs.length === 0 || !constantAfter(i)) return undefined;
    const later = steps.slice(i + 1).map((st) => st.set);
    let visitsAll: boolean | undefined;
    return (ctx: Ctx): boolean => {
      if (visitsAll === undefined) {
        try {
          visitsAll = later.every((set) => {
            return enumerate(set(ctx), steps[0]!.loc).length > 0;
          });
        } catch {
          visitsAll = false;
        }
      }
      if (!visitsAll) return false;
      for (let j = 0; j < evs.length; j++) {
        let v: Value;
        try {
          v = evs[j]!(ctx);
        } catch {
          return false;
        }
        if (v === false) return true;
        if (v !== true) return false;
      }
      return false;
    };
  });
  return skips.some((x) => x !== undefined) ? skips : undefined;
}
