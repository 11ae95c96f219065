/**
 * Temporal formulas over state and action predicates, and the tableau of a
 * formula: a generalized Büchi automaton that accepts exactly the behaviours
 * satisfying it.
 *
 * A {@link LiveFormula} is what the model makes of a PROPERTY once
 * definitions, operator arguments, INSTANCE substitutions, LETs and
 * quantifiers over constant sets are unfolded: its atoms are state predicates
 * (`x = 3`, `ENABLED <<A>>_v`: true or false of a state) and action
 * predicates (`<<A>>_v`, `[A]_v`, `x' > x`: true or false of a step, the
 * stuttering step `s -> s` included), joined by `~`, `/\`, `\/`, `[]` and
 * `<>`. Everything else TLA+ offers is written with these: `F => G` is
 * `~F \/ G`, `F ~> G` is `[](~F \/ <>G)`, `WF_v(A)` is
 * `[]<>~ENABLED <<A>>_v \/ []<><<A>>_v`, and so on (see `model.ts`).
 *
 * The tableau is the construction of Gerth, Peled, Vardi and Wolper
 * ("Simple on-the-fly automatic verification of linear temporal logic",
 * 1995), for a logic without a next-time operator: a formula is first put in
 * negation normal form, then each node of the automaton is a maximal
 * consistent way of making the formula true at one position of a behaviour:
 * the formulas that hold there (`old`) and those that must hold from the next
 * position on (`next`). Its literals are what the node asks of the current
 * state (state predicates) and of the step leaving it (action predicates).
 * A run is accepting when, for every `<>F` it promises, it passes infinitely
 * often through a node that either does not promise `<>F` or fulfils it (one
 * acceptance set per `<>F`).
 *
 * Before that, the formula to check (the negation of a property) is split
 * into plans ({@link plansOf}), as TLC does: its disjunctive normal form,
 * with each disjunct's `[]<>A` and `<>[]A` conjuncts kept out of the tableau
 * and read off the cycles of the product instead.
 *
 * @module
 */

/** A temporal formula whose atoms are indices of compiled state and action predicates. */
export type LiveFormula =
  | { readonly k: "state"; readonly i: number }
  | { readonly k: "action"; readonly i: number }
  | { readonly k: "const"; readonly v: boolean }
  | { readonly k: "not"; readonly a: LiveFormula }
  | { readonly k: "and" | "or"; readonly args: readonly LiveFormula[] }
  | { readonly k: "always" | "eventually"; readonly a: LiveFormula };

/** A literal: a state or action predicate (by index), true or false. */
export interface Literal {
  readonly i: number;
  readonly positive: boolean;
}

/** One node of a tableau. */
export interface TableauNode {
  /** The state predicates the node's state must satisfy (or falsify). */
  readonly stateLits: readonly Literal[];
  /** The action predicates the step leaving the node must satisfy (or falsify). */
  readonly actionLits: readonly Literal[];
  /** The nodes a run may go to next. */
  readonly succ: readonly number[];
  /** Per acceptance set (one per `<>F` of the formula): whether the node is in it. */
  readonly accepting: readonly boolean[];
}

/** A generalized Büchi automaton: a run starts in an initial node and must meet every acceptance set infinitely often. */
export interface Tableau {
  readonly nodes: readonly TableauNode[];
  readonly initial: readonly number[];
  /** The number of acceptance sets. */
  readonly acceptanceSets: number;
}

/** `~f`, simplified where that is free. */
export function not(f: LiveFormula): LiveFormula {
  if (f.k === "not") return f.a;
  if (f.k === "const") return { k: "const", v: !f.v };
  return { k: "not", a: f };
}

/** Whether a formula has a temporal operator (else it speaks of the first state or the first step only). */
export function isTemporalFormula(f: LiveFormula): boolean {
  switch (f.k) {
    case "state":
    case "action":
    case "const":
      return false;
    case "not":
      return isTemporalFormula(f.a);
    case "and":
    case "or":
      return f.args.some(isTemporalFormula);
    case "always":
    case "eventually":
      return true;
  }
}

/** A formula as text, for messages and tests: `s3` and `a1` are predicates by index. */
export function formulaText(f: LiveFormula): string {
  switch (f.k) {
    case "state":
      return `s${f.i}`;
    case "action":
      return `a${f.i}`;
    case "const":
      return f.v ? "TRUE" : "FALSE";
    case "not":
      return `~${formulaText(f.a)}`;
    case "and":
    case "or":
      return `(${f.args.map(formulaText).join(f.k === "and" ? " /\\ " : " \\/ ")})`;
    case "always":
      return `[]${formulaText(f.a)}`;
    case "eventually":
      return `<>${formulaText(f.a)}`;
  }
}

/**
 * A formula in negation normal form, interned: equal formulas have the same
 * number. Negation appears on atoms only.
 */
