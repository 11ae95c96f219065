/**
 * The abstract syntax of the TLA+ subset the engine understands.
 *
 * The front end (`src/tla/syntax/`) turns tree-sitter's concrete syntax tree
 * into these types; everything after it (evaluation, model checking, trace
 * validation) reads only these types. Names are not resolved here: an
 * {@link Ident} may denote a bound variable, a state variable, a constant or a
 * zero-argument operator, and the evaluator decides which by scope.
 *
 * Operator symbols are normalised to one canonical spelling each, so that the
 * evaluator never sees synonyms: `\union` becomes `\cup`, `/=` becomes `#`,
 * `=<` and `<=` become `\leq`, `\lnot` and `\neg` become `~`, `\intersect`
 * becomes `\cap`, `\land`/`/\` and `\lor`/`\/` become {@link Junction} nodes,
 * unary minus becomes `-.` (its name in TLA+ definitions).
 *
 * @module
 */
/**
 * A source range. Lines and columns are 1-based; offsets are 0-based UTF-16
 * indices into the file's text. The end (`endLine`/`endCol`, `end`) is
 * exclusive: it points just past the last character.
 */
export interface Loc {
    readonly file: string;
    readonly line: number;
    readonly col: number;
    readonly endLine: number;
    readonly endCol: number;
    readonly start: number;
    readonly end: number;
}
/** Every node carries where it came from, for error messages and trace-validation verdicts. */
interface Node {
    readonly loc: Loc;
}
export type Expr = NumLit | StrLit | BoolLit | Ident | OpApp | InstanceOpApp | SubExpr | Prime | Junction | SetEnum | SetFilter | SetMap | Times | FnCtor | FnApp | FnSet | RecordCtor | RecordSet | FieldAccess | Except | At | TupleLit | Quant | Choose | IfThenElse | Case | Let | Lambda | Unchanged | StepExpr | Enabled | Temporal | BuiltinSet;
/** A natural number literal (decimal, or `\b`, `\o`, `\h` forms, already converted). */
export interface NumLit extends Node {
    readonly kind: "num";
    readonly value: bigint;
}
/** A string literal, escapes already processed. */
export interface StrLit extends Node {
    readonly kind: "str";
    readonly value: string;
}
/** TRUE or FALSE. */
export interface BoolLit extends Node {
    readonly kind: "bool";
    readonly value: boolean;
}
/** A bare name: bound variable, state variable, constant, or operator used with no arguments. */
export interface Ident extends Node {
    readonly kind: "ident";
    readonly name: string;
}
/**
 * Application of a named operator: user-defined (`Send(m)`), standard-module
 * (`Cardinality(S)`, `Append(s, e)`), or a prefix/infix/postfix symbol in its
 * canonical spelling (`+`, `\cup`, `\in`, `..`, `=>`, `~`, `-.`, `SUBSET`,
 * `UNION`, `DOMAIN`, `\o`, `:>`, `@@`, ...). Arguments may be {@link Lambda}s
 * or bare {@link Ident}s naming operators, when the operator takes operator
 * arguments.
 */
export interface OpApp extends Node {
    readonly kind: "opapp";
    readonly name: string;
    readonly args: readonly Expr[];
}
/** One step of an instance path: `V` in `V!Op`, or `I(x)` in `I(x)!Op`. */
export interface InstanceStep {
    readonly name: string;
    readonly args: readonly Expr[];
}
/** `V!Op(args)` or `I(a)!J!Op`: an operator reached through named instances. */
export interface InstanceOpApp extends Node {
    readonly kind: "instanceop";
    readonly path: readonly InstanceStep[];
    readonly name: string;
    readonly args: readonly Expr[];
}
/**
 * A subexpression reference to a definition without parameters (or a named
 * theorem): `Op!:` is its body, `Op!2` the second item of a bulleted
 * conjunction or disjunction list (or the second argument of an operator
 * application), `Op!1!2` goes on from there.
 */
export interface SubExpr extends Node {
    readonly kind: "subexpr";
    readonly name: string;
    /** Each step: `:` or a 1-based position. */
    readonly path: readonly (number | ":")[];
}
/** `e'`: the expression evaluated in the next state. */
export interface Prime extends Node {
    readonly kind: "prime";
    readonly expr: Expr;
}
/**
 * Conjunction or disjunction, n-ary. Both infix chains (`a /\ b /\ c`) and
 * bulleted lists become one Junction, so that each conjunct keeps its own
 * location (trace validation reports the first false conjunct).
 */
