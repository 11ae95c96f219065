/**
 * Reading the specification files of `spec/` for the tests in this folder:
 * parsing them with the tree-sitter grammar, finding syntax errors, listing
 * the names a module declares and defines, and reading model configuration
 * (`.cfg`) files. Everything here is textual or syntactic; nothing evaluates
 * TLA+.
 */
import { parseConfig, type CfgName, type CfgValue } from "../../src/tla/config/cfg.js";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Node, Tree } from "web-tree-sitter";
import { parseTlaTree } from "../../src/tla/syntax/treeSitter.js";

/** Absolute path of the `spec/` directory. */
export const specDir = fileURLToPath(new URL("../../spec/", import.meta.url));

/** The names of the files in `spec/` ending in `ext` (e.g. `".tla"`), sorted. */
export function specFiles(ext: string): string[] {
  return readdirSync(specDir)
    .filter((f) => f.endsWith(ext))
    .sort();
}

/** The text of a file in `spec/`. */
export function readSpecFile(name: string): string {
  return readFileSync(join(specDir, name), "utf8");
}

/** The children of a node, without the nulls the binding's types allow. */
export function childrenOf(node: Node): Node[] {
  return node.children.filter((c): c is Node => c !== null);
}

/** The first ERROR or MISSING node of a tree in document order, with its 1-based position. */
export interface SyntaxProblem {
  readonly kind: "ERROR" | "MISSING";
  readonly line: number;
  readonly col: number;
  readonly text: string;
}

/** Finds the first ERROR or MISSING node of a parse tree, or undefined if there is none. */
export function firstSyntaxProblem(tree: Tree): SyntaxProblem | undefined {
  const visit = (node: Node): SyntaxProblem | undefined => {
    if (node.isError || node.isMissing) {
      return {
        kind: node.isError ? "ERROR" : "MISSING",
        line: node.startPosition.row + 1,
        col: node.startPosition.column + 1,
        text: node.text.slice(0, 40),
      };
    }
    for (const child of childrenOf(node)) {
      const found = visit(child);
      if (found) return found;
    }
    return undefined;
  };
  return tree.rootNode.hasError ? visit(tree.rootNode) : undefined;
}

/** The `module` node of a parsed file (the first one: nested modules are not used in spec/). */
export function moduleNode(tree: Tree): Node {
  const mod = childrenOf(tree.rootNode).find((n) => n.type === "module");
  if (!mod) throw new Error("no module in the parse tree");
  return mod;
}

/** What a module says at its top level, by kind of name. */
export interface ModuleNames {
  readonly name: string;
  readonly extends: readonly string[];
  /** Modules brought in by an unnamed INSTANCE, whose definitions join this module. */
  readonly instances: readonly string[];
  /** Modules brought in by a named INSTANCE (`P == INSTANCE M`), reached only as `P!Op`. */
  readonly namedInstances: readonly string[];
  readonly constants: readonly string[];
  readonly variables: readonly string[];
  /** Operator, function and instance definitions, and named ASSUMEs. */
  readonly definitions: readonly string[];
}

/** The text of a node's `name` field (an identifier), if it has one. */
function fieldName(node: Node): string | undefined {
  return node.childForFieldName("name")?.text;
}

/** Lists the names a module declares and defines at its top level. */
export function moduleNames(tree: Tree): ModuleNames {
  const mod = moduleNode(tree);
  const names = {
    name: fieldName(mod) ?? "",
    extends: [] as string[],
    instances: [] as string[],
    namedInstances: [] as string[],
    constants: [] as string[],
    variables: [] as string[],
    definitions: [] as string[],
  };
  const instanceModule = (inst: Node): string | undefined =>
    childrenOf(inst).find((c) => c.type === "identifier_ref")?.text;
  for (const unit of childrenOf(mod)) {
    switch (unit.type) {
      case "extends":
        names.extends.push(...childrenOf(unit).filter((c) => c.type === "identifier_ref").map((c) => c.text));
        break;
      case "constant_declaration":
        for (const c of childrenOf(unit)) {
          if (c.type === "identifier") names.constants.push(c.text);
          if (c.type === "operator_declaration") names.constants.push(fieldName(c) ?? "");
        }
        break;
      case "variable_declaration":
        names.variables.push(...childrenOf(unit).filter((c) => c.type === "identifier").map((c) => c.text));
        break;
      case "operator_definition":
      case "function_definition":
      case "assumption":
        if (fieldName(unit)) names.definitions.push(fieldName(unit)!);
        break;
      case "module_definition": {
        names.definitions.push(fieldName(unit) ?? "");
        const inst = unit.childForFieldName("definition");
        const m = inst && instanceModule(inst);
        if (m) names.namedInstances.push(m);
        break;
      }
      case "instance": {
        const m = instanceModule(unit);
        if (m) names.instances.push(m);
        break;
      }
    }
  }
  return names;
}

