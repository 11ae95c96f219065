/**
 * The actions of a specification, read from its `.tla` text with the
 * project's parser: the operators that the disjuncts of `Next` apply, each
 * with its definition's source text and the prose comment above it.
 *
 * @module
 */
import type { Expr, Module, OpDef } from "../tla/syntax/ast.js";
import { parseModuleText } from "../tla/syntax/load.js";
import { commentAbove, trimTrailingComments } from "./tlaComments.js";

/** One action of the spec, as the site shows it. */
export interface SpecAction {
  /** The operator's name: `Phase1b`. */
  readonly name: string;
  /** Its parameters: `["a", "b"]`. */
  readonly params: readonly string[];
  /** The definition's source text, exactly as written in the file. */
  readonly text: string;
  /** The prose comment above the definition, without comment markers. */
  readonly doc: string | undefined;
  /** The names of the module's other definitions this action's text uses (for links). */
  readonly uses: readonly string[];
  /** The file and 1-based line where the definition starts. */
  readonly file: string;
  readonly line: number;
}

/** The operator names a `Next` body applies, in order of first appearance. */
function appliedNames(e: Expr, defined: ReadonlySet<string>, out: string[]): void {
  const visit = (x: Expr): void => appliedNames(x, defined, out);
  switch (e.kind) {
    case "opapp":
      if (defined.has(e.name)) {
        if (!out.includes(e.name)) out.push(e.name);
        return;
      }
      e.args.forEach(visit);
      return;
    case "ident":
      if (defined.has(e.name) && !out.includes(e.name)) out.push(e.name);
      return;
    case "and":
    case "or":
      e.args.forEach(visit);
      return;
    case "exists":
    case "forall":
      visit(e.body);
      return;
    case "let":
      visit(e.body);
      return;
    case "if":
      visit(e.then);
      visit(e.else);
      return;
    default:
      return;
  }
}

/** The definitions of a module by name (operator definitions only). */
export function operatorDefinitions(m: Module): Map<string, OpDef> {
  const defs = new Map<string, OpDef>();
  for (const u of m.units) if (u.kind === "opdef") defs.set(u.name, u);
  return defs;
}

/**
 * The actions of `Next` in a parsed module: each operator its disjuncts apply
 * (through `\E` quantifiers), in the order they appear. Throws when the module
 * has no `Next`.
 */
export function actionsOfModule(m: Module, nextName = "Next"): SpecAction[] {
  const defs = operatorDefinitions(m);
  const next = defs.get(nextName);
  if (!next) throw new Error(`${m.file}: the module ${m.name} defines no ${nextName}`);
  const names: string[] = [];
  appliedNames(next.body, new Set([...defs.keys()].filter((n) => n !== nextName)), names);
  return names.map((name) => {
    const def = defs.get(name)!;
    const text = trimTrailingComments(m.source.slice(def.loc.start, def.loc.end));
    const words = new Set(text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
    const uses = [...defs.keys()].filter((d) => d !== name && words.has(d));
    return {
      name,
      params: def.params.map((p) => p.name),
      text,
      uses,
      // The parser's doc comment when it has one; else the comment read straight off the text above.
      doc: def.doc ?? commentAbove(m.source, def.loc.line),
      file: m.file,
      line: def.loc.line,
    };
  });
}

/** Parses a spec file's text and returns the actions of its `Next`. */
export async function readSpecActions(text: string, file: string): Promise<{ module: Module; actions: SpecAction[] }> {
  const module = await parseModuleText(text, file);
  return { module, actions: actionsOfModule(module) };
}