type Nnf =
  | { readonly op: "lit"; readonly atom: "s" | "a"; readonly i: number; readonly positive: boolean }
  | { readonly op: "true" | "false" }
  | { readonly op: "and" | "or"; readonly args: readonly number[] }
  | { readonly op: "always" | "eventually"; readonly a: number };

class Interner {
  readonly formulas: Nnf[] = [];
  private readonly ids = new Map<string, number>();

  private intern(key: string, f: Nnf): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.formulas.length;
      this.formulas.push(f);
      this.ids.set(key, id);
    }
    return id;
  }

  /** The negation normal form of `f` (of `~f` when `negated`). */
  nnf(f: LiveFormula, negated: boolean): number {
    switch (f.k) {
      case "state":
      case "action": {
        const atom = f.k === "state" ? "s" : "a";
        return this.intern(`${atom}${f.i}${negated ? "-" : "+"}`, { op: "lit", atom, i: f.i, positive: !negated });
      }
      case "const": {
        const v = f.v !== negated;
        return this.intern(v ? "T" : "F", { op: v ? "true" : "false" });
      }
      case "not":
        return this.nnf(f.a, !negated);
      case "and":
      case "or": {
        const op = (f.k === "and") !== negated ? "and" : "or";
        const args = [...new Set(f.args.map((a) => this.nnf(a, negated)))].sort((x, y) => x - y);
        if (args.length === 0) return this.intern(op === "and" ? "T" : "F", { op: op === "and" ? "true" : "false" });
        if (args.length === 1) return args[0]!;
        return this.intern(`${op}(${args.join(",")})`, { op, args });
      }
      case "always":
      case "eventually": {
        const op = (f.k === "always") !== negated ? "always" : "eventually";
        const a = this.nnf(f.a, negated);
        return this.intern(`${op}(${a})`, { op, a });
      }
    }
  }
}

/** A node under construction: formulas still to expand, those that hold now, those that must hold from the next position on. */
interface Partial {
  readonly todo: number[];
  readonly old: Set<number>;
  readonly next: Set<number>;
}

const setKey = (s: Set<number>): string => [...s].sort((x, y) => x - y).join(",");

/**
 * The tableau of `f`: a generalized Büchi automaton whose accepted runs,
 * read as behaviours (a node's literals holding of its state and of the step
 * that leaves it), are exactly the behaviours that satisfy `f`.
 */
export function tableauOf(f: LiveFormula): Tableau {
  const t = new Interner();
  const root = t.nnf(f, false);
  const F = t.formulas;

  // Every way of making the formulas of `start` true now: the fully expanded nodes.
  const expand = (start: readonly number[]): { old: Set<number>; next: Set<number> }[] => {
    const done = new Map<string, { old: Set<number>; next: Set<number> }>();
    const stack: Partial[] = [{ todo: [...start], old: new Set(), next: new Set() }];
    const fork = (p: Partial, more: number[], nextMore: number[]): Partial => ({
      todo: [...p.todo, ...more],
      old: new Set(p.old),
      next: new Set([...p.next, ...nextMore]),
    });
    while (stack.length > 0) {
      const p = stack.pop()!;
      const id = p.todo.pop();
      if (id === undefined) {
        const key = `${setKey(p.old)}|${setKey(p.next)}`;
        if (!done.has(key)) done.set(key, { old: p.old, next: p.next });
        continue;
      }
      if (p.old.has(id)) {
        stack.push(p);
        continue;
      }
      const x = F[id]!;
      switch (x.op) {
        case "true":
          p.old.add(id);
          stack.push(p);
          break;
        case "false":
          break;
        case "lit": {
          const contrary = [...p.old].some((o) => {
            const y = F[o]!;
            return y.op === "lit" && y.atom === x.atom && y.i === x.i && y.positive !== x.positive;
          });
          if (contrary) break;
          p.old.add(id);
          stack.push(p);
          break;
        }
        case "and":
          p.old.add(id);
          p.todo.push(...x.args);
          stack.push(p);
          break;
        case "or":
          p.old.add(id);
          for (const a of x.args) stack.push(fork(p, [a], []));
          break;
        case "always":
          // []G: G now, and []G from the next position on.
          p.old.add(id);
          p.todo.push(x.a);
          p.next.add(id);
          stack.push(p);
          break;
        case "eventually":
          // <>G: G now, or <>G from the next position on.
          p.old.add(id);
          stack.push(fork(p, [x.a], []));
          stack.push(fork(p, [], [id]));
          break;
      }
    }
    return [...done.values()];
  };

  const eventualities: number[] = [];
  F.forEach((x, id) => {
    if (x.op === "eventually") eventualities.push(id);
  });

  const nodes: { old: Set<number>; next: Set<number>; succ: number[] }[] = [];
  const byKey = new Map<string, number>();
  const add = (n: { old: Set<number>; next: Set<number> }): number => {
    const key = `${setKey(n.old)}|${setKey(n.next)}`;
    let id = byKey.get(key);
    if (id === undefined) {
      id = nodes.length;
      nodes.push({ ...n, succ: [] });
      byKey.set(key, id);
    }
    return id;
  };
  const initial = expand([root]).map(add);
  const succOfNext = new Map<string, number[]>();
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    const key = setKey(n.next);
    let succ = succOfNext.get(key);
    if (!succ) {
      succ = expand([...n.next]).map(add);
      succOfNext.set(key, succ);
    }
    n.succ = succ;
  }

  const literals = (old: Set<number>, atom: "s" | "a"): Literal[] => {
    const out: Literal[] = [];
    for (const id of old) {
      const x = F[id]!;
      if (x.op === "lit" && x.atom === atom) out.push({ i: x.i, positive: x.positive });
    }
    return out;
  };
  return {
    nodes: nodes.map((n) => ({
      stateLits: literals(n.old, "s"),
      actionLits: literals(n.old, "a"),
      succ: n.succ,
      accepting: eventualities.map((ev) => {
        const x = F[ev]! as { op: "eventually"; a: number };
        return !n.old.has(ev) || n.old.has(x.a);
      }),
    })),
    initial: [...new Set(initial)],
    acceptanceSets: eventualities.length,
  };
}

