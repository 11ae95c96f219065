/**
 * The second layer of the compiler: what applying a name compiles to. A
 * bound variable reads its frame slot, a state variable the current or next
 * state, a constant is its value; a definition is inlined with its
 * arguments passed by name (or, when that is safe and cheaper, evaluated
 * once into a slot); a RECURSIVE operator is compiled once and called; a
 * function definition becomes a function value; a built-in operator is
 * compiled by its entry in the registry of builtinOperators.ts.
 *
 * @module
 */
import { TlaError } from "../errors.js";
import type { Bound, Expr, Loc, SubExpr } from "../syntax/ast.js";
import { LazyFn, ProductSet, TAG_SET, toFn, type Value } from "../values/value.js";
import { compileBuiltin, isCoreOperator, isStandardOperator, type OpFunction } from "./builtinOperators.js";
import { StateFunctionValues, definitionMemo, hoist, onceDefinition, use } from "./cache.js";
import { NO_SLOTS, combine, destructure, fail, inFrameOf, isKonst, lit, locate, setArg, slotRead, type C } from "./compiled.js";
import type { Ctx, Ev } from "./context.js";
import { ModuleCompiler } from "./modules.js";
import { Scope, type ArgRef, type Binding, type OpBinding } from "./scope.js";
import { isBranching, isTrivialArg, usedPrimed } from "./syntaxFacts.js";

/** An argument passed by value: evaluated into its frame slot before the body (see {@link DefinitionCompiler.bindParams}). */
export interface ByValue {
  readonly slot: number;
  readonly c: C;
}

/** `body`, after the arguments passed by value are evaluated into their slots. */
export function withArguments<T>(byValue: readonly ByValue[], body: (ctx: Ctx) => T): (ctx: Ctx) => T {
  if (byValue.length === 0) return body;
  if (byValue.length === 1) {
    const s0 = byValue[0]!.slot;
    const a0 = use(byValue[0]!.c);
    return (ctx) => {
      ctx.f[s0] = a0(ctx);
      return body(ctx);
    };
  }
  const slots = byValue.map((x) => x.slot);
  const evs = byValue.map((x) => use(x.c));
  return (ctx) => {
    for (let i = 0; i < slots.length; i++) ctx.f[slots[i]!] = evs[i]!(ctx);
    return body(ctx);
  };
}

/**
 * The compiled code a binding keeps for this priming (a zero-argument
 * definition, an INSTANCE substitution), compiled the first time, with its
 * value remembered per state and per binding of the variables it reads
 * ({@link definitionMemo}).
 */
function compiledOnce(b: { cache?: unknown; cachePrimed?: unknown; values?: unknown }, primed: boolean, compile: () => C): C {
  const key = primed ? "cachePrimed" : "cache";
  const cached = b[key] as C | undefined;
  if (cached) return cached;
  const c = definitionMemo(compile(), (b.values ??= new StateFunctionValues()) as StateFunctionValues);
  b[key] = c;
  return c;
}

/** Applications of names: definitions, parameters, variables, constants, built-in operators. */
export abstract class DefinitionCompiler extends ModuleCompiler {
  private inlineDepth = 0;
  /** Slots of the bound variables of the loops (quantifiers, filters, maps...) being compiled, innermost last. */
  protected readonly loops: number[] = [];

  /**
   * Wraps a costly expression (an operator application, a quantifier, a set
   * filter or map...) in a cache keyed by its free slots and the state when it
   * does not read the innermost enclosing loop variable: it is then evaluated
   * once per binding of the variables it does depend on, not once per
   * iteration of that loop.
   */
  protected hoist(c: C): C {
    return hoist(c, this.loops);
  }

  protected compileIdent(name: string, sc: Scope, primed: boolean, loc: Loc): C {
    const b = sc.lookup(name);
    if (!b) {
      if (name === "Real") throw new TlaError("the set Real (module Reals) is not supported", "semantic-error", loc);
      throw new TlaError(`unknown identifier ${name}`, "semantic-error", loc);
    }
    return this.compileApply(name, b, [], primed, loc);
  }

