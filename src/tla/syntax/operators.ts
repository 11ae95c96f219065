/**
 * The canonical spelling of every TLA+ operator symbol, keyed by the node
 * type tree-sitter gives the symbol. The grammar already folds synonyms into
 * one node type (`\union` and `\cup` are both `cup`); this table picks the one
 * spelling the evaluator sees, as documented in `ast.ts`.
 *
 * @module
 */

/**
 * Infix operators with their canonical names. `land`, `lor`, `times`,
 * `leads_to` are missing on purpose: they become Junction, Times and Temporal
 * nodes. Symbols listed in {@link unsupportedInfix} are rejected.
 */
export const infixNames: Readonly<Record<string, string>> = {
  eq: "=",
  neq: "#",
  lt: "<",
  gt: ">",
  leq: "\\leq",
  geq: "\\geq",
  in: "\\in",
  notin: "\\notin",
  cup: "\\cup",
  cap: "\\cap",
  setminus: "\\",
  subseteq: "\\subseteq",
  subset: "\\subset",
  supseteq: "\\supseteq",
  supset: "\\supset",
  implies: "=>",
  iff: "<=>",
  equiv: "<=>",
  plus: "+",
  minus: "-",
  mul: "*",
  div: "\\div",
  mod: "%",
  slash: "/",
  pow: "^",
  dots_2: "..",
  circ: "\\o",
  map_to: ":>",
  compose: "@@",
  map_from: "<:",
  plusplus: "++",
  minusminus: "--",
  mulmul: "**",
  slashslash: "//",
  modmod: "%%",
  powpow: "^^",
  amp: "&",
  ampamp: "&&",
  vert: "|",
  vertvert: "||",
  oplus: "\\oplus",
  ominus: "\\ominus",
  odot: "\\odot",
  oslash: "\\oslash",
  otimes: "\\otimes",
  bigcirc: "\\bigcirc",
  bullet: "\\bullet",
  star: "\\star",
  prec: "\\prec",
  succ: "\\succ",
  preceq: "\\preceq",
  succeq: "\\succeq",
  sqsubset: "\\sqsubset",
  sqsupset: "\\sqsupset",
  sqsubseteq: "\\sqsubseteq",
  sqsupseteq: "\\sqsupseteq",
  sqcap: "\\sqcap",
  sqcup: "\\sqcup",
  uplus: "\\uplus",
  wr: "\\wr",
  approx: "\\approx",
  asymp: "\\asymp",
  cong: "\\cong",
  doteq: "\\doteq",
  gg: "\\gg",
  ll: "\\ll",
  propto: "\\propto",
  sim: "\\sim",
  simeq: "\\simeq",
  dots_3: "...",
  hashhash: "##",
  dol: "$",
  doldol: "$$",
  qq: "??",
  // Used as operator names (definitions, operator arguments) only; in
  // expressions these become Junction / Times / Temporal nodes.
  land: "/\\",
  lor: "\\/",
  times: "\\X",
  leads_to: "~>",
};

/** Infix symbols outside the subset, with the name used in the error message. */
export const unsupportedInfix: Readonly<Record<string, string>> = {
  cdot: "action composition \\cdot",
  plus_arrow: "the temporal operator -+->",
  assign: "the symbol :=",
  bnf_rule: "the symbol ::=",
  rs_ttile: "the symbol |-",
  rd_ttile: "the symbol |=",
  ls_ttile: "the symbol -|",
  ld_ttile: "the symbol =|",
  excl: "the symbol !",
};

/** Prefix operators that stay operator applications (the others get their own node kinds). */
export const prefixNames: Readonly<Record<string, string>> = {
  lnot: "~",
  negative: "-.",
  negative_dot: "-.",
  powerset: "SUBSET",
  union: "UNION",
  domain: "DOMAIN",
  // Names only (definitions, operator arguments).
  enabled: "ENABLED",
  unchanged: "UNCHANGED",
  always: "[]",
  eventually: "<>",
};

/** Postfix operators; `prime` becomes a Prime node in expressions. */
export const postfixNames: Readonly<Record<string, string>> = {
  prime: "'",
  sup_plus: "^+",
  asterisk: "^*",
  sup_hash: "^#",
};

/** Words that can never be identifiers in TLA+. */
export const reservedWords: ReadonlySet<string> = new Set([
  "ASSUME", "ASSUMPTION", "AXIOM", "CASE", "CHOOSE", "CONSTANT", "CONSTANTS", "DOMAIN", "ELSE",
  "ENABLED", "EXCEPT", "EXTENDS", "IF", "IN", "INSTANCE", "LET", "LOCAL", "MODULE", "OTHER",
  "SF_", "SUBSET", "THEN", "THEOREM", "UNCHANGED", "UNION", "VARIABLE", "VARIABLES", "WF_",
  "WITH", "LAMBDA", "RECURSIVE", "LEMMA", "PROPOSITION", "COROLLARY", "PROOF", "QED", "BY",
  "OBVIOUS", "OMITTED", "USE", "HIDE", "DEF", "DEFS", "HAVE", "TAKE", "WITNESS", "PICK",
  "SUFFICES", "NEW", "STATE", "ACTION", "TEMPORAL", "ONLY",
]);
