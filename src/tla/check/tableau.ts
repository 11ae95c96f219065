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