export interface Junction extends Node {
    readonly kind: "and" | "or";
    readonly args: readonly Expr[];
    /** Written as a bulleted list (not an infix chain, whose items a subexpression reference counts differently). */
    readonly bulleted?: boolean;
}
/** `{a, b, c}`. */
export interface SetEnum extends Node {
    readonly kind: "setenum";
    readonly elems: readonly Expr[];
}
/**
 * A bound: `x \in S`, `x, y \in S` (each name ranges over S), or
 * `<<x, y>> \in S` (one tuple pattern, `tuple: true`). `set` is undefined for
 * an unbounded quantifier (`\E x : P`), which the evaluator rejects with a
 * located error.
 */
export interface Bound {
    readonly names: readonly string[];
    readonly tuple: boolean;
    readonly set: Expr | undefined;
    readonly loc: Loc;
}
/** `{x \in S : P}` (also with a tuple pattern). */
export interface SetFilter extends Node {
    readonly kind: "setfilter";
    readonly bound: Bound;
    readonly pred: Expr;
}
/** `{e : x \in S, y \in T}`. */
export interface SetMap extends Node {
    readonly kind: "setmap";
    readonly expr: Expr;
    readonly bounds: readonly Bound[];
}
/** `A \X B \X C`: the set of triples (n-ary, not nested pairs). */
export interface Times extends Node {
    readonly kind: "times";
    readonly sets: readonly Expr[];
}
/** `[x \in S |-> e]`, `[x \in S, y \in T |-> e]` (a function of pairs). */
export interface FnCtor extends Node {
    readonly kind: "fnctor";
    readonly bounds: readonly Bound[];
    readonly body: Expr;
}
/** `f[a]`, or `f[a, b]` meaning `f[<<a, b>>]`. */
export interface FnApp extends Node {
    readonly kind: "fnapp";
    readonly fn: Expr;
    readonly args: readonly Expr[];
}
/** `[S -> T]`. */
export interface FnSet extends Node {
    readonly kind: "fnset";
    readonly domain: Expr;
    readonly range: Expr;
}
/** `[a |-> e1, b |-> e2]`. */
export interface RecordCtor extends Node {
    readonly kind: "record";
    readonly fields: readonly {
        readonly name: string;
        readonly expr: Expr;
    }[];
}
/** `[a : S, b : T]`. */
export interface RecordSet extends Node {
    readonly kind: "recordset";
    readonly fields: readonly {
        readonly name: string;
        readonly set: Expr;
    }[];
}
/** `r.f`. */
export interface FieldAccess extends Node {
    readonly kind: "field";
    readonly record: Expr;
    readonly field: string;
}
/** One step of an EXCEPT path: `[a, b]` (index by a tuple when several) or `.f`. */
export type ExceptPathStep = {
    readonly kind: "index";
    readonly args: readonly Expr[];
} | {
    readonly kind: "field";
    readonly name: string;
};
/** `[f EXCEPT ![a] = e1, !.b[c] = e2]`; inside each value, `@` is the old value at that path. */
export interface Except extends Node {
    readonly kind: "except";
    readonly fn: Expr;
    readonly updates: readonly {
        readonly path: readonly ExceptPathStep[];
        readonly value: Expr;
    }[];
}
/** `@` inside an EXCEPT value. */
export interface At extends Node {
    readonly kind: "at";
}
/** `<<a, b>>`. */
export interface TupleLit extends Node {
    readonly kind: "tuple";
    readonly elems: readonly Expr[];
}
/** `\A x \in S : P` and `\E x \in S : P` (several bounds allowed). Also `\AA`/`\EE` are rejected by the front end. */
export interface Quant extends Node {
    readonly kind: "forall" | "exists";
    readonly bounds: readonly Bound[];
    readonly body: Expr;
}
/** `CHOOSE x \in S : P` (or a tuple pattern). */
export interface Choose extends Node {
    readonly kind: "choose";
    readonly bound: Bound;
    readonly body: Expr;
}
/** `IF c THEN a ELSE b`. */
export interface IfThenElse extends Node {
    readonly kind: "if";
    readonly cond: Expr;
    readonly then: Expr;
    readonly else: Expr;
}
/** `CASE g1 -> e1 [] g2 -> e2 [] OTHER -> e3`. */
export interface Case extends Node {
    readonly kind: "case";
    readonly arms: readonly {
        readonly guard: Expr;
        readonly value: Expr;
    }[];
    readonly other: Expr | undefined;
}
/** `LET defs IN body`; defs are operator, function and RECURSIVE declarations. */
export interface Let extends Node {
    readonly kind: "let";
    readonly defs: readonly Unit[];
    readonly body: Expr;
}
/** `LAMBDA x, y : e`. */
export interface Lambda extends Node {
    readonly kind: "lambda";
    readonly params: readonly string[];
    readonly body: Expr;
}
/** `UNCHANGED e` (e is usually a variable or a tuple of them). */
export interface Unchanged extends Node {
    readonly kind: "unchanged";
    readonly expr: Expr;
}
/** `[A]_v` (`box: true`) or `<<A>>_v` (`box: false`). */
export interface StepExpr extends Node {
    readonly kind: "step";
    readonly box: boolean;
    readonly action: Expr;
    readonly sub: Expr;
}
/** `ENABLED A`. */
export interface Enabled extends Node {
    readonly kind: "enabled";
    readonly expr: Expr;
}
/**
 * Temporal operators: `[]F`, `<>F`, `F ~> G`, `WF_v(A)`, `SF_v(A)`, `\EE`,
 * `\AA`. The model checker understands `Init /\ [][Next]_v` shapes and
 * `[][A]_v` safety properties; other uses are reported as unsupported.
 */