  /** Reads a state variable (current or next). */
  protected varRead(index: number, name: string, primed: boolean, loc: Loc): C {
    const ev: Ev = primed
      ? (ctx) => {
          const v = ctx.n[index];
          if (v === undefined) return fail(loc, `${name}' is read before it is assigned a value`);
          return v;
        }
      : (ctx) => {
          const v = ctx.s[index];
          if (v === undefined) return fail(loc, `the variable ${name} is read before it is assigned a value`);
          return v;
        };
    return { ev, vars: true, minSlot: Infinity, ...(primed ? { primes: true } : {}), free: NO_SLOTS, reads: [primed ? -(index + 1) : index] };
  }

  /** Applies whatever `name` denotes to arguments (zero arguments: a plain reference). */
  compileApply(name: string, b: Binding, args: readonly ArgRef[], primed: boolean, loc: Loc): C {
    switch (b.k) {
      case "slot": {
        if (args.length) throw new TlaError(`${name} is not an operator`, "semantic-error", loc);
        return slotRead(b.slot);
      }
      case "var":
        if (args.length) throw new TlaError(`${name} is a variable, not an operator`, "semantic-error", loc);
        return this.varRead(b.index, b.name, primed, loc);
      case "value":
        if (args.length) throw new TlaError(`${name} is a constant, not an operator`, "semantic-error", loc);
        return lit(b.value);
      case "subst": {
        if (args.length) throw new TlaError(`${name} takes no arguments`, "semantic-error", loc);
        if (!b.memo) return this.compile(b.arg.expr, b.arg.scope, primed);
        return compiledOnce(b, primed, () => this.compile(b.arg.expr, b.arg.scope, primed));
      }
      case "fn":
        if (args.length) throw new TlaError(`${name} is a function; apply it with [ ]`, "semantic-error", loc);
        return this.compileFnDef(b, primed);
      case "instance":
        throw new TlaError(`${name} is an instance; use ${name}!Op`, "semantic-error", loc);
      case "lambda": {
        const lam = b.lambda;
        if (lam.params.length !== args.length) throw new TlaError(`the LAMBDA takes ${lam.params.length} arguments, ${args.length} given`, "semantic-error", loc);
        return this.inline(
          lam.params.map((p) => ({ name: p, arity: 0 })),
          lam.body,
          b.scope,
          args,
          primed,
        );
      }
      case "builtin":
        return this.compileBuiltin(b.name, args, primed, loc);
      case "op":
        return this.compileOpCall(name, b, args, primed, loc);
    }
  }

  protected compileOpCall(name: string, b: OpBinding, args: readonly ArgRef[], primed: boolean, loc: Loc): C {
    const def = b.def;
    if (def.params.length !== args.length) {
      throw new TlaError(`${name} takes ${def.params.length} argument${def.params.length === 1 ? "" : "s"}, ${args.length} given`, "semantic-error", loc);
    }
    if (b.recursive) return this.compileRecursiveCall(name, b, args, primed, loc);
    if (def.params.length === 0) {
      // A module's constant-level definition is evaluated once even when it has
      // an effect (cache.ts, onceDefinition); a LET definition (module "") is
      // evaluated where it is met, as in TLC.
      const once = b.module !== "";
      return compiledOnce(b, primed, () => {
        const c = this.withDepth(name, loc, () => this.compile(def.body, b.scope, primed));
        return once ? onceDefinition(c, `${b.module}!${def.name}`) : c;
      });
    }
    return this.withDepth(name, loc, () => this.inline(def.params, def.body, b.scope, args, primed));
  }

  protected withDepth<T>(name: string, loc: Loc, f: () => T): T {
    if (++this.inlineDepth > 300) {
      this.inlineDepth = 0;
      throw new TlaError(`${name} is defined in terms of itself; declare it RECURSIVE`, "semantic-error", loc);
    }
    try {
      return f();
    } finally {
      this.inlineDepth--;
    }
  }

