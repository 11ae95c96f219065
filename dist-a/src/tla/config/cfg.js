/**
 * TLC model configuration files (`.cfg`): which operators are the initial
 * predicate, the next-state relation, the invariants and properties, and what
 * value each constant takes.
 *
 * The parser accepts TLC's configuration language: keywords followed by one
 * or more names or constant assignments, with `\*` line comments and
 * `(* ... *)` block comments, several keywords on a line or one keyword's
 * items spread over several lines. Every name keeps its location so that the
 * evaluator can say where an unknown identifier was written.
 *
 * @module
 */
import { readFile } from "node:fs/promises";
import * as path from "node:path";
import { TlaError } from "../errors.js";
/** The .tla module a cfg file configures: the file of the same base name beside it (as TLC does). */
export function moduleFileForCfg(cfgPath) {
    const dir = path.dirname(cfgPath);
    const base = path.basename(cfgPath, path.extname(cfgPath));
    return path.join(dir, `${base}.tla`);
}
/** Reads and parses a cfg file. */
export async function loadConfig(cfgPath) {
    const file = path.resolve(cfgPath);
    let text;
    try {
        text = await readFile(file, "utf8");
    }
    catch (err) {
        throw new TlaError(`cannot read the model configuration ${cfgPath}: ${err.message}`, "parse-error");
    }
    return parseConfig(text, file);
}
/** Keywords, with their plural and singular spellings mapped to one section. */
const keywords = {
    INIT: "init",
    NEXT: "next",
    SPECIFICATION: "specification",
    CONSTANT: "constants",
    CONSTANTS: "constants",
    INVARIANT: "invariants",
    INVARIANTS: "invariants",
    PROPERTY: "properties",
    PROPERTIES: "properties",
    CONSTRAINT: "constraints",
    CONSTRAINTS: "constraints",
    ACTION_CONSTRAINT: "actionConstraints",
    ACTION_CONSTRAINTS: "actionConstraints",
    SYMMETRY: "symmetry",
    VIEW: "view",
    CHECK_DEADLOCK: "checkDeadlock",
    ALIAS: "alias",
    POSTCONDITION: "postcondition",
};
function tokenize(text, file) {
    const tokens = [];
    let i = 0;
    let line = 1;
    let lineStart = 0;
    const locAt = (start, end, l = line, ls = lineStart) => ({
        file,
        line: l,
        col: start - ls + 1,
        endLine: line,
        endCol: end - lineStart + 1,
        start,
        end,
    });
    const fail = (msg, at) => {
        throw new TlaError(msg, "parse-error", locAt(at, at + 1));
    };
    while (i < text.length) {
        const c = text[i];
        if (c === "\n") {
            i++;
            line++;
            lineStart = i;
            continue;
        }
        if (c === " " || c === "\t" || c === "\r") {
            i++;
            continue;
        }
        if (text.startsWith("\\*", i)) {
            while (i < text.length && text[i] !== "\n")
                i++;
            continue;
        }
        if (text.startsWith("(*", i)) {
            const open = i;
            let depth = 0;
            while (i < text.length) {
                if (text.startsWith("(*", i)) {
                    depth++;
                    i += 2;
                }
                else if (text.startsWith("*)", i)) {
                    depth--;
                    i += 2;
                    if (depth === 0)
                        break;
                }
                else {
                    if (text[i] === "\n") {
                        line++;
                        lineStart = i + 1;
                    }
                    i++;
                }
            }
            if (depth !== 0) {
                throw new TlaError("unterminated comment '(*'", "parse-error", { ...locAt(open, open + 2), endLine: line });
            }
            continue;
        }
        const start = i;
        if (/[A-Za-z0-9_]/.test(c)) {
            while (i < text.length && /[A-Za-z0-9_]/.test(text[i]))
                i++;
            const word = text.slice(start, i);
            tokens.push({ kind: /^[0-9]+$/.test(word) ? "int" : "word", text: word, loc: locAt(start, i) });
            continue;
        }
        if (c === '"') {
            i++;
            let value = "";
            while (i < text.length && text[i] !== '"') {
                if (text[i] === "\n")
                    fail("unterminated string", start);
                if (text[i] === "\\" && i + 1 < text.length) {
                    const e = text[i + 1];
                    value += e === "n" ? "\n" : e === "t" ? "\t" : e;
                    i += 2;
                }
                else
                    value += text[i++];
            }
            if (i >= text.length)
                fail("unterminated string", start);
            i++;
            tokens.push({ kind: "str", text: value, loc: locAt(start, i) });
            continue;
        }
        for (const p of ["<-", "=", "{", "}", ",", "[", "]", "-"]) {
            if (text.startsWith(p, i)) {
                i += p.length;
                tokens.push({ kind: "punct", text: p, loc: locAt(start, i) });
                break;
            }
        }
        if (i === start)
            fail(`unexpected character '${c}'`, start);
    }
    return tokens;
}
// ---------------------------------------------------------------------------
// Parser
// ---------------------------------------------------------------------------
/** Parses the text of a cfg file; `file` is used in locations. */
export function parseConfig(text, file) {
    const toks = tokenize(text, file);
    let pos = 0;
    const peek = () => toks[pos];
    const isKeyword = (t) => !!t && t.kind === "word" && keywords[t.text] !== undefined;
    const endLoc = () => {
        const last = toks[toks.length - 1];
        return last ? { ...last.loc, line: last.loc.endLine, col: last.loc.endCol, start: last.loc.end } : { file, line: 1, col: 1, endLine: 1, endCol: 1, start: 0, end: 0 };
    };
    const fail = (msg, t) => {
        throw new TlaError(t ? msg : `${msg}, found the end of the file`, "parse-error", t?.loc ?? endLoc());
    };
    let init;
    let next;
    let specification;
    let symmetry;
    let view;
    let alias;
    let checkDeadlock;
    const constants = [];
    const invariants = [];
    const properties = [];
    const constraints = [];
    const actionConstraints = [];
    const postconditions = [];
    const notes = [];
    const name = (what) => {
        const t = peek();
        if (!t || t.kind !== "word" || isKeyword(t))
            return fail(`expected ${what}`, t);
        pos++;
        return { name: t.text, loc: t.loc };
    };
    /** Names up to the next keyword: at least one, unless `mayBeEmpty` (an empty INVARIANT or PROPERTY list, which TLC accepts). */
    const names = (keyword, mayBeEmpty = false) => {
        if (mayBeEmpty && (!peek() || isKeyword(peek())))
            return [];
        const out = [name(`a name after ${keyword.text}`)];
        while (peek() && !isKeyword(peek())) {
            if (peek().kind === "punct" && peek().text === ",")
                pos++;
            out.push(name(`a name after ${keyword.text}`));
        }
        return out;
    };
    const single = (keyword, current) => {
        const ns = names(keyword);
        if (ns.length > 1) {
            const extra = ns[1];
            throw new TlaError(`${keyword.text} takes one name, but '${extra.name}' follows (it is not a keyword)`, "parse-error", extra.loc);
        }
        if (current)
            fail(`${keyword.text} is given twice (first at ${current.loc.line}:${current.loc.col})`, keyword);
        return ns[0];
    };
    const value = () => {
        const t = peek();
        if (!t)
            return fail("expected a value", t);
        pos++;
        if (t.kind === "int")
            return { kind: "int", value: BigInt(t.text), loc: t.loc };
        if (t.kind === "str")
            return { kind: "str", value: t.text, loc: t.loc };
        if (t.kind === "punct" && t.text === "-") {
            const n = peek();
            if (!n || n.kind !== "int")
                return fail("expected a number after '-'", n);
            pos++;
            return { kind: "int", value: -BigInt(n.text), loc: { ...t.loc, endLine: n.loc.endLine, endCol: n.loc.endCol, end: n.loc.end } };
        }
        if (t.kind === "punct" && t.text === "{") {
            const elems = [];
            if (peek()?.text === "}") {
                pos++;
            }
            else {
                for (;;) {
                    elems.push(value());
                    const sep = peek();
                    if (sep?.text === ",") {
                        pos++;
                        continue;
                    }
                    if (sep?.text === "}") {
                        pos++;
                        break;
                    }
                    return fail("expected ',' or '}' in a set", sep);
                }
            }
            const close = toks[pos - 1];
            return { kind: "set", elems, loc: { ...t.loc, endLine: close.loc.endLine, endCol: close.loc.endCol, end: close.loc.end } };
        }
        if (t.kind === "word" && !isKeyword(t)) {
            if (t.text === "TRUE" || t.text === "FALSE")
                return { kind: "bool", value: t.text === "TRUE", loc: t.loc };
            return { kind: "modelvalue", name: t.text, loc: t.loc };
        }
        return fail(`expected a value (a number, a string, TRUE, FALSE, a model value or a set), not '${t.text}'`, t);
    };
    // `[M]` before a value or a replacing definition: the module whose definition is meant.
    const qualifier = () => {
        if (peek()?.text !== "[")
            return undefined;
        pos++;
        const module = name("a module name in '[Module]'");
        if (peek()?.text !== "]")
            fail("expected ']' after the module name", peek());
        pos++;
        return module;
    };
    const constantEntries = (keyword) => {
        let count = 0;
        while (peek() && !isKeyword(peek())) {
            if (count > 0 && peek().text === ",")
                pos++;
            const n = name(`a constant name after ${keyword.text}`);
            const op = peek();
            if (op?.text === "=") {
                pos++;
                const module = qualifier();
                constants.push({ kind: "value", name: n.name, loc: n.loc, value: value(), ...(module ? { module } : {}) });
            }
            else if (op?.text === "<-") {
                pos++;
                const module = qualifier();
                constants.push({ kind: "replace", name: n.name, loc: n.loc, by: name("a definition name after '<-'"), module });
            }
            else {
                fail(`expected '=' or '<-' after the constant ${n.name}`, op);
            }
            count++;
        }
        if (count === 0)
            fail(`expected a constant assignment after ${keyword.text}`, peek());
    };
    while (pos < toks.length) {
        const kw = toks[pos];
        const section = kw.kind === "word" ? keywords[kw.text] : undefined;
        if (!section)
            fail(`expected a keyword such as INIT, NEXT, SPECIFICATION, CONSTANT or INVARIANT, not '${kw.text}'`, kw);
        pos++;
        switch (section) {
            case "init":
                init = single(kw, init);
                break;
            case "next":
                next = single(kw, next);
                break;
            case "specification":
                specification = single(kw, specification);
                break;
            case "symmetry":
                symmetry = single(kw, symmetry);
                break;
            case "view":
                view = single(kw, view);
                break;
            case "alias":
                alias = single(kw, alias);
                notes.push(`${file}:${kw.loc.line}:${kw.loc.col}: ALIAS ${alias.name} is accepted and ignored`);
                break;
            case "constants":
                constantEntries(kw);
                break;
            case "invariants":
                invariants.push(...names(kw, true));
                break;
            case "properties":
                properties.push(...names(kw, true));
                break;
            case "constraints":
                constraints.push(...names(kw, true));
                break;
            case "actionConstraints":
                actionConstraints.push(...names(kw, true));
                break;
            case "checkDeadlock": {
                const t = peek();
                if (!t || (t.text !== "TRUE" && t.text !== "FALSE"))
                    fail("expected TRUE or FALSE after CHECK_DEADLOCK", t);
                pos++;
                checkDeadlock = t.text === "TRUE";
                break;
            }
            case "postcondition":
                postconditions.push(...names(kw));
                break;
        }
    }
    if (specification && (init || next)) {
        const other = (init ?? next);
        throw new TlaError(`SPECIFICATION cannot be combined with INIT/NEXT (SPECIFICATION at ${specification.loc.line}:${specification.loc.col})`, "semantic-error", other.loc);
    }
    return {
        file,
        init,
        next,
        specification,
        constants,
        invariants,
        properties,
        constraints,
        actionConstraints,
        postconditions,
        symmetry,
        view,
        checkDeadlock,
        alias,
        notes,
    };
}
//# sourceMappingURL=cfg.js.map