export interface Temporal extends Node {
    readonly kind: "temporal";
    readonly op: "always" | "eventually" | "leadsto" | "WF" | "SF";
    readonly args: readonly Expr[];
    /** The subscript of WF_v / SF_v. */
    readonly sub?: Expr;
}
/** The built-in infinite or special sets: Nat, Int, STRING, BOOLEAN (BOOLEAN is finite). */
export interface BuiltinSet extends Node {
    readonly kind: "builtinset";
    readonly name: "Nat" | "Int" | "STRING" | "BOOLEAN";
}
/** A formal parameter of an operator: `x` (arity 0) or `F(_, _)` (arity 2). */
export interface Param {
    readonly name: string;
    readonly arity: number;
}
export type Unit = ConstantDecl | VariableDecl | OpDef | FnDef | InstanceDef | Assume | RecursiveDecl;
/** `CONSTANT N, F(_)`. */
export interface ConstantDecl extends Node {
    readonly kind: "constants";
    readonly decls: readonly Param[];
}
/** `VARIABLES x, y`. */
export interface VariableDecl extends Node {
    readonly kind: "variables";
    readonly names: readonly string[];
}
/** `Op(x, F(_)) == body`, also infix definitions `a \prec b == ...` (name is the symbol). */
export interface OpDef extends Node {
    readonly kind: "opdef";
    readonly name: string;
    readonly params: readonly Param[];
    readonly body: Expr;
    readonly local: boolean;
    /** The prose comment just above the definition, if any, without comment markers. */
    readonly doc?: string;
}
/** `f[x \in S] == body` (may be recursive). */
export interface FnDef extends Node {
    readonly kind: "fndef";
    readonly name: string;
    readonly bounds: readonly Bound[];
    readonly body: Expr;
    readonly local: boolean;
    readonly doc?: string;
}
/**
 * `INSTANCE M WITH a <- e` (unnamed: its definitions join this module), or
 * `I(p) == INSTANCE M WITH ...` (named: reached as `I(x)!Op`).
 */
export interface InstanceDef extends Node {
    readonly kind: "instance";
    readonly name: string | undefined;
    readonly params: readonly Param[];
    readonly module: string;
    /** Where the module name is written; for "unknown module" errors. Added by the front end. */
    readonly moduleLoc?: Loc;
    readonly subs: readonly {
        readonly name: string;
        readonly expr: Expr;
    }[];
    readonly local: boolean;
}
/** `ASSUME e` or `ASSUME Name == e`. */
export interface Assume extends Node {
    readonly kind: "assume";
    readonly name: string | undefined;
    readonly expr: Expr;
}
/** `RECURSIVE F(_), G`. */
export interface RecursiveDecl extends Node {
    readonly kind: "recursive";
    readonly decls: readonly Param[];
}
/** A parsed module. THEOREMs, LEMMAs and proofs are dropped by the front end. */
export interface Module {
    readonly name: string;
    /** Absolute path of the file (or a pseudo path such as `<builtin>/Naturals.tla`). */
    readonly file: string;
    readonly source: string;
    readonly extends: readonly string[];
    /** Where each name of `extends` is written (same order); for "unknown module" errors. Added by the front end. */
    readonly extendsLocs?: readonly Loc[];
    /** Units in source order (order matters: definitions may only use what precedes them). */
    readonly units: readonly Unit[];
    /** Modules defined inside this one (`---- MODULE Inner ----` nested), by name. */
    readonly submodules: readonly Module[];
    /**
     * For the first module of a file, the modules written after it in the same
     * file, one after another (SANY reads such a file whole: its other modules
     * are found by name before any file is looked for). Absent when there are none.
     */
    readonly following?: readonly Module[];
    readonly loc: Loc;
}
export {};