  /** Binds parameters for an inlined body; returns the body scope and the by-value assignments. */
  protected bindParams(
    params: readonly { readonly name: string; readonly arity: number }[],
    body: Expr,
    defScope: Scope,
    args: readonly ArgRef[],
    primed: boolean,
  ): { scope: Scope; byValue: ByValue[] } {
    const scope = defScope.child();
    const byValue: ByValue[] = [];
    params.forEach((p, i) => {
      const a = args[i]!;
      if (p.arity > 0) {
        scope.names.set(p.name, this.operatorArg(a, p.arity));
        return;
      }
      if (a.expr.kind === "lambda") throw new TlaError(`the argument for ${p.name} must be an expression, not a LAMBDA`, "semantic-error", a.expr.loc);
      if (isTrivialArg(a.expr) || usedPrimed(body, p.name) || this.isFormulaShaped(a.expr, a.scope, 0)) {
        scope.names.set(p.name, { k: "subst", arg: a });
        return;
      }
      const c = this.compile(a.expr, a.scope, primed);
      // Arguments are passed by name, as TLA+ defines them; evaluating one
      // once, before the body, is only an optimisation, and a wrong one for an
      // argument that reads the next state (`IncrBy(1)`, `x'`): the body may
      // assign that state first (`Guarded(A) == x < 3 /\ A`).
      if (isKonst(c) || c.primes) {
        scope.names.set(p.name, { k: "subst", arg: a });
        return;
      }
      const slot = this.newSlot();
      scope.names.set(p.name, { k: "slot", slot });
      byValue.push({ slot, c });
    });
    return { scope, byValue };
  }

  /**
   * Whether `e` is a formula whose evaluation in an action branches as TLC
   * enumerates next states (a conjunction, disjunction, quantifier,
   * implication, IF, CASE or LET, directly or as the body of an operator it
   * applies). Such an argument is passed by name, so that where the body uses
   * it as an action it is enumerated in place (with its witnesses counted)
   * rather than reduced to one boolean beforehand.
   */
  protected isFormulaShaped(e: Expr, sc: Scope, depth: number): boolean {
    if (depth > 20) return false;
    if (isBranching(e)) return true;
    switch (e.kind) {
      case "unchanged":
      case "step":
      case "prime":
      case "instanceop":
        return true;
      case "opapp": {
        const b = sc.lookup(e.name);
        return b !== undefined && b.k === "op" && !b.recursive && this.isFormulaShaped(b.def.body, b.scope, depth + 1);
      }
      case "ident": {
        const b = sc.lookup(e.name);
        if (b && b.k === "op" && !b.recursive && b.def.params.length === 0) return this.isFormulaShaped(b.def.body, b.scope, depth + 1);
        if (b && b.k === "subst") return this.isFormulaShaped(b.arg.expr, b.arg.scope, depth + 1);
        return false;
      }
      default:
        return false;
    }
  }

  protected operatorArg(a: ArgRef, arity: number): Binding {
    if (a.expr.kind === "lambda") {
      if (a.expr.params.length !== arity) throw new TlaError(`the LAMBDA must take ${arity} arguments`, "semantic-error", a.expr.loc);
      return { k: "lambda", lambda: a.expr, scope: a.scope };
    }
    if (a.expr.kind === "ident") {
      const b = a.scope.lookup(a.expr.name);
      if (b && (b.k === "op" || b.k === "builtin" || b.k === "lambda")) return b;
      // An operator of the language itself (`\cap`, `\cup`, `=`, ...), which no module defines.
      if (!b && isCoreOperator(a.expr.name)) return { k: "builtin", name: a.expr.name };
      if (!b) throw new TlaError(`unknown operator ${a.expr.name}`, "semantic-error", a.expr.loc);
    }
    throw new TlaError(`an operator argument of arity ${arity} is expected here`, "semantic-error", a.expr.loc);
  }

  protected inline(params: readonly { readonly name: string; readonly arity: number }[], body: Expr, defScope: Scope, args: readonly ArgRef[], primed: boolean): C {
    const start = this.slotCount;
    const { scope, byValue } = this.bindParams(params, body, defScope, args, primed);
    const bc = this.compile(body, scope, primed);
    const be = use(bc);
    if (byValue.length === 0) return bc;
    return this.hoist(combine(withArguments(byValue, be), [bc, ...byValue.map((x) => x.c)], start));
  }