/**
 * One way for a behaviour to satisfy a formula, as TLC splits the negation
 * of a property: a formula for the tableau, and conditions that a cycle
 * alone decides. `[]<>A` (A without temporal operators) holds of a lasso
 * when some step of its cycle satisfies A (`infinitely`); `<>[]A` when every
 * step of it does (`always`). A step satisfies A when A's state predicates
 * hold in the state it leaves and its actions hold of it.
 */
export interface CheckPlan {
  readonly tableau: LiveFormula;
  readonly infinitely: readonly LiveFormula[];
  readonly always: readonly LiveFormula[];
}

/** Beyond this many disjuncts the formula is left to the tableau whole. */
const MAX_PLANS = 1024;

/**
 * The plans of `f`: its disjunctive normal form, with `[]`, `<>` over
 * temporal formulas, and formulas without temporal operators as atoms, each
 * disjunct's `[]<>A` and `<>[]A` conjuncts taken out of the tableau. A
 * behaviour satisfies `f` if and only if it satisfies some plan. Keeping
 * these conjuncts out of the tableau keeps it small: the negation of
 * `(\A p : WF_v(A(p))) => L` has a conjunction of N disjunctions, whose
 * tableau has some 4^N nodes, while each of its 2^N plans has the tableau
 * of `~L` alone.
 */
export function plansOf(f: LiveFormula): CheckPlan[] {
  const g = pushNegations(f, false);
  const dnf = disjuncts(g);
  if (dnf === undefined) return [{ tableau: g, infinitely: [], always: [] }];
  return dnf.map((conj) => {
    const rest: LiveFormula[] = [];
    const infinitely: LiveFormula[] = [];
    const always: LiveFormula[] = [];
    for (const c of conj) {
      if (c.k === "always" && c.a.k === "eventually" && !isTemporalFormula(c.a.a)) infinitely.push(c.a.a);
      else if (c.k === "eventually" && c.a.k === "always" && !isTemporalFormula(c.a.a)) always.push(c.a.a);
      else rest.push(c);
    }
    return { tableau: rest.length === 1 ? rest[0]! : { k: "and", args: rest }, infinitely, always };
  });
}

/** `f` (negated when `negated`) with negations on atoms and non-temporal parts only. */
function pushNegations(f: LiveFormula, negated: boolean): LiveFormula {
  if (!isTemporalFormula(f)) return negated ? not(f) : f;
  switch (f.k) {
    case "not":
      return pushNegations(f.a, !negated);
    case "and":
    case "or": {
      const k = (f.k === "and") !== negated ? "and" : "or";
      return { k, args: f.args.map((a) => pushNegations(a, negated)) };
    }
    case "always":
    case "eventually": {
      const k = (f.k === "always") !== negated ? "always" : "eventually";
      return { k, a: pushNegations(f.a, negated) };
    }
    default:
      return negated ? not(f) : f;
  }
}

/** The disjunctive normal form of `f` over its temporal and non-temporal parts (undefined: too many disjuncts). */
function disjuncts(f: LiveFormula): LiveFormula[][] | undefined {
  if (!isTemporalFormula(f)) return [[f]];
  if (f.k === "or") {
    const out: LiveFormula[][] = [];
    for (const a of f.args) {
      const d = disjuncts(a);
      if (d === undefined || out.length + d.length > MAX_PLANS) return undefined;
      out.push(...d);
    }
    return out;
  }
  if (f.k === "and") {
    let out: LiveFormula[][] = [[]];
    for (const a of f.args) {
      const d = disjuncts(a);
      if (d === undefined || out.length * d.length > MAX_PLANS) return undefined;
      out = out.flatMap((left) => d.map((right) => [...left, ...right]));
    }
    return out;
  }
  return [[f]];
}
