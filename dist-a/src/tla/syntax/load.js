/**
 * Loading a specification: the root module and every module it EXTENDS or
 * INSTANCEs, transitively.
 *
 * A module `M` is looked up, in order, among the standard modules the
 * evaluator provides (Naturals, Sequences, TLC, ...: never read from files),
 * among the modules nested in the module that names it (and in the modules
 * enclosing that one), among the modules written one after another in the
 * file of the module that names it and in the root module's file (as SANY
 * reads a file holding several modules), then as the file `M.tla` in the directory of the
 * module that names it, in the root module's directory and in the library
 * folders, and finally among the community modules and proof libraries the
 * evaluator provides natively.
 *
 * @module
 */
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import * as path from "node:path";
import { TlaError } from "../errors.js";
import { convertTree } from "./convert.js";
import { tlaParser } from "./treeSitter.js";
import { isLibraryModule, standardModuleNames, unsupportedStandardModules } from "../eval/builtinOperators.js";
/** Parses the text of one module (for tests and for specifications held in memory). */
export async function parseModuleText(text, file) {
    const parser = await tlaParser();
    const tree = parser.parse(text);
    if (!tree)
        throw new TlaError(`${file}: the parser returned no tree`, "parse-error");
    try {
        return convertTree(tree, text, file, (t) => parser.parse(t));
    }
    finally {
        tree.delete();
    }
}
/**
 * Modules already parsed in this process, by absolute path, with the text they
 * were parsed from: a file whose text has not changed is not parsed again
 * (modules are immutable, so sharing them is safe).
 */
const parsedFiles = new Map();
/** Reads the root module and every module it depends on. */
export async function loadModules(rootFile, options = {}) {
    const libraryPaths = (options.libraryPaths ?? []).map((d) => path.resolve(d));
    const rootPath = path.resolve(rootFile);
    const rootDir = path.dirname(rootPath);
    const modules = new Map();
    const standard = new Set();
    const order = [];
    const byFile = new Map();
    /** The modules written after the first one of a file, by file. */
    const following = new Map();
    const readModule = async (file, ref) => {
        const cached = byFile.get(file);
        if (cached)
            return cached;
        let text;
        try {
            text = await readFile(file, "utf8");
        }
        catch (err) {
            throw new TlaError(`cannot read the module file ${file}: ${err.message}`, "parse-error", ref?.loc);
        }
        const prior = parsedFiles.get(file);
        const m = prior && prior.text === text ? prior.module : await parseModuleText(text, file);
        parsedFiles.set(file, { text, module: m });
        byFile.set(file, m);
        if (m.following)
            following.set(file, m.following);
        return m;
    };
    const root = await readModule(rootPath, undefined);
    const expected = path.basename(rootPath, ".tla");
    if (root.name !== expected && rootPath.endsWith(".tla")) {
        throw new TlaError(`the file ${path.basename(rootPath)} holds module ${root.name}, expected ${expected}`, "parse-error", root.loc);
    }
    // Depth-first visit; `visiting` is the current chain, for cycle detection.
    const visiting = [];
    const done = new Set();
    const register = (m) => {
        const prior = modules.get(m.name);
        if (prior && prior !== m) {
            throw new TlaError(`module ${m.name} is defined twice (also at ${prior.file}:${prior.loc.line}:${prior.loc.col})`, "semantic-error", m.loc);
        }
        modules.set(m.name, m);
    };
    const visit = async (m, enclosing, ref) => {
        if (done.has(m))
            return;
        if (visiting.includes(m.name)) {
            const cycle = [...visiting.slice(visiting.indexOf(m.name)), m.name].join(" -> ");
            throw new TlaError(`circular module dependency: ${cycle}`, "semantic-error", ref?.loc ?? m.loc);
        }
        visiting.push(m.name);
        register(m);
        const scope = [m, ...enclosing];
        for (const sub of m.submodules)
            register(sub);
        for (const r of references(m)) {
            if (standardModuleNames.has(r.name) && !isLibraryModule(r.name)) {
                standard.add(r.name);
                continue;
            }
            const unsupported = unsupportedStandardModules[r.name];
            if (unsupported)
                throw new TlaError(unsupported, "semantic-error", r.loc);
            const nested = findNested(scope, r.name);
            if (nested) {
                await visit(nested.module, nested.enclosing, r);
                continue;
            }
            const sibling = [m.file, rootPath].map((f) => following.get(f)?.find((x) => x.name === r.name)).find((x) => x !== undefined);
            if (sibling) {
                await visit(sibling, [], r);
                continue;
            }
            const candidates = [path.dirname(m.file), rootDir, ...libraryPaths].map((d) => path.join(d, `${r.name}.tla`));
            const file = candidates.find((f) => existsSync(f));
            if (!file) {
                if (isLibraryModule(r.name)) {
                    standard.add(r.name);
                    continue;
                }
                throw new TlaError(`unknown module ${r.name}: no file ${r.name}.tla beside ${path.basename(m.file)} and it is not a standard module`, "semantic-error", r.loc);
            }
            const dep = await readModule(file, r);
            if (dep.name !== r.name) {
                throw new TlaError(`the file ${file} holds module ${dep.name}, expected ${r.name}`, "semantic-error", r.loc);
            }
            await visit(dep, [], r);
        }
        // Nested modules not referenced are still part of the set.
        for (const sub of m.submodules)
            await visit(sub, scope, undefined);
        visiting.pop();
        done.add(m);
        order.push(m);
    };
    await visit(root, [], undefined);
    return { root, modules, order, standard };
}
/** A module nested in one of the scopes, innermost first. */
function findNested(scope, name) {
    for (let i = 0; i < scope.length; i++) {
        const found = scope[i].submodules.find((s) => s.name === name);
        if (found)
            return { module: found, enclosing: scope.slice(i) };
    }
    return undefined;
}
/** Every module name a module uses: its EXTENDS list, then its INSTANCEs (also those inside LET), in source order. */
export function references(m) {
    const out = m.extends.map((name, i) => ({ name, loc: m.extendsLocs?.[i] ?? m.loc }));
    const visitUnit = (u) => {
        if (u.kind === "instance") {
            out.push({ name: u.module, loc: u.moduleLoc ?? u.loc });
            for (const s of u.subs)
                visitValue(s.expr);
        }
        else if (u.kind === "opdef" || u.kind === "fndef" || u.kind === "assume") {
            visitValue(u.kind === "assume" ? u.expr : u.body);
        }
    };
    const visitValue = (v) => {
        if (Array.isArray(v)) {
            for (const x of v)
                visitValue(x);
        }
        else if (v !== null && typeof v === "object") {
            const e = v;
            if (e.kind === "let") {
                for (const d of e.defs)
                    visitUnit(d);
                visitValue(e.body);
                return;
            }
            for (const [k, x] of Object.entries(v))
                if (k !== "loc")
                    visitValue(x);
        }
    };
    for (const u of m.units)
        visitUnit(u);
    return out;
}
//# sourceMappingURL=load.js.map