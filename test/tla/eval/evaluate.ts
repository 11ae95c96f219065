/**
 * Test support: evaluates TLA+ expressions by wrapping them in a module.
 */
import { parseModuleText } from "../../../src/tla/syntax/load.js";
import { parseConfig } from "../../../src/tla/config/cfg.js";
import { Model } from "../../../src/tla/model.js";
import { Compiler } from "../../../src/tla/eval/compile.js";
import { printValue } from "../../../src/tla/values/print.js";
import type { Module } from "../../../src/tla/syntax/ast.js";
import type { Value } from "../../../src/tla/values/value.js";

const STANDARD = new Set(["Naturals", "Integers", "Sequences", "FiniteSets", "TLC", "Bags", "TLAPS"]);

/** Parses modules given as text (the first is the root). */
export async function modulesOf(...texts: string[]): Promise<{ root: Module; modules: Map<string, Module>; order: Module[]; standard: Set<string> }> {
  const mods: Module[] = [];
  for (const [i, t] of texts.entries()) mods.push(await parseModuleText(t, `/virtual/M${i}.tla`));
  const modules = new Map(mods.map((m) => [m.name, m]));
  return { root: mods[0]!, modules, order: [...mods].reverse(), standard: STANDARD };
}

/** Evaluates `expr` (with `defs` before it) and returns the value. */
export async function evalValue(expr: string, defs = "", ...more: string[]): Promise<Value> {
  const text = `---- MODULE T ----\nEXTENDS Naturals, Integers, Sequences, FiniteSets, TLC, Bags\n${defs}\nResult == ${expr}\n====\n`;
  const ms = await modulesOf(text, ...more);
  const c = new Compiler({ modules: ms.modules, standard: ms.standard, root: ms.root, constant: () => undefined });
  const ev = c.compile({ kind: "ident", name: "Result", loc: ms.root.loc }, c.root.scope);
  return ev.ev(c.newCtx());
}

/** Evaluates `expr` and prints it as TLC would. */
export async function evalText(expr: string, defs = "", ...more: string[]): Promise<string> {
  return printValue(await evalValue(expr, defs, ...more));
}

/** Builds a model from module texts and cfg text. */
export async function modelOf(cfg: string, ...texts: string[]): Promise<Model> {
  const ms = await modulesOf(...texts);
  return new Model(ms, parseConfig(cfg, "/virtual/M.cfg"));
}
