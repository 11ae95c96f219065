/**
 * The compiler from AST to closures. Every expression is compiled once per
 * model into a JS closure over the {@link Ctx}; names are resolved at compile
 * time (bound variables to frame slots, state variables to indices, constants
 * to values), non-recursive operators are inlined, and subexpressions that do
 * not depend on the state or on bound variables are evaluated once and
 * remembered (so `SUBSET Acceptor` or `Quorum` cost nothing per state).
 *
 * Actions are compiled in continuation-passing style, with TLC's semantics:
 * the first `x' = e` (or `x' \in S`) met in evaluation order assigns `x'`,
 * later ones test it; `\/` and `\E` branch, each branch calling the
 * continuation; `\A` is the conjunction of its instances; `P => Q` goes on
 * with Q when P holds; IF and CASE choose a branch. In the model checker's
 * next-state relation, a part without primes is not enumerated branch by
 * branch: the number of branches it has is counted instead, so that states
 * generated are counted as TLC counts them (see {@link Ctx.mult}).
 *
 * @module
 */
import { TlaError } from "../errors.js";
import type { Bound, Expr, Loc, Module, Quant, Unit } from "../syntax/ast.js";
import {
  BOOLEAN_SET,
  EMPTY_SET,
  FN_RECORD,
  FnValue,
  INT,
  LazyFn,
  NAT,
  PredicateSet,
  ProductSet,
  RecordSetSet,
  STRING_SET,
  TAG_FN,
  TAG_LAZYFN,
  TAG_SET,
  compareKeys,
  equals,
  fnIndex,
  fnOf,
  fnWithIndex,
  kindName,
  member,
  printShort,
  setFromSorted,
  setOf,
  toFn,
  toSet,
  tupleOf,
  SetValue,
  normInt,
  registerFieldNames,
  type LazySet,
  type Value,
} from "../values/value.js";
import { printValue } from "../values/print.js";
import * as B from "./builtins.js";
import { Ctx, type ActionLabel, type Ev, type Kont } from "./context.js";
import { Scope, type ArgRef, type Binding, type ModuleInstance, type OpBinding } from "./scope.js";

/** A compiled expression with what the constant folding needs to know. */
export interface C {
  readonly ev: Ev;
  /** Reads state variables, primes, or has effects (TLCGet, Print): never folded. */
  readonly vars: boolean;
  /** Smallest frame slot the expression reads (Infinity: none). */
  readonly minSlot: number;
  /** Reads the next state (primed variables). */
  readonly primes?: boolean;
  /**
   * The frame slots the expression reads that are bound outside it, in
   * increasing order (undefined: not known, as for ENABLED, which reads all).
   */
  readonly free?: readonly number[];
  /** Has an effect or reads more than its free slots and the states (Print, TLCGet, ENABLED): never cached. */
  readonly impure?: boolean;
  memo?: Ev;
}

/** How an action is being compiled. */
interface ActMode {
  /** Computing initial states: unprimed `x = e` assigns. */
  readonly init: boolean;
  /** Still in the `\/`/`\E`/operator structure at the top of the relation (labels actions). */
  readonly top: boolean;
  readonly binders: readonly { readonly name: string; readonly slot: number }[];
  /**
   * Still in the part of the next-state relation that TLC splits into
   * separate actions (see {@link Ctx.group}); the first construct that TLC
   * does not split further increments the group when it is entered.
   */
  readonly split?: boolean;
  /**
   * Count TLC's enumeration paths through formulas without primes
   * ({@link Ctx.mult}), as the model checker needs. Without it (trace
   * validation, ENABLED) such a formula is one boolean, which is cheaper:
   * only whether a successor exists matters there.
   */
  readonly count?: boolean;
}

/** A compiled formula without primes, in an action: the number of ways TLC's enumeration satisfies it (0: false). */
type Count = (ctx: Ctx) => number;

const FOUND = { found: true };

/** Raises a located evaluation error. */
export function fail(loc: Loc | undefined, message: string): never {
  throw new TlaError(message, "error", loc);
}

/** Adds a location to an error that has none. */
export function locate(e: unknown, loc: Loc): unknown {
  if (e instanceof TlaError && !e.loc) return new TlaError(e.message, e.kind, loc);
  if (e instanceof RangeError && /call stack/.test(e.message)) {
    return new TlaError("evaluation recursed too deeply (unbounded recursion?)", "error", loc);
  }
  return e;
}

function isKonst(c: C): boolean {
  return !c.vars && c.minSlot === Infinity;
}

/** The closure to call for a compiled child: folded once when it is constant. */
function use(c: C): Ev {
  if (!isKonst(c)) return c.ev;
  if (!c.memo) {
    const ev = c.ev;
    let done = false;
    let val: Value = false;
    c.memo = (ctx) => {
      if (done) return val;
      val = ev(ctx);
      done = true;
      return val;
    };
  }
  return c.memo;
}

/**
 * Remembers the value of a state-dependent expression that reads no bound
 * variable for as long as the current and next states stay the same (the
 * context's `ver` counts assignments to them). Used for zero-argument
 * definitions and instance substitutions, e.g. a refinement mapping that an
 * action property reads many times per transition.
 */
function stateMemo(c: C): C {
  if (c.minSlot !== Infinity || !c.vars) return c;
  const ev = c.ev;
  let ls: unknown = null;
  let ln: unknown = null;
  let lsv = -1;
  let lv = -1;
  let val: Value = false;
  if (!c.primes) {
    // Depends on the current state only: shared by every transition from it.
    return {
      ev: (ctx) => {
        if (ctx.s === ls && ctx.sver === lsv) return val;
        const v = ev(ctx);
        ls = ctx.s;
        lsv = ctx.sver;
        val = v;
        return v;
      },
      vars: true,
      minSlot: Infinity,
      free: NO_SLOTS,
    };
  }
  return {
    ev: (ctx) => {
      if (ctx.s === ls && ctx.n === ln && ctx.ver === lv && ctx.sver === lsv) return val;
      const v = ev(ctx);
      ls = ctx.s;
      ln = ctx.n;
      lv = ctx.ver;
      lsv = ctx.sver;
      val = v;
      return v;
    },
    vars: true,
    minSlot: Infinity,
    primes: true,
    free: NO_SLOTS,
  };
}

function lit(v: Value): C {
  return { ev: () => v, vars: false, minSlot: Infinity, memo: () => v, free: [] };
}

const NO_SLOTS: readonly number[] = [];

/** Reading frame slot `s`. */
function slotRead(s: number): C {
  return { ev: (ctx) => ctx.f[s]!, vars: false, minSlot: s, free: [s] };
}

function combine(ev: Ev, children: readonly C[], start = Infinity, vars = false, impure = false): C {
  let m = Infinity;
  let v = vars;
  let p = false;
  let imp = impure;
  let free: number[] | undefined;
  let known = true;
  for (const c of children) {
    if (c.minSlot < m) m = c.minSlot;
    if (c.vars) v = true;
    if (c.primes) p = true;
    if (c.impure) imp = true;
    const cf = c.free;
    if (cf === undefined) {
      if (c.minSlot < start) known = false;
      continue;
    }
    for (let i = 0; i < cf.length; i++) {
      const x = cf[i]!;
      if (x >= start) break;
      if (free === undefined) free = [x];
      else if (!free.includes(x)) free.push(x);
    }
  }
  if (free && free.length > 1) free.sort((a, b) => a - b);
  return { ev, vars: v, minSlot: m < start ? m : Infinity, primes: p, ...(known ? { free: free ?? NO_SLOTS } : {}), ...(imp ? { impure: true } : {}) };
}

/**
 * Caches a compiled expression by the values of the frame slots it reads and
 * by the current (and, when it reads primes, next) state: evaluated again only
 * when one of them changed. Used for subexpressions that do not depend on the
 * innermost enclosing bound variable, such as `Msgs1b(b, Q)` inside
 * `\A a \in Q : \E m \in Msgs1b(b, Q) : ...`, which is then computed once
 * per `b` and `Q` rather than once per `a`.
 */
function memoByFree(c: C): C {
  const ev = c.ev;
  const free = c.free!;
  const vars = c.vars;
  const primes = c.primes === true;
  const k = free.length;
  let has = false;
  let val: Value = false;
  let ls: unknown = null;
  let ln: unknown = null;
  let lsv = -1;
  let lv = -1;
  const sameState = (ctx: Ctx): boolean => !vars || (ctx.s === ls && ctx.sver === lsv && (!primes || (ctx.n === ln && ctx.ver === lv)));
  const remember = (ctx: Ctx, v: Value): Value => {
    ls = ctx.s;
    lsv = ctx.sver;
    ln = ctx.n;
    lv = ctx.ver;
    val = v;
    has = true;
    return v;
  };
  let out: Ev;
  if (k === 0) {
    out = (ctx) => (has && sameState(ctx) ? val : remember(ctx, ev(ctx)));
  } else if (k === 1) {
    const s0 = free[0]!;
    let a0: Value = false;
    out = (ctx) => {
      const x = ctx.f[s0]!;
      if (has && x === a0 && sameState(ctx)) return val;
      has = false;
      const v = ev(ctx);
      a0 = x;
      return remember(ctx, v);
    };
  } else if (k === 2) {
    const s0 = free[0]!;
    const s1 = free[1]!;
    let a0: Value = false;
    let a1: Value = false;
    out = (ctx) => {
      const f = ctx.f;
      const x = f[s0]!;
      const y = f[s1]!;
      if (has && x === a0 && y === a1 && sameState(ctx)) return val;
      has = false;
      const v = ev(ctx);
      a0 = x;
      a1 = y;
      return remember(ctx, v);
    };
  } else {
    const last: Value[] = new Array<Value>(k).fill(false);
    out = (ctx) => {
      const f = ctx.f;
      let same = has && sameState(ctx);
      for (let i = 0; same && i < k; i++) if (f[free[i]!] !== last[i]) same = false;
      if (same) return val;
      has = false;
      const cur: Value[] = new Array<Value>(k);
      for (let i = 0; i < k; i++) cur[i] = f[free[i]!]!;
      const v = ev(ctx);
      for (let i = 0; i < k; i++) last[i] = cur[i]!;
      return remember(ctx, v);
    };
  }
  return { ...c, ev: out };
}