  protected compileRecursiveCall(name: string, b: OpBinding, args: readonly ArgRef[], primed: boolean, loc: Loc): C {
    if (b.def.params.some((p) => p.arity > 0)) throw new TlaError(`the RECURSIVE operator ${name} takes operator arguments, which is not supported`, "semantic-error", loc);
    if (!b.rec) {
      const rec: { ev: Ev | null; slots: number[] } = { ev: null, slots: [] };
      b.rec = rec;
      const scope = b.scope.child();
      for (const p of b.def.params) {
        const slot = this.newSlot();
        rec.slots.push(slot);
        scope.names.set(p.name, { k: "slot", slot });
      }
      rec.ev = this.compile(b.def.body, scope, false).ev;
    }
    const rec = b.rec;
    const cs = args.map((a) => this.compile(a.expr, a.scope, primed));
    const evs = cs.map(use);
    const slots = rec.slots;
    // A costly expression like any operator application: inside a loop whose
    // variable the arguments do not read, it is evaluated once per binding of
    // the variables they do read (see cache.ts).
    return this.hoist(
      combine(
        (ctx) => {
          const vals = evs.map((f) => f(ctx));
          const old = ctx.f;
          const nf = old.slice();
          for (let i = 0; i < slots.length; i++) nf[slots[i]!] = vals[i]!;
          ctx.f = nf;
          try {
            return rec.ev!(ctx);
          } finally {
            ctx.f = old;
          }
        },
        cs,
        Infinity,
        true,
      ),
    );
  }

  /**
   * A function definition `f[x \in S] == e`: a function value built from its
   * domain (lazily when the domain is infinite); `f` in `e` is the function
   * itself (recursive functions). Its unprimed compilation is kept on the binding.
   */
  protected compileFnDef(b: Extract<Binding, { k: "fn" }>, primed: boolean): C {
    if (!primed && b.cache) return b.cache as C;
    const def = b.def;
    const start = this.slotCount;
    const scope = b.scope.child();
    const self = this.newSlot();
    scope.names.set(def.name, { k: "slot", slot: self });
    const { domain, bind } = this.binderDomain(def.bounds, b.scope, scope, primed, def.loc);
    const body = this.compile(def.body, scope, primed);
    const be = use(body);
    const de = use(domain);
    const c = combine(
      (ctx) => {
        const dom = setArg(de(ctx), def.loc, "a function's domain");
        const lf: LazyFn = new LazyFn(
          dom,
          inFrameOf(ctx, (arg: Value) => {
            ctx.f[self] = lf;
            try {
              bind(ctx, arg);
              return be(ctx);
            } catch (err) {
              throw locate(err, def.body.loc);
            }
          }),
        );
        if (dom.tag === TAG_SET || dom.finite) return lf.materialise();
        return lf;
      },
      [domain, body],
      start,
    );
    if (!primed) b.cache = c;
    return c;
  }

  /**
   * The domain of a function constructor or definition with several bounds, and
   * how to bind one argument (a tuple when there are several names).
   */
  protected binderDomain(bounds: readonly Bound[], setScope: Scope, bodyScope: Scope, primed: boolean, loc: Loc): { domain: C; bind: (ctx: Ctx, arg: Value) => void } {
    const slots: number[] = [];
    const sets: C[] = [];
    const tupleShape: number[][] = [];
    for (const bd of bounds) {
      if (!bd.set) throw new TlaError("an unbounded variable is not supported here", "semantic-error", bd.loc);
      const sc = this.compile(bd.set, setScope, primed);
      if (bd.tuple) {
        const ss = bd.names.map((n) => {
          const s = this.newSlot();
          bodyScope.names.set(n, { k: "slot", slot: s });
          return s;
        });
        sets.push(sc);
        tupleShape.push(ss);
      } else {
        for (const n of bd.names) {
          const s = this.newSlot();
          bodyScope.names.set(n, { k: "slot", slot: s });
          sets.push(sc);
          tupleShape.push([s]);
          slots.push(s);
        }
      }
    }
    const evs = sets.map(use);
    if (tupleShape.length === 1) {
      const shape = tupleShape[0]!;
      const d = sets[0]!;
      if (shape.length === 1) {
        const s = shape[0]!;
        return { domain: d, bind: (ctx, arg) => void (ctx.f[s] = arg) };
      }
      return { domain: d, bind: (ctx, arg) => destructure(ctx, shape, arg, loc) };
    }
    const domain = combine((ctx) => new ProductSet(evs.map((f) => setArg(f(ctx), loc, "a function's domain"))), sets);
    return {
      domain,
      bind: (ctx, arg) => {
        const t = toFn(arg).vals;
        for (let i = 0; i < tupleShape.length; i++) {
          const shape = tupleShape[i]!;
          if (shape.length === 1) ctx.f[shape[0]!] = t[i]!;
          else destructure(ctx, shape, t[i]!, loc);
        }
      },
    };
  }

