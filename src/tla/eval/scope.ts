/**
 * Compile-time name resolution: what each identifier denotes in a scope
 * (a frame slot, a state variable, a constant's value, an operator to inline,
 * a substituted expression, an instance, a standard-module operator).
 *
 * @module
 */
import type { Expr, FnDef, InstanceDef, Lambda, Module, OpDef } from "../syntax/ast.js";
import type { Value } from "../values/value.js";
import type { Ev } from "./context.js";

/** An expression with the scope it must be compiled in (call-by-name arguments, substitutions). */
export interface ArgRef {
  readonly expr: Expr;
  readonly scope: Scope;
}

/**
 * What a name denotes. The `cache`, `cachePrimed` and `rec` fields hold code
 * compiled for the binding, so that it is compiled once however often the
 * name is used (see cache.ts); bindings belong to one compiler.
 */
export type Binding =
  | { readonly k: "slot"; readonly slot: number }
  | { readonly k: "var"; readonly index: number; readonly name: string }
  | { readonly k: "value"; readonly value: Value }
  /**
   * An expression passed by name (a parameter, an INSTANCE substitution); with
   * `memo`, compiled once per priming into `cache`/`cachePrimed`, the two
   * sharing the values remembered in `values`.
   */
  | { readonly k: "subst"; readonly arg: ArgRef; readonly memo?: boolean; cache?: unknown; cachePrimed?: unknown; values?: unknown }
  | OpBinding
  /** A function definition; `cache`: its unprimed compilation. */
  | { readonly k: "fn"; readonly def: FnDef; readonly scope: Scope; readonly module: string; cache?: unknown }
  | { readonly k: "lambda"; readonly lambda: Lambda; readonly scope: Scope }
  /** A built-in operator, by its registry key (its name, or `Module!name` when another module has an operator of that name). */
  | { readonly k: "builtin"; readonly name: string }
  /** A named INSTANCE; `cache`: the module instance, when it has no parameters. */
  | { readonly k: "instance"; readonly def: InstanceDef; readonly scope: Scope; cache?: ModuleInstance };

/**
 * A user-defined operator. Zero-argument ones keep their compiled body, per
 * priming, in `cache` and `cachePrimed`, and the values the two share (a
 * state function's, by the values of the variables it reads) in `values`;
 * RECURSIVE ones their body compiled
 * once, with its parameters in fixed slots, in `rec`.
 */
export interface OpBinding {
  readonly k: "op";
  readonly def: OpDef;
  readonly scope: Scope;
  readonly module: string;
  readonly recursive: boolean;
  cache?: unknown;
  cachePrimed?: unknown;
  values?: unknown;
  rec?: { ev: Ev | null; slots: number[] };
}

/** A lexical scope: names bound here, then the parent's. */
export class Scope {
  readonly names = new Map<string, Binding>();
  constructor(readonly parent: Scope | null) {}
  /** The binding of `name`, searching outward. */
  lookup(name: string): Binding | undefined {
    for (let s: Scope | null = this; s; s = s.parent) {
      const b = s.names.get(name);
      if (b) return b;
    }
    return undefined;
  }
  /** A new scope nested in this one. */
  child(): Scope {
    return new Scope(this);
  }
}

/** A module as instantiated: its scope of definitions and what it exports. */
export interface ModuleInstance {
  readonly module: Module;
  readonly scope: Scope;
  /** Names visible to modules that EXTEND or INSTANCE this one (not LOCAL ones). */
  readonly exported: ReadonlyMap<string, Binding>;
  /**
   * What `I!Op` denotes when this is the instance `I`: the exported names,
   * except that a definition the model configuration replaces (`Op <- New`)
   * is the module's own definition here. In TLC the replacement holds for
   * the module's definition wherever it is named, but `I!Op` is another
   * definition (the one the INSTANCE creates), which keeps its body; so
   * `New(x) == LET I == INSTANCE M IN I!Op(x) \/ ...` extends the original.
   */
  readonly members: ReadonlyMap<string, Binding>;
  /** The module's ASSUMEs, with the scope to evaluate them in. */
  readonly assumes: readonly { readonly expr: Expr; readonly name: string | undefined; readonly scope: Scope }[];
}