/**
 * Identifiers of a module's text in order of first appearance (comments and
 * strings skipped): the order in which TLC's parser interns names, which is
 * the order of record fields.
 */
function identifiersInOrder(source: string): string[] {
  const start = source.search(/-{4,}\s*MODULE/);
  let text = start >= 0 ? source.slice(start) : source;
  text = text
    .replace(/\(\*[\s\S]*?\*\)/g, " ")
    .replace(/\\\*.*$/gm, " ")
    .replace(/"(?:[^"\\]|\\.)*"/g, " ");
  return text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
}

/** The children of an expression (for syntactic checks). */
function children(e: Expr): Expr[] {
  switch (e.kind) {
    case "num":
    case "str":
    case "bool":
    case "ident":
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

function boundSets(bs: readonly Bound[]): Expr[] {
  return bs.flatMap((b) => (b.set ? [b.set] : []));
}

/** Whether `name` occurs under a prime (or UNCHANGED, ENABLED, [A]_v) in `e`. */
function usedPrimed(e: Expr, name: string, under = false): boolean {
  if (e.kind === "ident") return under && e.name === name;
  const u = under || e.kind === "prime" || e.kind === "unchanged" || e.kind === "step" || e.kind === "enabled";
  for (const c of children(e)) if (usedPrimed(c, name, u)) return true;
  return false;
}

function isTrivialArg(e: Expr): boolean {
  return e.kind === "ident" || e.kind === "num" || e.kind === "str" || e.kind === "bool" || e.kind === "at" || e.kind === "builtinset";
}

/** Options for building a compiler over a loaded specification. */
export interface CompilerInput {
  /** Every loaded module by name (the root included). */
  readonly modules: ReadonlyMap<string, Module>;
  /** Names of standard modules (their operators are built in). */
  readonly standard: ReadonlySet<string>;
  /** The root module. */
  readonly root: Module;
  /**
   * The binding of a constant of the root module (or of a module it extends),
   * from the model configuration; undefined when the cfg says nothing.
   */
  readonly constant: (name: string, arity: number, loc: Loc, rootScope: Scope) => Binding | undefined;
  /**
   * The replacement of the definition `name` of `module` from the model
   * configuration (`F <- G`, `F <- [M] G`, or a value `F = v`), if any. `arity`
   * is the definition's number of parameters, undefined for a standard
   * operator. A replaced definition is never compiled.
   */
  readonly override?: (module: string, name: string, rootScope: () => Scope, arity: number | undefined) => Binding | undefined;
}

/**
 * Compiles the expressions of one specification under one model. Holds the
 * frame layout (every bound variable gets its own slot) and the state-variable
 * indices.
 */
export class Compiler {
  /** Number of frame slots allocated so far. */
  slotCount = 0;
  /** State variables in declaration order. */
  readonly varNames: string[] = [];
  /** The root module instantiated with the model's constants. */
  readonly root: ModuleInstance;
  /** ASSUMEs of the root module and of the modules it extends, in order. */
  readonly assumes: { readonly expr: Expr; readonly name: string | undefined; readonly scope: Scope }[] = [];
  private inlineDepth = 0;
  /** Slots of the bound variables of the loops (quantifiers, filters, maps...) being compiled, innermost last. */
  private readonly loops: number[] = [];

  constructor(private readonly input: CompilerInput) {
    registerFieldNames(identifiersInOrder(input.root.source));
    for (const m of input.modules.values()) if (m !== input.root) registerFieldNames(identifiersInOrder(m.source));
    this.root = this.instantiate(
      input.root,
      (name, arity, kind, loc) => {
        if (kind === "var") {
          let i = this.varNames.indexOf(name);
          if (i < 0) {
            i = this.varNames.length;
            this.varNames.push(name);
          }
          return { k: "var", index: i, name };
        }
        // This runs while the root instance is being built: until then there is no root scope.
        const root = this.root as ModuleInstance | undefined;
        const b = input.constant(name, arity, loc, root?.scope ?? new Scope(null));
        if (!b) throw new TlaError(`the constant ${name} is not given a value in the model configuration`, "semantic-error", loc);
        return b;
      },
      true,
    );
  }

  /**
   * Wraps a costly expression (an operator application, a quantifier, a set
   * filter or map...) in a cache keyed by its free slots and the state when it
   * does not read the innermost enclosing loop variable: it is then evaluated
   * once per binding of the variables it does depend on, not once per
   * iteration of that loop.
   */
  private hoist(c: C): C {
    const n = this.loops.length;
    if (n === 0 || c.impure || c.free === undefined) return c;
    const f = c.free;
    if (f.length === 0 && !c.vars) return c;
    if (f.length > 0 && f[f.length - 1]! >= this.loops[n - 1]!) return c;
    return memoByFree(c);
  }

  /** A fresh frame slot. */
  newSlot(): number {
    return this.slotCount++;
  }

  /** A context sized for this compiler. */
  newCtx(): Ctx {
    return new Ctx(this.varNames.length, this.slotCount + 64);
  }

  // -------------------------------------------------------------------------
  // Modules
  // -------------------------------------------------------------------------

  private moduleNamed(name: string, loc: Loc): Module | undefined {
    if (this.input.standard.has(name) || B.standardModules[name]) return undefined;
    const m = this.input.modules.get(name);
    if (!m) throw new TlaError(`module ${name} is not loaded`, "semantic-error", loc);
    return m;
  }

  private addStandard(scope: Scope, exported: Map<string, Binding>, name: string): void {
    for (const op of B.standardOps(name)) {
      const b: Binding = this.input.override?.(standardOwner(name, op), op, () => this.root.scope, undefined) ?? { k: "builtin", name: op };
      scope.names.set(op, b);
      exported.set(op, b);
    }
  }

  /**
   * Instantiates a module: `resolve` says what its constants and variables
   * denote. With `collectAssumes`, the ASSUMEs of this module and of those it
   * extends are recorded (not those of instantiated modules, as TLC).
   */
  instantiate(mod: Module, resolve: (name: string, arity: number, kind: "const" | "var", loc: Loc) => Binding, collectAssumes: boolean): ModuleInstance {
    const scope = new Scope(null);
    const exported = new Map<string, Binding>();
    const assumes: { expr: Expr; name: string | undefined; scope: Scope }[] = [];
    const recursive = new Set<string>();
    const override = this.input.override;
    for (const ext of mod.extends) {
      const m = this.moduleNamed(ext, mod.loc);
      if (!m) {
        this.addStandard(scope, exported, ext);
        continue;
      }
      const inst = this.instantiate(m, resolve, collectAssumes);
      for (const [n, b] of inst.exported) {
        scope.names.set(n, b);
        exported.set(n, b);
      }
    }
    const define = (name: string, b: Binding, local: boolean): void => {
      scope.names.set(name, b);
      if (!local) exported.set(name, b);
    };
    const rootScope = (): Scope => this.root.scope;
    for (const u of mod.units) {
      switch (u.kind) {
        case "constants":
          for (const d of u.decls) define(d.name, resolve(d.name, d.arity, "const", u.loc), false);
          break;
        case "variables":
          for (const n of u.names) define(n, resolve(n, 0, "var", u.loc), false);
          break;
        case "recursive":
          for (const d of u.decls) recursive.add(d.name);
          break;
        case "opdef": {
          const o = override?.(mod.name, u.name, rootScope, u.params.length);
          define(u.name, o ?? { k: "op", def: u, scope, module: mod.name, recursive: recursive.has(u.name) }, u.local);
          break;
        }
        case "fndef": {
          const o = override?.(mod.name, u.name, rootScope, 0);
          define(u.name, o ?? { k: "fn", def: u, scope, module: mod.name }, u.local);
          break;
        }
        case "instance":
          if (u.name !== undefined) {
            define(u.name, { k: "instance", def: u, scope }, u.local);
          } else {
            const inst = this.instanceOf(u, scope, scope);
            for (const [n, b] of inst.exported) {
              if (b.k === "var" || b.k === "subst" || b.k === "value") continue;
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
    if (collectAssumes) this.assumes.push(...assumes);
    return { module: mod, scope, exported, assumes };
  }

  /** Instantiates the module of an INSTANCE: substitutions are compiled in `subScope`, implicit ones resolved in `ctxScope`. */
  private instanceOf(def: Extract<Unit, { kind: "instance" }>, subScope: Scope, ctxScope: Scope): ModuleInstance {
    const m = this.moduleNamed(def.module, def.loc);
    if (!m) {
      const scope = new Scope(null);
      const exported = new Map<string, Binding>();
      this.addStandard(scope, exported, def.module);
      return { module: { name: def.module, file: "", source: "", extends: [], units: [], submodules: [], loc: def.loc }, scope, exported, assumes: [] };
    }
    const subs = new Map(def.subs.map((s) => [s.name, s.expr]));
    return this.instantiate(
      m,
      (name, arity, _kind, loc) => {
        const e = subs.get(name);
        if (e) {
          if (arity > 0 || e.kind === "lambda") {
            if (e.kind === "lambda") return { k: "lambda", lambda: e, scope: subScope };
            if (e.kind === "ident") {
              const b = subScope.lookup(e.name);
              if (b) return b;
            }
            throw new TlaError(`the substitution for ${name} must name an operator`, "semantic-error", e.loc);
          }
          return { k: "subst", arg: { expr: e, scope: subScope }, memo: true };
        }
        const b = ctxScope.lookup(name);
        if (!b) throw new TlaError(`INSTANCE ${def.module}: no substitution for ${name}, and no ${name} in scope`, "semantic-error", loc);
        return b;
      },
      false,
    );
  }

  // -------------------------------------------------------------------------
  // Expressions
  // -------------------------------------------------------------------------

  /** Compiles an expression. `primed`: inside a prime (state variables read the next state). */
  compile(e: Expr, sc: Scope, primed = false): C {
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
        return this.compileOpApp(
          e.name,
          e.args.map((a) => ({ expr: a, scope: sc })),
          sc,
          primed,
          e.loc,
        );
      case "instanceop": {
        const [inst, name] = this.resolveInstancePath(e, sc);
        const b = inst.exported.get(name);
        if (!b) throw new TlaError(`${e.path.map((p) => p.name).join("!")}!${name} is not defined`, "semantic-error", e.loc);
        return this.compileApply(
          name,
          b,
          e.args.map((a) => ({ expr: a, scope: sc })),
          primed,
          e.loc,
        );
      }
      case "prime":
        if (primed) throw new TlaError("a primed expression is primed again", "semantic-error", e.loc);
        return this.compile(e.expr, sc, true);
      case "and":
      case "or":
        return this.compileJunction(e.kind, e.args, sc, primed, e.loc);
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
        const keys = order.map((i) => e.fields[i]!.name);
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
        return this.builtin2(B.fnSet, d, r, e.loc);
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
        const ce = use(c);
        const te = use(t);
        const fe = use(f);
        const loc = e.cond.loc;
        return combine(
          (ctx) => {
            const v = ce(ctx);
            if (v === true) return te(ctx);
            if (v === false) return fe(ctx);
            return fail(loc, `the condition of IF must be a boolean, got ${B.describe(v)}`);
          },
          [c, t, f],
        );
      }
      case "case": {
        const guards = e.arms.map((a) => this.compile(a.guard, sc, primed));
        const vals = e.arms.map((a) => this.compile(a.value, sc, primed));
        const other = e.other ? this.compile(e.other, sc, primed) : undefined;
        const ge = guards.map(use);
        const ve = vals.map(use);
        const oe = other ? use(other) : undefined;
        const loc = e.loc;
        return combine(
          (ctx) => {
            for (let i = 0; i < ge.length; i++) {
              const g = ge[i]!(ctx);
              if (g === true) return ve[i]!(ctx);
              if (g !== false) return fail(e.arms[i]!.guard.loc, `a CASE guard must be a boolean, got ${B.describe(g)}`);
            }
            if (oe) return oe(ctx);
            return fail(loc, "no CASE guard is true and there is no OTHER arm");
          },
          [...guards, ...vals, ...(other ? [other] : [])],
        );
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
      case "enabled": {
        const nvars = (): number => this.varNames.length;
        const k: Kont = () => {
          throw FOUND;
        };
        const act = this.compileAct(e.expr, sc, k, { init: false, top: false, binders: [] });
        return {
          ev: (ctx) => {
            const saved = ctx.n;
            ctx.n = new Array<Value | undefined>(nvars()).fill(undefined);
            try {
              act(ctx);
              return false;
            } catch (err) {
              if (err === FOUND) return true;
              throw err;
            } finally {
              ctx.n = saved;
            }
          },
          vars: true,
          minSlot: 0,
          impure: true,
        };
      }
      case "temporal":
        throw new TlaError(`the temporal operator ${e.op} cannot be evaluated here (only safety properties of the form [][A]_v are supported)`, "semantic-error", e.loc);
    }
  }

  private letScope(defs: readonly Unit[], sc: Scope): Scope {
    const ls = sc.child();
    const recursive = new Set<string>();
    for (const d of defs) {
      switch (d.kind) {
        case "recursive":
          for (const p of d.decls) recursive.add(p.name);
          break;
        case "opdef":
          ls.names.set(d.name, { k: "op", def: d, scope: ls, module: "", recursive: recursive.has(d.name) });
          break;
        case "fndef":
          ls.names.set(d.name, { k: "fn", def: d, scope: ls, module: "" });
          break;
        default:
          throw new TlaError(`${d.kind} is not allowed in LET`, "semantic-error", d.loc);
      }
    }
    return ls;
  }

  /** The module instance an `I!Op` expression reaches. */
  instanceFor(e: Extract<Expr, { kind: "instanceop" }>, sc: Scope): ModuleInstance {
    return this.resolveInstancePath(e, sc)[0];
  }

  private resolveInstancePath(e: Extract<Expr, { kind: "instanceop" }>, sc: Scope): [ModuleInstance, string] {
    let inst: ModuleInstance | undefined;
    for (const step of e.path) {
      const b = inst ? inst.exported.get(step.name) : sc.lookup(step.name);
      if (!b || b.k !== "instance") throw new TlaError(`${step.name} is not an instance`, "semantic-error", e.loc);
      if (b.def.params.length !== step.args.length) {
        throw new TlaError(`${step.name} takes ${b.def.params.length} arguments, ${step.args.length} given`, "semantic-error", e.loc);
      }
      if (b.def.params.length === 0) {
        b.cache ??= this.instanceOf(b.def, b.scope, b.scope);
        inst = b.cache;
      } else {
        const ps = b.scope.child();
        b.def.params.forEach((p, i) => ps.names.set(p.name, { k: "subst", arg: { expr: step.args[i]!, scope: sc } }));
        inst = this.instanceOf(b.def, ps, b.scope);
      }
    }
    return [inst!, e.name];
  }

  private compileIdent(name: string, sc: Scope, primed: boolean, loc: Loc): C {
    const b = sc.lookup(name);
    if (!b) {
      throw new TlaError(`unknown identifier ${name}`, "semantic-error", loc);
    }
    return this.compileApply(name, b, [], primed, loc);
  }

  /** Reads a state variable (current or next). */
  private varRead(index: number, name: string, primed: boolean, loc: Loc): C {
    if (primed) {
      return {
        ev: (ctx) => {
          const v = ctx.n[index];
          if (v === undefined) return fail(loc, `${name}' is read before it is assigned a value`);
          return v;
        },
        vars: true,
        minSlot: Infinity,
        primes: true,
        free: NO_SLOTS,
      };
    }
    return {
      ev: (ctx) => {
        const v = ctx.s[index];
        if (v === undefined) return fail(loc, `the variable ${name} is read before it is assigned a value`);
        return v;
      },
      vars: true,
      minSlot: Infinity,
      free: NO_SLOTS,
    };
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
        const key = primed ? "cachePrimed" : "cache";
        const cached = b[key] as C | undefined;
        if (cached) return cached;
        const c = stateMemo(this.compile(b.arg.expr, b.arg.scope, primed));
        b[key] = c;
        return c;
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

  private compileOpCall(name: string, b: OpBinding, args: readonly ArgRef[], primed: boolean, loc: Loc): C {
    const def = b.def;
    if (def.params.length !== args.length) {
      throw new TlaError(`${name} takes ${def.params.length} argument${def.params.length === 1 ? "" : "s"}, ${args.length} given`, "semantic-error", loc);
    }
    if (b.recursive) return this.compileRecursiveCall(name, b, args, primed, loc);
    if (def.params.length === 0) {
      const key = primed ? "cachePrimed" : "cache";
      const cached = b[key] as C | undefined;
      if (cached) return cached;
      const c = stateMemo(this.withDepth(name, loc, () => this.compile(def.body, b.scope, primed)));
      b[key] = c;
      return c;
    }
    return this.withDepth(name, loc, () => this.inline(def.params, def.body, b.scope, args, primed));
  }

  private withDepth<T>(name: string, loc: Loc, f: () => T): T {
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
  private bindParams(
    params: readonly { readonly name: string; readonly arity: number }[],
    body: Expr,
    defScope: Scope,
    args: readonly ArgRef[],
    primed: boolean,
  ): { scope: Scope; byValue: { slot: number; c: C }[] } {
    const scope = defScope.child();
    const byValue: { slot: number; c: C }[] = [];
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
  private isFormulaShaped(e: Expr, sc: Scope, depth: number): boolean {
    if (depth > 20) return false;
    switch (e.kind) {
      case "and":
      case "or":
      case "exists":
      case "forall":
      case "if":
      case "case":
      case "let":
      case "unchanged":
      case "step":
      case "prime":
        return true;
      case "opapp": {
        if (e.name === "=>") return true;
        const b = sc.lookup(e.name);
        return b !== undefined && b.k === "op" && !b.recursive && this.isFormulaShaped(b.def.body, b.scope, depth + 1);
      }
      case "ident": {
        const b = sc.lookup(e.name);
        if (b && b.k === "op" && !b.recursive && b.def.params.length === 0) return this.isFormulaShaped(b.def.body, b.scope, depth + 1);
        if (b && b.k === "subst") return this.isFormulaShaped(b.arg.expr, b.arg.scope, depth + 1);
        return false;
      }
      case "instanceop":
        return true;
      default:
        return false;
    }
  }

  private operatorArg(a: ArgRef, arity: number): Binding {
    if (a.expr.kind === "lambda") {
      if (a.expr.params.length !== arity) throw new TlaError(`the LAMBDA must take ${arity} arguments`, "semantic-error", a.expr.loc);
      return { k: "lambda", lambda: a.expr, scope: a.scope };
    }
    if (a.expr.kind === "ident") {
      const b = a.scope.lookup(a.expr.name);
      if (b && (b.k === "op" || b.k === "builtin" || b.k === "lambda")) return b;
      if (!b) throw new TlaError(`unknown operator ${a.expr.name}`, "semantic-error", a.expr.loc);
    }
    throw new TlaError(`an operator argument of arity ${arity} is expected here`, "semantic-error", a.expr.loc);
  }

  private inline(params: readonly { readonly name: string; readonly arity: number }[], body: Expr, defScope: Scope, args: readonly ArgRef[], primed: boolean): C {
    const start = this.slotCount;
    const { scope, byValue } = this.bindParams(params, body, defScope, args, primed);
    const bc = this.compile(body, scope, primed);
    const be = use(bc);
    if (byValue.length === 0) return bc;
    const all = [bc, ...byValue.map((x) => x.c)];
    if (byValue.length === 1) {
      const s0 = byValue[0]!.slot;
      const a0 = use(byValue[0]!.c);
      return this.hoist(
        combine(
          (ctx) => {
            ctx.f[s0] = a0(ctx);
            return be(ctx);
          },
          all,
          start,
        ),
      );
    }
    const slots = byValue.map((x) => x.slot);
    const evs = byValue.map((x) => use(x.c));
    return this.hoist(
      combine(
        (ctx) => {
          for (let i = 0; i < slots.length; i++) ctx.f[slots[i]!] = evs[i]!(ctx);
          return be(ctx);
        },
        all,
        start,
      ),
    );
  }

  private compileRecursiveCall(name: string, b: OpBinding, args: readonly ArgRef[], primed: boolean, loc: Loc): C {
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
    return combine(
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
    );
  }

  private compileFnDef(b: Extract<Binding, { k: "fn" }>, primed: boolean): C {
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
        const snapshot = ctx.f.slice();
        const lf: LazyFn = new LazyFn(dom, (arg) => {
          const old = ctx.f;
          const nf = snapshot.slice();
          nf[self] = lf;
          ctx.f = nf;
          try {
            bind(ctx, arg);
            return be(ctx);
          } catch (err) {
            throw locate(err, def.body.loc);
          } finally {
            ctx.f = old;
          }
        });
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
  private binderDomain(bounds: readonly Bound[], setScope: Scope, bodyScope: Scope, primed: boolean, loc: Loc): { domain: C; bind: (ctx: Ctx, arg: Value) => void } {
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

  private compileJunction(kind: "and" | "or", args: readonly Expr[], sc: Scope, primed: boolean, loc: Loc): C {
    const cs = args.map((a) => this.compile(a, sc, primed));
    const evs = cs.map(use);
    const isAnd = kind === "and";
    const locs = args.map((a) => a.loc);
    const n = evs.length;
    if (n === 2) {
      const [a, b] = evs as [Ev, Ev];
      return combine(
        isAnd
          ? (ctx) => {
              const x = a(ctx);
              if (x === false) return false;
              if (x !== true) return fail(locs[0], `a conjunct must be a boolean, got ${B.describe(x)}`);
              const y = b(ctx);
              if (typeof y !== "boolean") return fail(locs[1], `a conjunct must be a boolean, got ${B.describe(y)}`);
              return y;
            }
          : (ctx) => {
              const x = a(ctx);
              if (x === true) return true;
              if (x !== false) return fail(locs[0], `a disjunct must be a boolean, got ${B.describe(x)}`);
              const y = b(ctx);
              if (typeof y !== "boolean") return fail(locs[1], `a disjunct must be a boolean, got ${B.describe(y)}`);
              return y;
            },
        cs,
      );
    }
    void loc;
    return combine((ctx) => {
      for (let i = 0; i < n; i++) {
        const x = evs[i]!(ctx);
        if (x === !isAnd) return x;
        if (x !== isAnd) return fail(locs[i], `${isAnd ? "a conjunct" : "a disjunct"} must be a boolean, got ${B.describe(x)}`);
      }
      return isAnd;
    }, cs);
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
  private compileBounds(bounds: readonly Bound[], sc: Scope, primed: boolean): { scope: Scope; sets: C[]; iterate: (ctx: Ctx, each: (ctx: Ctx) => boolean) => boolean } {
    let scope = sc;
    const steps: { set: Ev; slots: number[]; tuple: boolean; loc: Loc }[] = [];
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
      if (bd.tuple) steps.push({ set: se, slots, tuple: true, loc: bd.loc });
      else for (const s of slots) steps.push({ set: se, slots: [s], tuple: false, loc: bd.loc });
      scope = inner;
    }
    // One static function per bound, innermost first: no allocation per evaluation.
    type Iter = (ctx: Ctx, each: (ctx: Ctx) => boolean) => boolean;
    let iterate: Iter = (ctx, each) => each(ctx);
    for (let i = steps.length - 1; i >= 0; i--) {
      const st = steps[i]!;
      const inner = iterate;
      const s0 = st.slots[0]!;
      iterate = st.tuple
        ? (ctx, each) => {
            const elems = enumerate(st.set(ctx), st.loc);
            for (let j = 0; j < elems.length; j++) {
              destructure(ctx, st.slots, elems[j]!, st.loc);
              if (inner(ctx, each)) return true;
            }
            return false;
          }
        : (ctx, each) => {
            const elems = enumerate(st.set(ctx), st.loc);
            for (let j = 0; j < elems.length; j++) {
              ctx.f[s0] = elems[j]!;
              if (inner(ctx, each)) return true;
            }
            return false;
          };
    }
    const n = steps.length;
    if (n === 1 && !steps[0]!.tuple) {
      const st = steps[0]!;
      const s = st.slots[0]!;
      return {
        scope,
        sets,
        iterate: (ctx, each) => {
          const elems = enumerate(st.set(ctx), st.loc);
          for (let j = 0; j < elems.length; j++) {
            ctx.f[s] = elems[j]!;
            if (each(ctx)) return true;
          }
          return false;
        },
      };
    }
    return { scope, sets, iterate };
  }

  private compileQuant(forall: boolean, bounds: readonly Bound[], bodyE: Expr, sc: Scope, primed: boolean, loc: Loc): C {
    const start = this.slotCount;
    const depth = this.loops.length;
    const { scope, sets, iterate } = this.compileBounds(bounds, sc, primed);
    const bc = this.compile(bodyE, scope, primed);
    this.loops.length = depth;
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
    const depth = this.loops.length;
    const { scope, sets, iterate } = this.compileBounds([bound], sc, primed);
    const bc = this.compile(bodyE, scope, primed);
    this.loops.length = depth;
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
    const depth = this.loops.length;
    this.loops.push(...slots);
    const pc = this.compile(predE, inner, primed);
    this.loops.length = depth;
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
            const snapshot = ctx.f.slice();
            return new PredicateSet(`{x \\in ${printShort(S)} : ...}`, (v) => {
              if (!member(v, S)) return false;
              const old = ctx.f;
              ctx.f = snapshot.slice();
              try {
                return test(ctx, v);
              } finally {
                ctx.f = old;
              }
            });
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
    const depth = this.loops.length;
    const { scope, sets, iterate } = this.compileBounds(bounds, sc, primed);
    const bc = this.compile(exprE, scope, primed);
    this.loops.length = depth;
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
    const depth = this.loops.length;
    this.loops.push(start);
    const bc = this.compile(bodyE, scope, primed);
    this.loops.length = depth;
    const be = use(bc);
    const de = use(domain);
    return this.hoist(
      combine(
        (ctx) => {
          const dom = setArg(de(ctx), loc, "a function's domain");
          if (dom.tag !== TAG_SET && !dom.finite) {
            const snapshot = ctx.f.slice();
            return new LazyFn(dom, (arg) => {
              const old = ctx.f;
              ctx.f = snapshot.slice();
              try {
                bind(ctx, arg);
                return be(ctx);
              } finally {
                ctx.f = old;
              }
            });
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

  private builtin1(f: (a: Value) => Value, ac: C, loc: Loc): C {
    const a = use(ac);
    return combine(
      (ctx) => {
        const x = a(ctx);
        try {
          return f(x);
        } catch (err) {
          throw locate(err, loc);
        }
      },
      [ac],
    );
  }

  private builtin2(f: (a: Value, b: Value) => Value, ac: C, bc: C, loc: Loc): C {
    const a = use(ac);
    const b = use(bc);
    return combine(
      (ctx) => {
        const x = a(ctx);
        const y = b(ctx);
        try {
          return f(x, y);
        } catch (err) {
          throw locate(err, loc);
        }
      },
      [ac, bc],
    );
  }

  /** Turns an operator argument into a JS function of values. */
  private opFunction(a: ArgRef, arity: number, loc: Loc): { c: C; call: (ctx: Ctx, args: Value[]) => Value } {
    const b = this.operatorArg(a, arity);
    const tmp = new Scope(null);
    const slots: number[] = [];
    const args: ArgRef[] = [];
    for (let i = 0; i < arity; i++) {
      const s = this.newSlot();
      slots.push(s);
      tmp.names.set(`$arg${i}`, { k: "slot", slot: s });
      args.push({ expr: { kind: "ident", name: `$arg${i}`, loc }, scope: tmp });
    }
    const c = this.compileApply(a.expr.kind === "ident" ? a.expr.name : "LAMBDA", b, args, false, loc);
    const ev = use(c);
    return {
      c,
      call: (ctx, vals) => {
        for (let i = 0; i < slots.length; i++) ctx.f[slots[i]!] = vals[i]!;
        return ev(ctx);
      },
    };
  }

  private compileBuiltin(name: string, args: readonly ArgRef[], primed: boolean, loc: Loc): C {
    const n = args.length;
    const arg = (i: number): C => this.compile(args[i]!.expr, args[i]!.scope, primed);
    const need = (k: number): void => {
      if (n !== k) throw new TlaError(`${name} takes ${k} argument${k === 1 ? "" : "s"}, ${n} given`, "semantic-error", loc);
    };
    switch (name) {
      case "=":
      case "#": {
        need(2);
        const ac = arg(0);
        const bc = arg(1);
        const a = use(ac);
        const b = use(bc);
        return name === "="
          ? combine(
              (ctx) => {
                const x = a(ctx);
                const y = b(ctx);
                return x === y || equals(x, y);
              },
              [ac, bc],
            )
          : combine(
              (ctx) => {
                const x = a(ctx);
                const y = b(ctx);
                return !(x === y || equals(x, y));
              },
              [ac, bc],
            );
      }
      case "\\in":
      case "\\notin": {
        need(2);
        const neg = name === "\\notin";
        return this.builtin2((x, y) => member(x, y) !== neg, arg(0), arg(1), loc);
      }
      case "~": {
        need(1);
        return this.builtin1((x) => !B.bool(x, "the argument of ~"), arg(0), loc);
      }
      case "=>": {
        need(2);
        const ac = arg(0);
        const bc = arg(1);
        const a = use(ac);
        const b = use(bc);
        return combine(
          (ctx) => {
            const x = a(ctx);
            if (x === false) return true;
            if (x !== true) return fail(loc, `the left side of => must be a boolean, got ${B.describe(x)}`);
            const y = b(ctx);
            if (typeof y !== "boolean") return fail(loc, `the right side of => must be a boolean, got ${B.describe(y)}`);
            return y;
          },
          [ac, bc],
        );
      }
      case "<=>":
        need(2);
        return this.builtin2((x, y) => B.bool(x, "the left side of <=>") === B.bool(y, "the right side of <=>"), arg(0), arg(1), loc);
      case "+":
        need(2);
        return this.builtin2(B.plus, arg(0), arg(1), loc);
      case "-":
        need(2);
        return this.builtin2(B.minus, arg(0), arg(1), loc);
      case "*":
        need(2);
        return this.builtin2(B.times, arg(0), arg(1), loc);
      case "\\div":
        need(2);
        return this.builtin2(B.div, arg(0), arg(1), loc);
      case "%":
        need(2);
        return this.builtin2(B.mod, arg(0), arg(1), loc);
      case "^":
        need(2);
        return this.builtin2(B.pow, arg(0), arg(1), loc);
      case "-.":
        need(1);
        return this.builtin1(B.neg, arg(0), loc);
      case "<":
        need(2);
        return this.builtin2((x, y) => B.intCompare(x, y, "<") < 0, arg(0), arg(1), loc);
      case ">":
        need(2);
        return this.builtin2((x, y) => B.intCompare(x, y, ">") > 0, arg(0), arg(1), loc);
      case "\\leq":
        need(2);
        return this.builtin2((x, y) => B.intCompare(x, y, "<=") <= 0, arg(0), arg(1), loc);
      case "\\geq":
        need(2);
        return this.builtin2((x, y) => B.intCompare(x, y, ">=") >= 0, arg(0), arg(1), loc);
      case "..":
        need(2);
        return this.builtin2(B.interval, arg(0), arg(1), loc);
      case "Nat":
        need(0);
        return lit(NAT);
      case "Int":
        need(0);
        return lit(INT);
      case "\\cup":
        need(2);
        return this.builtin2(B.cup, arg(0), arg(1), loc);
      case "\\cap":
        need(2);
        return this.builtin2(B.cap, arg(0), arg(1), loc);
      case "\\":
        need(2);
        return this.builtin2(B.setminus, arg(0), arg(1), loc);
      case "\\subseteq":
        need(2);
        return this.builtin2(B.subseteq, arg(0), arg(1), loc);
      case "\\subset":
        need(2);
        return this.builtin2((x, y) => B.subseteq(x, y) && !equals(x, y), arg(0), arg(1), loc);
      case "\\supseteq":
        need(2);
        return this.builtin2((x, y) => B.subseteq(y, x), arg(0), arg(1), loc);
      case "\\supset":
        need(2);
        return this.builtin2((x, y) => B.subseteq(y, x) && !equals(x, y), arg(0), arg(1), loc);
      case "SUBSET":
        need(1);
        return this.builtin1(B.subset, arg(0), loc);
      case "UNION":
        need(1);
        return this.builtin1(B.union, arg(0), loc);
      case "DOMAIN":
        need(1);
        return this.builtin1(B.domain, arg(0), loc);
      case "Seq":
        need(1);
        return this.builtin1(B.seqSet, arg(0), loc);
      case "Len":
        need(1);
        return this.builtin1(B.len, arg(0), loc);
      case "Head":
        need(1);
        return this.builtin1(B.head, arg(0), loc);
      case "Tail":
        need(1);
        return this.builtin1(B.tail, arg(0), loc);
      case "Append":
        need(2);
        return this.builtin2(B.append, arg(0), arg(1), loc);
      case "\\o":
        need(2);
        return this.builtin2(B.concat, arg(0), arg(1), loc);
      case "SubSeq": {
        need(3);
        const cs = [arg(0), arg(1), arg(2)];
        const [a, b, c] = cs.map(use) as [Ev, Ev, Ev];
        return combine((ctx) => {
          const x = a(ctx);
          const y = b(ctx);
          const z = c(ctx);
          try {
            return B.subSeq(x, y, z);
          } catch (err) {
            throw locate(err, loc);
          }
        }, cs);
      }
      case "SelectSeq": {
        need(2);
        const sc = arg(0);
        const s = use(sc);
        const op = this.opFunction(args[1]!, 1, loc);
        return combine(
          (ctx) => {
            const v = B.seq(s(ctx), "the first argument of SelectSeq");
            return tupleOf(v.filter((x) => op.call(ctx, [x]) === true));
          },
          [sc, op.c],
          Infinity,
          false,
        );
      }
      case "Cardinality":
        need(1);
        return this.builtin1(B.cardinality, arg(0), loc);
      case "IsFiniteSet":
        need(1);
        return this.builtin1(B.isFiniteSet, arg(0), loc);
      case ":>":
        need(2);
        return this.builtin2(B.mapsTo, arg(0), arg(1), loc);
      case "@@":
        need(2);
        return this.builtin2(B.compose, arg(0), arg(1), loc);
      case "Permutations":
        need(1);
        return this.builtin1(B.permutations, arg(0), loc);
      case "SortSeq": {
        need(2);
        const sc = arg(0);
        const s = use(sc);
        const op = this.opFunction(args[1]!, 2, loc);
        return combine((ctx) => B.sortSeq(s(ctx), (x, y) => op.call(ctx, [x, y]) === true), [sc, op.c]);
      }
      case "ToString":
        need(1);
        return this.builtin1(B.toStringOp, arg(0), loc);
      case "TLCEval":
        need(1);
        return arg(0);
      case "Print": {
        need(2);
        const ac = arg(0);
        const bc = arg(1);
        const a = use(ac);
        const b = use(bc);
        return combine(
          (ctx) => {
            const x = a(ctx);
            const y = b(ctx);
            process.stdout.write(`${printValue(x)}  ${printValue(y)}\n`);
            return y;
          },
          [ac, bc],
          Infinity,
          true,
          true,
        );
      }
      case "PrintT": {
        need(1);
        const ac = arg(0);
        const a = use(ac);
        return combine(
          (ctx) => {
            process.stdout.write(`${printValue(a(ctx))}\n`);
            return true;
          },
          [ac],
          Infinity,
          true,
          true,
        );
      }
      case "Assert": {
        need(2);
        const ac = arg(0);
        const bc = arg(1);
        const a = use(ac);
        const b = use(bc);
        return combine(
          (ctx) => {
            const x = a(ctx);
            if (x === true) return true;
            const m = b(ctx);
            return fail(loc, `assertion failed: ${typeof m === "string" ? m : printValue(m)}`);
          },
          [ac, bc],
          Infinity,
          true,
          true,
        );
      }
      case "TLCGet": {
        need(1);
        const ac = arg(0);
        const a = use(ac);
        return combine(
          (ctx) => {
            const k = a(ctx);
            if (k === "level") return ctx.level;
            return fail(loc, `TLCGet(${printShort(k)}) is not supported (only TLCGet("level"))`);
          },
          [ac],
          Infinity,
          true,
          true,
        );
      }
      case "TLCSet":
        throw new TlaError("TLCSet is not supported", "semantic-error", loc);
      case "JavaTime":
        need(0);
        return { ev: () => Math.floor(Date.now() / 1000), vars: true, minSlot: Infinity, impure: true };
      case "RandomElement":
      case "Any":
        throw new TlaError(`${name} is not supported (the engine is deterministic)`, "semantic-error", loc);
      case "EmptyBag":
        need(0);
        return lit(B.emptyBag);
      case "IsABag":
        need(1);
        return this.builtin1(B.isABag, arg(0), loc);
      case "BagToSet":
        need(1);
        return this.builtin1(B.bagToSet, arg(0), loc);
      case "SetToBag":
        need(1);
        return this.builtin1(B.setToBag, arg(0), loc);
      case "BagIn":
        need(2);
        return this.builtin2(B.bagIn, arg(0), arg(1), loc);
      case "CopiesIn":
        need(2);
        return this.builtin2(B.copiesIn, arg(0), arg(1), loc);
      case "\\oplus":
        need(2);
        return this.builtin2(B.bagAdd, arg(0), arg(1), loc);
      case "\\ominus":
        need(2);
        return this.builtin2(B.bagSub, arg(0), arg(1), loc);
      case "BagUnion":
        need(1);
        return this.builtin1(B.bagUnion, arg(0), loc);
      case "\\sqsubseteq":
        need(2);
        return this.builtin2(B.subBagEq, arg(0), arg(1), loc);
      case "SubBag":
        need(1);
        return this.builtin1(B.subBag, arg(0), loc);
      case "BagCardinality":
        need(1);
        return this.builtin1(B.bagCardinality, arg(0), loc);
      case "BagOfAll": {
        need(2);
        const op = this.opFunction(args[0]!, 1, loc);
        const bc = arg(1);
        const b = use(bc);
        return combine(
          (ctx) => {
            const bag = toFn(b(ctx));
            let acc: Value = B.emptyBag;
            for (let i = 0; i < bag.keys.length; i++) acc = B.bagAdd(acc, fnOf([op.call(ctx, [bag.keys[i]!])], [bag.vals[i]!]));
            return acc;
          },
          [op.c, bc],
        );
      }
      default:
        throw new TlaError(`the operator ${name} is not supported`, "semantic-error", loc);
    }
  }

  private compileOpApp(name: string, args: readonly ArgRef[], sc: Scope, primed: boolean, loc: Loc): C {
    const b = sc.lookup(name);
    if (b) return this.compileApply(name, b, args, primed, loc);
    if (coreOps.has(name)) return this.compileBuiltin(name, args, primed, loc);
    if (B.standardOps("TLC").includes(name) || B.standardOps("Integers").includes(name) || B.standardOps("Bags").includes(name)) {
      throw new TlaError(`unknown operator ${name} (is the standard module that defines it missing from EXTENDS?)`, "semantic-error", loc);
    }
    throw new TlaError(`unknown operator ${name}`, "semantic-error", loc);
  }

  // -------------------------------------------------------------------------
  // Actions
  // -------------------------------------------------------------------------

  /**
   * Compiles an action (or, with `init`, an initial predicate) so that it calls
   * `k` once for every way of satisfying it, with the primed (or, for init,
   * unprimed) variables assigned in `ctx.n` (`ctx.s`).
   */
  compileAct(e: Expr, sc: Scope, k: Kont, mode: ActMode): Kont {
    if (mode.split === true && !this.splitsActions(e, sc)) {
      const inner = this.compileAct(e, sc, k, { ...mode, split: false });
      return (ctx) => {
        ctx.group++;
        inner(ctx);
      };
    }
    if (!mode.init && !mode.top && this.countable(e, sc)) {
      if (mode.count !== true) return this.predicate(e, sc, k);
      const count = this.compileCount(e, sc);
      return (ctx) => {
        const m = count(ctx);
        if (m === 0) return;
        if (m === 1) return k(ctx);
        const saved = ctx.mult;
        ctx.mult = saved * m;
        try {
          k(ctx);
        } finally {
          ctx.mult = saved;
        }
      };
    }
    return this.compileActStructural(e, sc, k, mode);
  }

  /**
   * Whether TLC splits `e`, met at the top of the next-state relation, into
   * further actions: a disjunction, a LET, an `\E` over constant sets, an
   * operator applied to constant arguments (TLC's `Spec.getActions`).
   */
  private splitsActions(e: Expr, sc: Scope): boolean {
    const constant = (x: Expr): boolean => {
      try {
        return !this.compile(x, sc, false).vars;
      } catch {
        return false;
      }
    };
    switch (e.kind) {
      case "or":
      case "let":
        return true;
      case "exists":
        return e.bounds.every((bd) => bd.set !== undefined && constant(bd.set));
      case "ident": {
        const b = sc.lookup(e.name);
        return b !== undefined && ((b.k === "op" && b.def.params.length === 0 && !b.recursive) || b.k === "subst");
      }
      case "opapp": {
        const b = sc.lookup(e.name);
        return b !== undefined && b.k === "op" && !b.recursive && b.def.params.length === e.args.length && e.args.every(constant);
      }
      case "instanceop":
        return e.path.every((p) => p.args.every(constant)) && e.args.every(constant);
      default:
        return false;
    }
  }

  /**
   * Whether `e`, in an action, is a formula TLC's enumeration branches on
   * (conjunction, disjunction, quantifier, implication, IF, CASE, LET, or an
   * operator whose body may be one) that reads no primed variable: its paths
   * are then counted ({@link compileCount}) rather than enumerated.
   */
  private countable(e: Expr, sc: Scope): boolean {
    switch (e.kind) {
      case "and":
      case "or":
      case "exists":
      case "forall":
      case "if":
      case "case":
      case "let":
      case "instanceop":
        break;
      case "opapp": {
        if (e.name === "=>") break;
        const b = sc.lookup(e.name);
        if (!b || b.k === "builtin") return false;
        break;
      }
      case "ident": {
        const b = sc.lookup(e.name);
        if (!b || (b.k !== "op" && b.k !== "subst")) return false;
        break;
      }
      default:
        return false;
    }
    try {
      const c = this.compile(e, sc, false);
      return c.primes !== true && c.impure !== true;
    } catch {
      return false;
    }
  }

  /**
   * Compiles a formula without primes, met in an action, to the number of
   * paths TLC's next-state enumeration takes through it (TLC's
   * `Tool.getNextStates`): a conjunction multiplies, a disjunction adds, `\E`
   * adds over every element (it does not stop at the first witness), `\A`
   * multiplies over every element, `P => Q` counts Q when P holds (1 when it
   * does not), IF and CASE count the branch taken, operators are unfolded
   * (those without parameters and constant, which TLC evaluates once at
   * startup, are single booleans), anything else is 1 when true, 0 when
   * false. Each path yields the same successor, which is built once and
   * counted that many times.
   */
  private compileCount(e: Expr, sc: Scope): Count {
    switch (e.kind) {
      case "and": {
        const parts = e.args.map((a) => this.compileCount(a, sc));
        return (ctx) => {
          let m = 1;
          for (let i = 0; i < parts.length; i++) {
            const x = parts[i]!(ctx);
            if (x === 0) return 0;
            m *= x;
          }
          return m;
        };
      }
      case "or": {
        const parts = e.args.map((a) => this.compileCount(a, sc));
        return (ctx) => {
          let m = 0;
          for (let i = 0; i < parts.length; i++) m += parts[i]!(ctx);
          return m;
        };
      }
      case "exists":
      case "forall": {
        const depth = this.loops.length;
        const { scope, iterate } = this.compileBounds(e.bounds, sc, false);
        const body = this.compileCount(e.body, scope);
        this.loops.length = depth;
        if (e.kind === "exists") {
          return (ctx) => {
            let m = 0;
            iterate(ctx, (c) => {
              m += body(c);
              return false;
            });
            return m;
          };
        }
        return (ctx) => {
          let m = 1;
          iterate(ctx, (c) => {
            const x = body(c);
            m *= x;
            return x === 0;
          });
          return m;
        };
      }
      case "if": {
        const c = use(this.compile(e.cond, sc, false));
        const t = this.compileCount(e.then, sc);
        const f = this.compileCount(e.else, sc);
        const loc = e.cond.loc;
        return (ctx) => {
          const v = c(ctx);
          if (v === true) return t(ctx);
          if (v === false) return f(ctx);
          return fail(loc, `the condition of IF must be a boolean, got ${B.describe(v)}`);
        };
      }
      case "case": {
        const guards = e.arms.map((a) => use(this.compile(a.guard, sc, false)));
        const arms = e.arms.map((a) => this.compileCount(a.value, sc));
        const other = e.other ? this.compileCount(e.other, sc) : undefined;
        const loc = e.loc;
        return (ctx) => {
          for (let i = 0; i < guards.length; i++) {
            const g = guards[i]!(ctx);
            if (g === true) return arms[i]!(ctx);
            if (g !== false) fail(e.arms[i]!.guard.loc, `a CASE guard must be a boolean, got ${B.describe(g)}`);
          }
          if (other) return other(ctx);
          return fail(loc, "no CASE guard is true and there is no OTHER arm");
        };
      }
      case "let":
        return this.compileCount(e.body, this.letScope(e.defs, sc));
      case "opapp": {
        if (e.name === "=>" && e.args.length === 2) {
          const lhs = use(this.compile(e.args[0]!, sc, false));
          const rhs = this.compileCount(e.args[1]!, sc);
          const loc = e.loc;
          return (ctx) => {
            const v = lhs(ctx);
            if (v === false) return 1;
            if (v === true) return rhs(ctx);
            return fail(loc, `the left side of => must be a boolean, got ${B.describe(v)}`);
          };
        }
        const b = sc.lookup(e.name);
        if (b)
          return this.countApply(
            e.name,
            b,
            e.args.map((a) => ({ expr: a, scope: sc })),
            e,
          );
        return this.countPredicate(this.compile(e, sc, false), e.loc);
      }
      case "ident": {
        const b = sc.lookup(e.name);
        if (b) return this.countApply(e.name, b, [], e);
        return this.countPredicate(this.compile(e, sc, false), e.loc);
      }
      case "instanceop": {
        const [inst, name] = this.resolveInstancePath(e, sc);
        const b = inst.exported.get(name);
        if (!b) throw new TlaError(`${name} is not defined in the instance`, "semantic-error", e.loc);
        return this.countApply(
          name,
          b,
          e.args.map((a) => ({ expr: a, scope: sc })),
          e,
        );
      }
      default:
        return this.countPredicate(this.compile(e, sc, false), e.loc);
    }
  }

  /** {@link compileCount} of an operator application (or a reference to a definition or a parameter passed by name). */
  private countApply(name: string, b: Binding, args: readonly ArgRef[], e: Expr): Count {
    if (b.k === "subst" && args.length === 0) return this.compileCount(b.arg.expr, b.arg.scope);
    if (b.k !== "op" || b.recursive || b.def.params.length !== args.length) return this.countPredicate(this.compileApply(name, b, args, false, e.loc), e.loc);
    const def = b.def;
    // TLC evaluates a constant definition without parameters once, at startup:
    // it is then a value, not a formula to enumerate. (LET definitions, module
    // "", are not.)
    if (args.length === 0 && b.module !== "") {
      const c = this.compileApply(name, b, [], false, e.loc);
      if (isKonst(c)) return this.countPredicate(c, e.loc);
    }
    return this.withDepth(name, e.loc, () => {
      const { scope, byValue } = this.bindParams(def.params, def.body, b.scope, args, false);
      const body = this.compileCount(def.body, scope);
      if (byValue.length === 0) return body;
      const slots = byValue.map((x) => x.slot);
      const evs = byValue.map((x) => use(x.c));
      return (ctx) => {
        for (let i = 0; i < slots.length; i++) ctx.f[slots[i]!] = evs[i]!(ctx);
        return body(ctx);
      };
    });
  }

  /** A formula TLC evaluates to one boolean: one path when true, none when false. */
  private countPredicate(c: C, loc: Loc): Count {
    const ev = use(c);
    return (ctx) => {
      const v = ev(ctx);
      if (v === true) return 1;
      if (v === false) return 0;
      return fail(loc, `an action must be a boolean, got ${B.describe(v)}`);
    };
  }

  /** {@link compileAct} for the constructs TLC enumerates, branch by branch. */
  private compileActStructural(e: Expr, sc: Scope, k: Kont, mode: ActMode): Kont {
    const sub: ActMode = mode.top ? { ...mode, top: false } : mode;
    switch (e.kind) {
      case "and": {
        let cont = k;
        for (let i = e.args.length - 1; i >= 0; i--) cont = this.compileAct(e.args[i]!, sc, cont, sub);
        return cont;
      }
      case "or": {
        const ks = e.args.map((a) => this.compileAct(a, sc, k, mode));
        if (ks.length === 2) {
          const [a, b] = ks as [Kont, Kont];
          return (ctx) => {
            a(ctx);
            b(ctx);
          };
        }
        return (ctx) => {
          for (let i = 0; i < ks.length; i++) ks[i]!(ctx);
        };
      }
      case "exists": {
        const depth = this.loops.length;
        const { scope, iterate } = this.compileBounds(e.bounds, sc, false);
        const binders = mode.top
          ? [...mode.binders, ...e.bounds.flatMap((bd) => bd.names.map((n) => ({ name: n, slot: (scope.lookup(n) as { slot: number }).slot })))]
          : mode.binders;
        const body = this.compileAct(e.body, scope, k, { ...mode, binders });
        this.loops.length = depth;
        const each = (c: Ctx): boolean => {
          body(c);
          return false;
        };
        return (ctx) => {
          iterate(ctx, each);
        };
      }
      case "forall":
        return this.compileForallAct(e, sc, k, sub);
      case "if": {
        const c = use(this.compile(e.cond, sc, false));
        const t = this.compileAct(e.then, sc, k, sub);
        const f = this.compileAct(e.else, sc, k, sub);
        const loc = e.cond.loc;
        return (ctx) => {
          const v = c(ctx);
          if (v === true) t(ctx);
          else if (v === false) f(ctx);
          else fail(loc, `the condition of IF must be a boolean, got ${B.describe(v)}`);
        };
      }
      case "case": {
        const guards = e.arms.map((a) => use(this.compile(a.guard, sc, false)));
        const arms = e.arms.map((a) => this.compileAct(a.value, sc, k, sub));
        const other = e.other ? this.compileAct(e.other, sc, k, sub) : undefined;
        const loc = e.loc;
        return (ctx) => {
          for (let i = 0; i < guards.length; i++) {
            const g = guards[i]!(ctx);
            if (g === true) return arms[i]!(ctx);
            if (g !== false) fail(e.arms[i]!.guard.loc, `a CASE guard must be a boolean, got ${B.describe(g)}`);
          }
          if (other) return other(ctx);
          fail(loc, "no CASE guard is true and there is no OTHER arm");
        };
      }
      case "let":
        return this.compileAct(e.body, this.letScope(e.defs, sc), k, mode);
      case "unchanged": {
        const vars = this.varsOf(e.expr, sc);
        if (vars && !mode.init) {
          let cont = k;
          for (let i = vars.length - 1; i >= 0; i--) cont = this.assignUnchanged(vars[i]!, cont);
          return cont;
        }
        return this.predicate(e, sc, k);
      }
      case "step": {
        if (e.box) {
          const orE: Expr = { kind: "or", args: [e.action, { kind: "unchanged", expr: e.sub, loc: e.sub.loc }], loc: e.loc };
          return this.compileAct(orE, sc, k, mode);
        }
        const guard = { kind: "opapp", name: "#", args: [{ kind: "prime", expr: e.sub, loc: e.sub.loc }, e.sub], loc: e.loc } as const;
        return this.compileAct(e.action, sc, this.predicate(guard, sc, k), sub);
      }
      case "opapp": {
        if (e.name === "=>" && e.args.length === 2) {
          // TLC: evaluate P; when it holds, Q is enumerated as an action (or
          // as part of the initial predicate).
          const lhs = use(this.compile(e.args[0]!, sc, false));
          const rhs = this.compileAct(e.args[1]!, sc, k, sub);
          const loc = e.loc;
          return (ctx) => {
            const v = lhs(ctx);
            if (v === false) k(ctx);
            else if (v === true) rhs(ctx);
            else fail(loc, `the left side of => must be a boolean, got ${B.describe(v)}`);
          };
        }
        if ((e.name === "=" || e.name === "\\in") && e.args.length === 2) {
          const target = this.assignTarget(e.args[0]!, sc, mode.init);
          if (target !== undefined) {
            const rhs = use(this.compile(e.args[1]!, sc, false));
            return e.name === "=" ? this.assign(target, rhs, k, mode.init) : this.assignIn(target, rhs, k, mode.init, e.args[1]!.loc);
          }
          return this.predicate(e, sc, k);
        }
        const b = sc.lookup(e.name);
        if (b)
          return this.actApply(
            e.name,
            b,
            e.args.map((a) => ({ expr: a, scope: sc })),
            k,
            mode,
            e,
          );
        return this.predicate(e, sc, k);
      }
      case "ident": {
        const b = sc.lookup(e.name);
        if (b) return this.actApply(e.name, b, [], k, mode, e);
        return this.predicate(e, sc, k);
      }
      case "instanceop": {
        const [inst, name] = this.resolveInstancePath(e, sc);
        const b = inst.exported.get(name);
        if (!b) throw new TlaError(`${name} is not defined in the instance`, "semantic-error", e.loc);
        return this.actApply(
          name,
          b,
          e.args.map((a) => ({ expr: a, scope: sc })),
          k,
          mode,
          e,
        );
      }
      default:
        return this.predicate(e, sc, k);
    }
  }

  /**
   * `\A x \in S : A` in an action, as TLC enumerates it: the conjunction of
   * its instances, each enumerated in turn (so an instance may assign a
   * primed variable that a later one reads). The continuation of instance i
   * enters instance i + 1 of the same compiled body, so the frame slots the
   * body uses are saved around that re-entry and restored after it.
   */
  private compileForallAct(e: Quant, sc: Scope, k: Kont, mode: ActMode): Kont {
    const depth = this.loops.length;
    const first = this.slotCount;
    const { scope, iterate } = this.compileBounds(e.bounds, sc, false);
    const slots = e.bounds.flatMap((bd) => bd.names.map((n) => (scope.lookup(n) as { slot: number }).slot));
    const stack: { rows: Value[][]; i: number }[] = [];
    let body: Kont = () => {};
    const bind = (ctx: Ctx, row: readonly Value[]): void => {
      for (let j = 0; j < slots.length; j++) ctx.f[slots[j]!] = row[j]!;
    };
    const next: Kont = (ctx) => {
      const fr = stack[stack.length - 1]!;
      const i = fr.i + 1;
      if (i === fr.rows.length) {
        stack.pop();
        try {
          k(ctx);
        } finally {
          stack.push(fr);
        }
        return;
      }
      const saved = ctx.f.slice(first, this.slotCount);
      fr.i = i;
      bind(ctx, fr.rows[i]!);
      try {
        body(ctx);
      } finally {
        fr.i = i - 1;
        for (let j = 0; j < saved.length; j++) ctx.f[first + j] = saved[j]!;
      }
    };
    body = this.compileAct(e.body, scope, next, mode);
    this.loops.length = depth;
    return (ctx) => {
      const rows: Value[][] = [];
      iterate(ctx, (c) => {
        rows.push(slots.map((s) => c.f[s]!));
        return false;
      });
      if (rows.length === 0) return k(ctx);
      stack.push({ rows, i: 0 });
      try {
        bind(ctx, rows[0]!);
        body(ctx);
      } finally {
        stack.pop();
      }
    };
  }

  private actApply(name: string, b: Binding, args: readonly ArgRef[], k: Kont, mode: ActMode, e: Expr): Kont {
    if (b.k === "subst" && args.length === 0) return this.compileAct(b.arg.expr, b.arg.scope, k, mode);
    if (b.k === "lambda" && b.lambda.params.length === args.length) {
      const { scope, byValue } = this.bindParams(
        b.lambda.params.map((p) => ({ name: p, arity: 0 })),
        b.lambda.body,
        b.scope,
        args,
        false,
      );
      return this.withValues(byValue, this.compileAct(b.lambda.body, scope, k, { ...mode, top: false }));
    }
    if (b.k !== "op" || b.recursive || b.def.params.length !== args.length) {
      const c = this.compileApply(name, b, args, false, e.loc);
      return this.predicateC(c, e.loc, k);
    }
    const def = b.def;
    return this.withDepth(name, e.loc, () => {
      const { scope, byValue } = this.bindParams(def.params, def.body, b.scope, args, false);
      const body = this.compileAct(def.body, scope, k, mode);
      let act = this.withValues(byValue, body);
      if (mode.top) {
        const label: ActionLabel = {
          name,
          loc: def.body.loc,
          module: b.module,
          binders: mode.binders,
          params: def.params.map((p) => {
            const pb = scope.names.get(p.name)!;
            return {
              name: p.name,
              ev:
                pb.k === "slot"
                  ? (
                      (s: number) => (ctx: Ctx) =>
                        ctx.f[s]!
                    )(pb.slot)
                  : use(this.compileApply(p.name, pb, [], false, e.loc)),
            };
          }),
        };
        const inner = act;
        act = (ctx) => {
          const saved = ctx.label;
          ctx.label = label;
          try {
            inner(ctx);
          } finally {
            ctx.label = saved;
          }
        };
      }
      return act;
    });
  }

  private withValues(byValue: readonly { slot: number; c: C }[], body: Kont): Kont {
    if (byValue.length === 0) return body;
    const slots = byValue.map((x) => x.slot);
    const evs = byValue.map((x) => use(x.c));
    return (ctx) => {
      for (let i = 0; i < slots.length; i++) ctx.f[slots[i]!] = evs[i]!(ctx);
      body(ctx);
    };
  }

  /** The state variable assigned by `lhs` (`x'` in actions, `x` in initial predicates), if it is one. */
  private assignTarget(lhs: Expr, sc: Scope, init: boolean): number | undefined {
    let e = lhs;
    if (!init) {
      // `v = e` in `Set(v, e) == v = e`, applied as `Set(x', 1)`: the
      // parameter stands for `x'`.
      while (e.kind === "ident") {
        const b = sc.lookup(e.name);
        if (!b || b.k !== "subst") break;
        sc = b.arg.scope;
        e = b.arg.expr;
      }
      if (e.kind !== "prime") return undefined;
      e = e.expr;
    }
    while (e.kind === "ident") {
      const b = sc.lookup(e.name);
      if (!b) return undefined;
      if (b.k === "var") return b.index;
      if (b.k === "subst") {
        sc = b.arg.scope;
        e = b.arg.expr;
        continue;
      }
      return undefined;
    }
    return undefined;
  }

  private assign(i: number, rhs: Ev, k: Kont, init: boolean): Kont {
    if (init) {
      return (ctx) => {
        const v = rhs(ctx);
        const cur = ctx.s[i];
        if (cur === undefined) {
          ctx.s[i] = v;
          ctx.sver++;
          try {
            k(ctx);
          } finally {
            ctx.s[i] = undefined;
            ctx.sver++;
          }
        } else if (cur === v || equals(cur, v)) k(ctx);
      };
    }
    return (ctx) => {
      const v = rhs(ctx);
      const n = ctx.n;
      const cur = n[i];
      if (cur === undefined) {
        n[i] = v;
        ctx.ver++;
        try {
          k(ctx);
        } finally {
          n[i] = undefined;
          ctx.ver++;
        }
      } else if (cur === v || equals(cur, v)) k(ctx);
    };
  }

  private assignIn(i: number, rhs: Ev, k: Kont, init: boolean, loc: Loc): Kont {
    return (ctx) => {
      const S = rhs(ctx);
      const arr = init ? ctx.s : ctx.n;
      const cur = arr[i];
      if (cur !== undefined) {
        let m: boolean;
        try {
          m = member(cur, S);
        } catch (err) {
          throw locate(err, loc);
        }
        if (m) k(ctx);
        return;
      }
      const elems = enumerate(S, loc);
      try {
        for (let j = 0; j < elems.length; j++) {
          arr[i] = elems[j]!;
          ctx.ver++;
          ctx.sver++;
          k(ctx);
        }
      } finally {
        arr[i] = undefined;
        ctx.ver++;
        ctx.sver++;
      }
    };
  }

  private assignUnchanged(i: number, k: Kont): Kont {
    return (ctx) => {
      const n = ctx.n;
      const cur = n[i];
      const v = ctx.s[i]!;
      if (cur === undefined) {
        n[i] = v;
        ctx.ver++;
        try {
          k(ctx);
        } finally {
          n[i] = undefined;
          ctx.ver++;
        }
      } else if (cur === v || equals(cur, v)) k(ctx);
    };
  }

  /** The state variables of `UNCHANGED e` when e is a variable or a (nested) tuple of them, through definitions. */
  varsOf(e: Expr, sc: Scope): number[] | undefined {
    if (e.kind === "tuple") {
      const out: number[] = [];
      for (const x of e.elems) {
        const v = this.varsOf(x, sc);
        if (!v) return undefined;
        out.push(...v);
      }
      return out;
    }
    if (e.kind === "ident") {
      const b = sc.lookup(e.name);
      if (!b) return undefined;
      if (b.k === "var") return [b.index];
      if (b.k === "subst") return this.varsOf(b.arg.expr, b.arg.scope);
      if (b.k === "op" && b.def.params.length === 0 && !b.recursive) return this.varsOf(b.def.body, b.scope);
    }
    return undefined;
  }

  private predicate(e: Expr, sc: Scope, k: Kont): Kont {
    return this.predicateC(this.compile(e, sc, false), e.loc, k);
  }

  private predicateC(c: C, loc: Loc, k: Kont): Kont {
    const ev = use(c);
    return (ctx) => {
      const v = ev(ctx);
      if (v === true) k(ctx);
      else if (v !== false) fail(loc, `an action must be a boolean, got ${B.describe(v)}`);
    };
  }

  /** Compiles the definition `name` of the root module as a next-state relation whose actions are labelled. */
  compileNext(e: Expr, sc: Scope, name: string, loc: Loc, k: Kont): Kont {
    const label: ActionLabel = { name, loc, module: this.input.root.name, binders: [], params: [] };
    const inner = this.compileAct(e, sc, k, { init: false, top: true, binders: [], split: true, count: true });
    return (ctx) => {
      ctx.label = label;
      inner(ctx);
    };
  }
}

/** The standard module that defines `op`, among `module` and the standard modules it extends. */
function standardOwner(module: string, op: string): string {
  const m = B.standardModules[module];
  if (!m || m.ops.includes(op)) return module;
  for (const e of m.extends) {
    const o = standardOwner(e, op);
    if (B.standardModules[o]?.ops.includes(op)) return o;
  }
  return module;
}

/** Names handled by the compiler whatever the module imports. */
const coreOps = new Set(["=", "#", "\\in", "\\notin", "~", "=>", "<=>", "\\cup", "\\cap", "\\", "\\subseteq", "\\subset", "\\supseteq", "\\supset", "SUBSET", "UNION", "DOMAIN"]);

function setArg(v: Value, loc: Loc, what: string): SetValue | LazySet {
  if (typeof v === "object" && (v.tag === TAG_SET || v.tag === 4)) return v as SetValue | LazySet;
  return fail(loc, `${what} needs a set, got ${kindName(v)} ${printShort(v)}`);
}

/** The elements of a set to iterate over, with a located error for non-sets and infinite sets. */
export function enumerate(v: Value, loc: Loc): readonly Value[] {
  if (typeof v === "object") {
    if (v.tag === TAG_SET) return v.elems;
    if (v.tag === 4) {
      if (!v.finite) return fail(loc, `cannot enumerate the infinite set ${printShort(v)}`);
      try {
        return v.enumerate().elems;
      } catch (err) {
        throw locate(err, loc);
      }
    }
  }
  return fail(loc, `expected a set to range over, got ${kindName(v)} ${printShort(v)}`);
}

function destructure(ctx: Ctx, slots: readonly number[], v: Value, loc: Loc): void {
  let f: FnValue;
  try {
    f = toFn(v);
  } catch {
    return fail(loc, `cannot match ${printShort(v)} against a tuple of ${slots.length} names`);
  }
  if (f.vals.length !== slots.length || f.kind !== 1) return fail(loc, `cannot match ${printShort(v)} against a tuple of ${slots.length} names`);
  for (let i = 0; i < slots.length; i++) ctx.f[slots[i]!] = f.vals[i]!;
}