  /**
   * Turns an operator argument into a JS function of values. Its compiled
   * form (`c`, which the application's own dependencies are worked out
   * from) reads what the operator reads apart from its parameters: those are
   * bound by each call, so `CausalOrder(log, LAMBDA l : l.vc, ...)` is
   * constant when `log` is.
   */
  protected opFunction(a: ArgRef, arity: number, loc: Loc): OpFunction {
    const b = this.operatorArg(a, arity);
    const start = this.slotCount;
    const tmp = new Scope(null);
    const slots: number[] = [];
    const args: ArgRef[] = [];
    for (let i = 0; i < arity; i++) {
      const s = this.newSlot();
      slots.push(s);
      tmp.names.set(`$arg${i}`, { k: "slot", slot: s });
      args.push({ expr: { kind: "ident", name: `$arg${i}`, loc }, scope: tmp });
    }
    const body = this.compileApply(a.expr.kind === "ident" ? a.expr.name : "LAMBDA", b, args, false, loc);
    const ev = use(body);
    const c = combine(ev, [body], start);
    return {
      c,
      call: (ctx, vals) => {
        for (let i = 0; i < slots.length; i++) ctx.f[slots[i]!] = vals[i]!;
        return ev(ctx);
      },
    };
  }

  /** An application of a built-in operator (see builtinOperators.ts). */
  private compileBuiltin(name: string, args: readonly ArgRef[], primed: boolean, loc: Loc): C {
    return compileBuiltin(name, args.length, {
      loc,
      arg: (i) => this.compile(args[i]!.expr, args[i]!.scope, primed),
      op: (i, arity) => this.opFunction(args[i]!, arity, loc),
    });
  }

  /** The expression a subexpression reference `Op!2`, `Op!:` denotes, and the scope it is written in. */
  protected subexpressionTarget(e: SubExpr, sc: Scope): { expr: Expr; scope: Scope } {
    const b = sc.lookup(e.name);
    if (!b || b.k !== "op") throw new TlaError(`unknown definition ${e.name} in the subexpression reference`, "semantic-error", e.loc);
    if (b.def.params.length > 0) throw new TlaError(`the subexpression reference to ${e.name}, which has parameters, is not supported`, "semantic-error", e.loc);
    let x: Expr = b.def.body;
    let text = e.name;
    for (const step of e.path) {
      text += `!${step}`;
      if (step === ":") continue;
      const items = x.kind === "and" || x.kind === "or" ? (x.bulleted === true || x.args.length <= 2 ? x.args : undefined) : x.kind === "opapp" ? x.args : undefined;
      if (items === undefined) throw new TlaError(`the subexpression reference ${text} is not supported (it selects a part of a ${x.kind} expression)`, "semantic-error", e.loc);
      const item = items[step - 1];
      if (item === undefined) throw new TlaError(`the subexpression reference ${text} selects item ${step} of ${items.length}`, "semantic-error", e.loc);
      x = item;
    }
    return { expr: x, scope: b.scope };
  }

  protected compileOpApp(name: string, args: readonly ArgRef[], sc: Scope, primed: boolean, loc: Loc): C {
    const b = sc.lookup(name);
    if (b) return this.compileApply(name, b, args, primed, loc);
    if (isCoreOperator(name)) return this.compileBuiltin(name, args, primed, loc);
    if (isStandardOperator(name)) {
      throw new TlaError(`unknown operator ${name} (is the standard module that defines it missing from EXTENDS?)`, "semantic-error", loc);
    }
    throw new TlaError(`unknown operator ${name}`, "semantic-error", loc);
  }

  /** Compiles an expression. `primed`: inside a prime (state variables read the next state). */
  abstract compile(e: Expr, sc: Scope, primed?: boolean): C;
}