/** The operator definition named `name` at the top level of a module, if any. */
export function operatorDefinition(tree: Tree, name: string): Node | undefined {
  return childrenOf(moduleNode(tree)).find((n) => n.type === "operator_definition" && fieldName(n) === name);
}

/** The number of parameters of an operator definition (`Op(a, b) == ...` has 2). */
export function arity(definition: Node): number {
  return definition.childrenForFieldName("parameter").filter((p) => p?.type === "identifier").length;
}

/**
 * The names of the operators applied anywhere inside an expression: `Op` in
 * `Op(x)` (a `bound_op` node) and bare names that `isOperator` accepts.
 */
export function appliedOperators(expr: Node, isOperator: (name: string) => boolean): Set<string> {
  const found = new Set<string>();
  const visit = (node: Node): void => {
    if (node.type === "bound_op") {
      const name = node.childForFieldName("name")?.text;
      if (name) found.add(name);
    } else if (node.type === "identifier_ref" && node.parent?.type !== "bound_op" && isOperator(node.text)) {
      found.add(node.text);
    }
    childrenOf(node).forEach(visit);
  };
  visit(expr);
  return found;
}

/**
 * What a `.cfg` file names, by section, as plain names: a view of the
 * engine's own configuration parser (src/tla/config/cfg.ts) for the name
 * checks below. `others` holds the names given to SYMMETRY, VIEW,
 * CONSTRAINT and ACTION_CONSTRAINT.
 */
export interface ModelConfig {
  /** `CONSTANT` entries: the constant, `=` or `<-`, and the right-hand side (a value as written, or the replacing name). */
  readonly constants: readonly { readonly name: string; readonly op: "=" | "<-"; readonly value: string }[];
  readonly init: readonly string[];
  readonly next: readonly string[];
  readonly specification: readonly string[];
  readonly invariants: readonly string[];
  readonly properties: readonly string[];
  readonly others: readonly string[];
  readonly checkDeadlock: boolean | undefined;
}

/** A configuration value as TLA+ text. */
function valueText(v: CfgValue): string {
  switch (v.kind) {
    case "int":
      return String(v.value);
    case "str":
      return JSON.stringify(v.value);
    case "bool":
      return v.value ? "TRUE" : "FALSE";
    case "modelvalue":
      return v.name;
    case "set":
      return `{${v.elems.map(valueText).join(", ")}}`;
  }
}

/** Reads a `.cfg` file with the engine's parser and returns the names it uses. */
export function parseModelConfig(text: string, file = "model.cfg"): ModelConfig {
  const c = parseConfig(text, file);
  const names = (n: CfgName | undefined): string[] => (n ? [n.name] : []);
  return {
    constants: c.constants.map((e) => (e.kind === "value" ? { name: e.name, op: "=" as const, value: valueText(e.value) } : { name: e.name, op: "<-" as const, value: e.by.name })),
    init: names(c.init),
    next: names(c.next),
    specification: names(c.specification),
    invariants: c.invariants.map((n) => n.name),
    properties: c.properties.map((n) => n.name),
    others: [...names(c.symmetry), ...names(c.view), ...c.constraints.map((n) => n.name), ...c.actionConstraints.map((n) => n.name)],
    checkDeadlock: c.checkDeadlock,
  };
}

/** The modules every TLA+ tool provides; their names are not checked against spec/. */
export const standardModules = new Set(["Naturals", "Integers", "Reals", "FiniteSets", "Sequences", "TLC", "Bags", "RealTime", "TLAPS"]);

/** Parse trees of spec/ modules already read in this process, by module name. */
const parsedModules = new Map<string, Promise<Tree>>();

/** Parses the module `name` from `spec/<name>.tla` (once per process). */
export function parseSpecModule(name: string): Promise<Tree> {
  let tree = parsedModules.get(name);
  if (!tree) {
    tree = parseTlaTree(readSpecFile(`${name}.tla`));
    parsedModules.set(name, tree);
  }
  return tree;
}

/**
 * The names visible in module `name` for a configuration: its own
 * declarations and definitions, those of the modules it EXTENDS or
 * INSTANCEs without a name (transitively), and the names of its named
 * instances (whose contents are reachable only through `P!`).
 * `constants` holds only the constants the model must assign: those of the
 * module and what it extends (an instance gets its constants by
 * substitution).
 */
export async function visibleNames(name: string): Promise<{ all: Set<string>; constants: Set<string> }> {
  const all = new Set<string>();
  const constants = new Set<string>();
  const extended = new Set<string>();
  const visit = async (mod: string, viaExtends: boolean): Promise<void> => {
    if (standardModules.has(mod)) return;
    if (viaExtends) {
      if (extended.has(mod)) return;
      extended.add(mod);
    }
    const names = moduleNames(await parseSpecModule(mod));
    for (const n of [...names.constants, ...names.variables, ...names.definitions]) all.add(n);
    if (viaExtends) names.constants.forEach((c) => constants.add(c));
    for (const e of names.extends) await visit(e, viaExtends);
    for (const i of names.instances) await visit(i, false);
  };
  await visit(name, true);
  return { all, constants };
}
