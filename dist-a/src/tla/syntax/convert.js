import { TlaError, rethrowUnlessTla } from "../errors.js";
import { infixNames, postfixNames, prefixNames, reservedWords, unsupportedInfix } from "./operators.js";
import { syntaxError } from "./syntaxError.js";
/**
 * Converts a parsed file (its tree and text) into the AST of its first module,
 * with the modules written after it in the file as its `following`.
 * `reparse` (the same parser) lets syntax errors be located one definition at a time.
 */
export function convertTree(tree, source, file, reparse) {
    const root = tree.rootNode;
    const err = syntaxError(root, source, file, reparse);
    if (err)
        throw err;
    const moduleNodes = root.namedChildren.filter((c) => c?.type === "module");
    const moduleNode = moduleNodes[0];
    if (!moduleNode) {
        throw new TlaError("no module found: expected a line such as '---- MODULE Name ----'", "parse-error", {
            file,
            line: 1,
            col: 1,
            endLine: 1,
            endCol: 1,
            start: 0,
            end: 0,
        });
    }
    const first = new Converter(file, source).module(moduleNode);
    if (moduleNodes.length === 1)
        return first;
    return { ...first, following: moduleNodes.slice(1).map((n) => new Converter(file, source).module(n)) };
}
/** Named children, without comments (comments are extras and may appear anywhere). */
function kids(n) {
    const out = [];
    for (const c of n.namedChildren) {
        if (c && c.type !== "comment" && c.type !== "block_comment")
            out.push(c);
    }
    return out;
}
/** The first named, non-comment child, which must exist. */
function firstKid(n) {
    const k = kids(n)[0];
    if (!k)
        throw new Error(`tree-sitter node ${n.type} has no children`);
    return k;
}
/** Children that fill a field, without punctuation and comments. */
function fieldKids(n, field) {
    return n.childrenForFieldName(field).filter((c) => !!c && c.isNamed && c.type !== "comment" && c.type !== "block_comment");
}
function field(n, name) {
    const c = n.childForFieldName(name);
    if (!c)
        throw new Error(`tree-sitter node ${n.type} has no field ${name}`);
    return c;
}
const commentTypes = new Set(["comment", "block_comment"]);
/**
 * The last token of a node that is not a comment. tree-sitter keeps comments
 * as extras inside whatever node is open, so a definition's node can run on
 * into the comment that introduces the next definition; locations end here
 * instead.
 */
function contentEnd(n) {
    let cur = n;
    for (;;) {
        let i = cur.childCount - 1;
        while (i >= 0 && commentTypes.has(cur.child(i).type))
            i--;
        if (i < 0)
            return cur;
        cur = cur.child(i);
    }
}
/** The comments at the very end of a node (after its last non-comment token), in source order. */
function trailingComments(n) {
    const found = [];
    let cur = n;
    while (cur) {
        let i = cur.childCount - 1;
        while (i >= 0 && commentTypes.has(cur.child(i).type))
            found.push(cur.child(i--));
        cur = i >= 0 ? cur.child(i) : null;
    }
    return found.sort((a, b) => a.startIndex - b.startIndex);
}
class Converter {
    file;
    source;
    constructor(file, source) {
        this.file = file;
        this.source = source;
    }
    loc(n) {
        const s = n.startPosition;
        const last = contentEnd(n);
        const e = last.endPosition;
        return {
            file: this.file,
            line: s.row + 1,
            col: s.column + 1,
            endLine: e.row + 1,
            endCol: e.column + 1,
            start: n.startIndex,
            end: last.endIndex,
        };
    }
    /** Location spanning from the start of `a` to the end of `b`. */
    span(a, b) {
        const la = this.loc(a);
        const lb = this.loc(b);
        return { ...la, endLine: lb.endLine, endCol: lb.endCol, end: lb.end };
    }
    unsupported(what, n) {
        throw new TlaError(`${what} is not supported`, "semantic-error", this.loc(n));
    }
    // -------------------------------------------------------------------------
    // Modules and units
    // -------------------------------------------------------------------------
    module(n) {
        const nameNode = field(n, "name");
        const extendsNames = [];
        const extendsLocs = [];
        const units = [];
        const submodules = [];
        let comments = [];
        let prevEndRow = nameNode.endPosition.row;
        for (const c of n.namedChildren) {
            if (!c)
                continue;
            if (commentTypes.has(c.type)) {
                // A comment on the same line as the end of the previous unit trails it.
                if (c.startPosition.row > prevEndRow && !/--(fair\s+)?algorithm\b/.test(c.text))
                    comments.push(c);
                else if (comments.length > 0)
                    comments = [];
                continue;
            }
            const doc = this.docOf(comments, c);
            comments = [];
            prevEndRow = contentEnd(c).endPosition.row;
            // tree-sitter attaches the comments between two definitions to the end of
            // the first one: they belong to the next definition.
            for (const t of trailingComments(c))
                if (t.startPosition.row > prevEndRow)
                    comments.push(t);
            switch (c.type) {
                case "header_line":
                case "double_line":
                case "single_line":
                case "identifier":
                    break;
                case "extends":
                    for (const r of kids(c)) {
                        extendsNames.push(r.text);
                        extendsLocs.push(this.loc(r));
                    }
                    break;
                case "module":
                    submodules.push(this.module(c));
                    break;
                case "theorem": {
                    const named = this.namedTheorem(c);
                    if (named)
                        units.push(named);
                    break;
                }
                case "use_or_hide":
                    break;
                default:
                    units.push(this.unit(c, false, doc));
            }
        }
        return {
            name: nameNode.text,
            file: this.file,
            source: this.source,
            extends: extendsNames,
            extendsLocs,
            units,
            submodules,
            loc: this.loc(n),
        };
    }
    /**
     * `THEOREM T == e` (or LEMMA, ...) defines `T` as `e`, which an ASSUME may
     * use (TLC evaluates it there). Its proof is skipped. A theorem without a
     * name, an `ASSUME ... PROVE` or a statement outside the supported subset
     * defines nothing: using its name is then an unknown identifier.
     */
    namedTheorem(n) {
        const name = n.childForFieldName("name");
        const statement = n.childForFieldName("statement");
        if (!name || !statement || statement.type === "assume_prove")
            return undefined;
        try {
            return { kind: "opdef", name: name.text, params: [], body: this.expr(statement), local: false, loc: this.loc(n) };
        }
        catch (e) {
            rethrowUnlessTla(e);
            return undefined;
        }
    }
    /** The prose of the comments just above a definition (at most one blank line between each). */
    docOf(comments, def) {
        let first = comments.length;
        let nextRow = def.startPosition.row;
        for (let i = comments.length - 1; i >= 0; i--) {
            const c = comments[i];
            if (nextRow - c.endPosition.row > 2)
                break;
            first = i;
            nextRow = c.startPosition.row;
        }
        if (first === comments.length)
            return undefined;
        const lines = [];
        for (const c of comments.slice(first))
            lines.push(...commentLines(c.text, c.startPosition.column));
        return tidyDoc(lines);
    }
    unit(n, local, doc) {
        switch (n.type) {
            case "local_definition":
                return this.unit(firstKid(n), true, doc);
            case "constant_declaration":
                return { kind: "constants", decls: kids(n).map((d) => this.paramDecl(d)), loc: this.loc(n) };
            case "variable_declaration":
                return { kind: "variables", names: kids(n).map((d) => d.text), loc: this.loc(n) };
            case "recursive_declaration":
                return { kind: "recursive", decls: kids(n).map((d) => this.paramDecl(d)), loc: this.loc(n) };
            case "operator_definition":
                return this.opDef(n, local, doc);
            case "function_definition":
                return this.fnDef(n, local, doc);
            case "instance":
                return this.instance(n, undefined, [], local, n);
            case "module_definition":
                return this.instance(field(n, "definition"), field(n, "name").text, this.params(n), local, n);
            case "assumption": {
                const nameNode = n.childForFieldName("name");
                const parts = kids(n).filter((c) => c.id !== nameNode?.id && c.type !== "def_eq");
                const body = parts[parts.length - 1];
                if (!body)
                    throw new TlaError("ASSUME without an expression", "parse-error", this.loc(n));
                return { kind: "assume", name: nameNode?.text, expr: this.expr(body), loc: this.loc(n) };
            }
            case "pcal_algorithm":
                return this.unsupported("a PlusCal algorithm outside a comment", n);
            default:
                return this.unsupported(`the construct '${n.type}'`, n);
        }
    }
    /** `N` or `F(_, _)` or `_ + _` in CONSTANT and RECURSIVE declarations. */
    paramDecl(n) {
        if (n.type === "identifier")
            return { name: n.text, arity: 0 };
        if (n.type === "operator_declaration") {
            const name = this.opName(field(n, "name"));
            const arity = n.namedChildren.filter((c) => c?.type === "placeholder").length;
            return { name, arity };
        }
        return this.unsupported(`the declaration '${n.text}'`, n);
    }
    /** The parameters of an operator or instance definition. */
    params(n) {
        return fieldKids(n, "parameter").map((p) => this.paramDecl(p));
    }
    /** The name of a defined or declared operator: an identifier or a symbol in canonical form. */
    opName(n) {
        switch (n.type) {
            case "identifier":
            case "identifier_ref":
                return n.text;
            case "infix_op_symbol":
            case "prefix_op_symbol":
            case "postfix_op_symbol":
                return this.symbolName(n);
            case "nat_number_set":
                return "Nat";
            case "int_number_set":
                return "Int";
            case "real_number_set":
                return "Real";
            default:
                return this.unsupported(`the operator name '${n.text}'`, n);
        }
    }
    /** Canonical name of an `infix_op_symbol` / `prefix_op_symbol` / `postfix_op_symbol`. */
    symbolName(n) {
        const sym = firstKid(n);
        const t = sym.type;
        const name = n.type === "infix_op_symbol" ? infixNames[t] : n.type === "prefix_op_symbol" ? prefixNames[t] : postfixNames[t];
        if (name === undefined) {
            const what = unsupportedInfix[t];
            return this.unsupported(what ?? `the operator '${n.text}'`, n);
        }
        return name;
    }
    opDef(n, local, doc) {
        const def = {
            kind: "opdef",
            name: this.opName(field(n, "name")),
            params: this.params(n),
            body: this.expr(field(n, "definition")),
            local,
            loc: this.loc(n),
            ...(doc !== undefined ? { doc } : {}),
        };
        return def;
    }
    fnDef(n, local, doc) {
        return {
            kind: "fndef",
            name: field(n, "name").text,
            bounds: kids(n)
                .filter((c) => c.type === "quantifier_bound")
                .map((b) => this.bound(b)),
            body: this.expr(field(n, "definition")),
            local,
            loc: this.loc(n),
            ...(doc !== undefined ? { doc } : {}),
        };
    }
    instance(n, name, params, local, whole) {
        if (n.type !== "instance")
            return this.unsupported(`the definition '${n.text}'`, n);
        const ks = kids(n);
        const modNode = ks[0];
        const subs = [];
        for (const s of ks.slice(1)) {
            if (s.type !== "substitution")
                continue;
            const parts = kids(s).filter((c) => c.type !== "gets");
            const [lhs, rhs] = parts;
            if (!lhs || !rhs)
                throw new TlaError("incomplete substitution in INSTANCE ... WITH", "parse-error", this.loc(s));
            subs.push({ name: this.opName(lhs), expr: this.exprOrOp(rhs) });
        }
        return {
            kind: "instance",
            name,
            params,
            module: modNode.text,
            moduleLoc: this.loc(modNode),
            subs,
            local,
            loc: this.loc(whole),
        };
    }
    // -------------------------------------------------------------------------
    // Expressions
    // -------------------------------------------------------------------------
    /** An operator argument: an expression, an operator symbol (as an Ident naming it) or a LAMBDA. */
    exprOrOp(n) {
        switch (n.type) {
            case "infix_op_symbol":
            case "prefix_op_symbol":
            case "postfix_op_symbol":
                return { kind: "ident", name: this.symbolName(n), loc: this.loc(n) };
            case "lambda": {
                const ks = kids(n);
                const body = ks[ks.length - 1];
                return {
                    kind: "lambda",
                    params: ks.slice(0, -1).map((p) => p.text),
                    body: this.expr(body),
                    loc: this.loc(n),
                };
            }
            default:
                return this.expr(n);
        }
    }
    expr(n) {
        const loc = this.loc(n);
        switch (n.type) {
            case "parentheses":
                return this.expr(firstKid(n));
            case "identifier_ref": {
                const name = n.text;
                if (reservedWords.has(name)) {
                    throw new TlaError(`syntax error near '${name}': a keyword cannot be used as an expression`, "parse-error", loc);
                }
                return { kind: "ident", name, loc };
            }
            case "nat_number":
                return { kind: "num", value: BigInt(n.text), loc };
            case "binary_number":
            case "octal_number":
            case "hex_number": {
                const digits = kids(n).find((c) => c.type === "value")?.text ?? "";
                const prefix = n.type === "binary_number" ? "0b" : n.type === "octal_number" ? "0o" : "0x";
                return { kind: "num", value: BigInt(prefix + digits), loc };
            }
            case "real_number":
                return this.unsupported(`the real number ${n.text}`, n);
            case "string":
                return { kind: "str", value: unescapeString(n.text), loc };
            case "boolean":
                return { kind: "bool", value: n.text === "TRUE", loc };
            case "nat_number_set":
                return { kind: "builtinset", name: "Nat", loc };
            case "int_number_set":
                return { kind: "builtinset", name: "Int", loc };
            case "string_set":
                return { kind: "builtinset", name: "STRING", loc };
            case "boolean_set":
                return { kind: "builtinset", name: "BOOLEAN", loc };
            // `Real` is the module Reals' definition, which is not supported; but a
            // module may define a `Real` of its own (`Real == 0..MaxReal`), as
            // SANY allows: it is a name like any other.
            case "real_number_set":
                return { kind: "ident", name: "Real", loc };
            case "bound_infix_op":
                return this.infix(n);
            case "bound_prefix_op":
                return this.prefix(field(n, "symbol"), field(n, "rhs"), n);
            case "bound_postfix_op":
                return this.postfix(field(n, "symbol"), field(n, "lhs"), n);
            case "bound_nonfix_op":
                return this.nonfix(n);
            case "bound_op":
                return {
                    kind: "opapp",
                    name: this.identName(field(n, "name")),
                    args: fieldKids(n, "parameter").map((a) => this.exprOrOp(a)),
                    loc,
                };
            case "prefixed_op":
                return this.prefixedOp(n);
            case "conj_list":
            case "disj_list":
                return {
                    kind: n.type === "conj_list" ? "and" : "or",
                    args: kids(n).map((item) => this.expr(kids(item).find((c) => c.type !== "bullet_conj" && c.type !== "bullet_disj"))),
                    bulleted: true,
                    loc,
                };
            case "finite_set_literal":
                return { kind: "setenum", elems: kids(n).map((e) => this.expr(e)), loc };
            case "tuple_literal":
                return {
                    kind: "tuple",
                    elems: kids(n)
                        .filter((c) => c.type !== "langle_bracket" && c.type !== "rangle_bracket")
                        .map((e) => this.expr(e)),
                    loc,
                };
            case "set_filter":
                return { kind: "setfilter", bound: this.bound(field(n, "generator")), pred: this.expr(field(n, "filter")), loc };
            case "set_map":
                return {
                    kind: "setmap",
                    expr: this.expr(field(n, "map")),
                    bounds: fieldKids(n, "generator").map((b) => this.bound(b)),
                    loc,
                };
            case "function_literal": {
                const ks = kids(n);
                return {
                    kind: "fnctor",
                    bounds: ks.filter((c) => c.type === "quantifier_bound").map((b) => this.bound(b)),
                    body: this.expr(ks[ks.length - 1]),
                    loc,
                };
            }
            case "function_evaluation": {
                const [fn, ...args] = kids(n);
                return { kind: "fnapp", fn: this.expr(fn), args: args.map((a) => this.expr(a)), loc };
            }
            case "set_of_functions": {
                const [dom, , range] = kids(n);
                return { kind: "fnset", domain: this.expr(dom), range: this.expr(range), loc };
            }
            case "record_literal": {
                const ks = kids(n).filter((c) => c.type !== "all_map_to");
                const fields = [];
                for (let i = 0; i + 1 < ks.length; i += 2)
                    fields.push({ name: ks[i].text, expr: this.expr(ks[i + 1]) });
                return { kind: "record", fields, loc };
            }
            case "set_of_records": {
                const ks = kids(n);
                const fields = [];
                for (let i = 0; i + 1 < ks.length; i += 2)
                    fields.push({ name: ks[i].text, set: this.expr(ks[i + 1]) });
                return { kind: "recordset", fields, loc };
            }
            case "record_value": {
                const [rec, fieldName] = kids(n);
                return { kind: "field", record: this.expr(rec), field: fieldName.text, loc };
            }
            case "except":
                return this.except(n);
            case "prev_func_val":
                return { kind: "at", loc };
            case "bounded_quantification":
                return {
                    kind: field(n, "quantifier").type === "forall" ? "forall" : "exists",
                    bounds: fieldKids(n, "bound").map((b) => this.bound(b)),
                    body: this.expr(field(n, "expression")),
                    loc,
                };
            case "unbounded_quantification": {
                const q = field(n, "quantifier");
                if (q.type === "temporal_forall")
                    return this.unsupported("temporal universal quantification \\AA", n);
                if (q.type === "temporal_exists")
                    return this.unsupported("temporal existential quantification \\EE", n);
                const names = fieldKids(n, "intro");
                const bound = { names: names.map((x) => x.text), tuple: false, set: undefined, loc: this.span(names[0], names[names.length - 1]) };
                return { kind: q.type === "forall" ? "forall" : "exists", bounds: [bound], body: this.expr(field(n, "expression")), loc };
            }
            case "choose": {
                const intro = field(n, "intro");
                const set = n.childForFieldName("set");
                const tuple = intro.type === "tuple_of_identifiers";
                const names = tuple
                    ? kids(intro)
                        .filter((c) => c.type === "identifier")
                        .map((c) => c.text)
                    : [intro.text];
                const bound = {
                    names,
                    tuple,
                    set: set ? this.expr(set) : undefined,
                    loc: set ? this.span(intro, set) : this.loc(intro),
                };
                return { kind: "choose", bound, body: this.expr(field(n, "expression")), loc };
            }
            case "if_then_else":
                return {
                    kind: "if",
                    cond: this.expr(field(n, "if")),
                    then: this.expr(field(n, "then")),
                    else: this.expr(field(n, "else")),
                    loc,
                };
            case "case": {
                const arms = [];
                let other;
                for (const c of kids(n)) {
                    if (c.type === "case_arm") {
                        const [g, , v] = kids(c);
                        arms.push({ guard: this.expr(g), value: this.expr(v) });
                    }
                    else if (c.type === "other_arm") {
                        other = this.expr(kids(c).find((k) => k.type !== "case_arrow"));
                    }
                }
                return { kind: "case", arms, other, loc };
            }
            case "let_in":
                return {
                    kind: "let",
                    defs: fieldKids(n, "definitions").map((d) => this.unit(d, false, undefined)),
                    body: this.expr(field(n, "expression")),
                    loc,
                };
            case "step_expr_or_stutter": {
                const [action, sub] = kids(n);
                return { kind: "step", box: true, action: this.expr(action), sub: this.expr(sub), loc };
            }
            case "step_expr_no_stutter": {
                const [action, sub] = kids(n).filter((c) => c.type !== "langle_bracket" && c.type !== "rangle_bracket_sub");
                return { kind: "step", box: false, action: this.expr(action), sub: this.expr(sub), loc };
            }
            case "fairness": {
                const [sub, action] = kids(n);
                const op = n.child(0)?.text === "SF_" ? "SF" : "WF";
                return { kind: "temporal", op, args: [this.expr(action)], sub: this.expr(sub), loc };
            }
            case "label":
                return this.expr(field(n, "expression"));
            case "lambda":
                return this.unsupported("LAMBDA outside an operator argument", n);
            case "subexpression":
                return this.subexpression(n);
            case "proof_step_ref":
                return this.unsupported(`the subexpression reference '${n.text}'`, n);
            default:
                return this.unsupported(`the expression '${abbreviate(n.text)}' (${n.type})`, n);
        }
    }
    identName(n) {
        const name = n.text;
        if (reservedWords.has(name)) {
            throw new TlaError(`syntax error near '${name}': a keyword cannot be used as an operator name`, "parse-error", this.loc(n));
        }
        return name;
    }
    /** Infix applications; `/\`, `\/` and `\X` chains are flattened into one n-ary node. */
    infix(n) {
        const symbol = field(n, "symbol");
        const t = symbol.type;
        const loc = this.loc(n);
        if (t === "land" || t === "lor" || t === "times") {
            const operands = [];
            const collect = (m) => {
                if (m.type === "bound_infix_op" && m.childForFieldName("symbol")?.type === t) {
                    collect(field(m, "lhs"));
                    collect(field(m, "rhs"));
                }
                else
                    operands.push(m);
            };
            collect(n);
            const args = operands.map((o) => this.expr(o));
            if (t === "times")
                return { kind: "times", sets: args, loc };
            return { kind: t === "land" ? "and" : "or", args, loc };
        }
        return this.applyInfix(symbol, [this.expr(field(n, "lhs")), this.expr(field(n, "rhs"))], n);
    }
    applyInfix(symbol, args, whole) {
        const t = symbol.type === "infix_op_symbol" ? firstKid(symbol).type : symbol.type;
        const loc = this.loc(whole);
        switch (t) {
            case "land":
                return { kind: "and", args, loc };
            case "lor":
                return { kind: "or", args, loc };
            case "times":
                return { kind: "times", sets: args, loc };
            case "leads_to":
                return { kind: "temporal", op: "leadsto", args, loc };
        }
        const name = infixNames[t];
        if (name === undefined)
            return this.unsupported(unsupportedInfix[t] ?? `the operator '${symbol.text}'`, symbol);
        return { kind: "opapp", name, args, loc };
    }
    prefix(symbol, operand, whole) {
        const t = symbol.type === "prefix_op_symbol" ? firstKid(symbol).type : symbol.type;
        const loc = this.loc(whole);
        const e = this.expr(operand);
        switch (t) {
            case "unchanged":
                return { kind: "unchanged", expr: e, loc };
            case "enabled":
                return { kind: "enabled", expr: e, loc };
            case "always":
                return { kind: "temporal", op: "always", args: [e], loc };
            case "eventually":
                return { kind: "temporal", op: "eventually", args: [e], loc };
        }
        const name = prefixNames[t];
        if (name === undefined)
            return this.unsupported(`the prefix operator '${symbol.text}'`, symbol);
        return { kind: "opapp", name, args: [e], loc };
    }
    postfix(symbol, operand, whole) {
        const t = symbol.type === "postfix_op_symbol" ? firstKid(symbol).type : symbol.type;
        const loc = this.loc(whole);
        const e = this.expr(operand);
        if (t === "prime")
            return { kind: "prime", expr: e, loc };
        const name = postfixNames[t];
        if (name === undefined)
            return this.unsupported(`the postfix operator '${symbol.text}'`, symbol);
        return { kind: "opapp", name, args: [e], loc };
    }
    /** `+(a, b)`, `-.(a)`, `'(a)`: an operator symbol applied like a named operator. */
    nonfix(n) {
        const symbol = field(n, "symbol");
        const operands = kids(n).filter((c) => c !== symbol && c.id !== symbol.id);
        if (symbol.type === "infix_op_symbol") {
            return this.applyInfix(symbol, operands.map((o) => this.expr(o)), n);
        }
        if (symbol.type === "prefix_op_symbol")
            return this.prefix(symbol, operands[0], n);
        return this.postfix(symbol, operands[0], n);
    }
    /** `Op!:`, `Op!2`, `Op!1!2`: a name followed by selectors (see {@link SubExpr}). */
    subexpression(n) {
        const unsupported = () => this.unsupported(`the subexpression reference '${abbreviate(n.text)}'`, n);
        const steps = [];
        const flatten = (c) => {
            for (const k of kids(c)) {
                if (k.type === "subexpr_prefix")
                    flatten(k);
                else
                    steps.push(k);
            }
        };
        flatten(n);
        const [first, ...rest] = steps;
        if (!first || first.type !== "subexpr_component" || firstKid(first).type !== "identifier_ref" || rest.length === 0)
            return unsupported();
        const path = [];
        for (const r of rest) {
            if (r.type !== "subexpr_tree_nav")
                return unsupported();
            const k = firstKid(r);
            if (k.type === "colon")
                path.push(":");
            else if (k.type === "child_id" && /^\d+$/.test(k.text))
                path.push(Number(k.text));
            else
                return unsupported();
        }
        return { kind: "subexpr", name: firstKid(first).text, path, loc: this.loc(n) };
    }
    /** `I!Op`, `I(x)!Op(a)`, `I!J!Op`. */
    prefixedOp(n) {
        const prefix = field(n, "prefix");
        const path = [];
        for (const c of kids(prefix)) {
            if (c.type !== "subexpr_component")
                return this.unsupported(`the subexpression reference '${abbreviate(n.text)}'`, n);
            const k = firstKid(c);
            if (k.type === "identifier_ref")
                path.push({ name: k.text, args: [] });
            else if (k.type === "bound_op") {
                path.push({ name: field(k, "name").text, args: fieldKids(k, "parameter").map((a) => this.exprOrOp(a)) });
            }
            else
                return this.unsupported(`the subexpression reference '${abbreviate(n.text)}'`, n);
        }
        const op = field(n, "op");
        const loc = this.loc(n);
        switch (op.type) {
            case "identifier_ref":
                return { kind: "instanceop", path, name: op.text, args: [], loc };
            case "bound_op":
                return {
                    kind: "instanceop",
                    path,
                    name: field(op, "name").text,
                    args: fieldKids(op, "parameter").map((a) => this.exprOrOp(a)),
                    loc,
                };
            case "bound_nonfix_op": {
                const symbol = field(op, "symbol");
                const operands = kids(op).filter((c) => c.id !== symbol.id);
                return { kind: "instanceop", path, name: this.symbolName(symbol), args: operands.map((o) => this.expr(o)), loc };
            }
            default:
                return this.unsupported(`the subexpression reference '${abbreviate(n.text)}'`, n);
        }
    }
    except(n) {
        const updates = [];
        for (const u of kids(n)) {
            if (u.type !== "except_update")
                continue;
            const spec = fieldKids(u, "update_specifier").find((c) => c.type === "except_update_specifier");
            if (!spec)
                throw new TlaError("EXCEPT clause without a path", "parse-error", this.loc(u));
            const path = kids(spec).map((s) => s.type === "except_update_record_field" ? { kind: "field", name: firstKid(s).text } : { kind: "index", args: kids(s).map((a) => this.expr(a)) });
            updates.push({ path, value: this.expr(field(u, "new_val")) });
        }
        return { kind: "except", fn: this.expr(field(n, "expr_to_update")), updates, loc: this.loc(n) };
    }
    /** A `quantifier_bound`: `x, y \in S` or `<<x, y>> \in S`. */
    bound(n) {
        const intro = fieldKids(n, "intro");
        const set = this.expr(field(n, "set"));
        if (intro.length === 1 && intro[0].type === "tuple_of_identifiers") {
            const names = kids(intro[0])
                .filter((c) => c.type === "identifier")
                .map((c) => c.text);
            return { names, tuple: true, set, loc: this.loc(n) };
        }
        return { names: intro.map((c) => c.text), tuple: false, set, loc: this.loc(n) };
    }
}
/** Shortens text for an error message. */
function abbreviate(text) {
    const one = text.replace(/\s+/g, " ").trim();
    return one.length > 40 ? `${one.slice(0, 37)}...` : one;
}
/** Processes the escapes of a TLA+ string literal (given with its quotes). */
function unescapeString(lit) {
    const body = lit.slice(1, -1);
    return body.replace(/\\(.)/gs, (_, c) => {
        switch (c) {
            case "n":
                return "\n";
            case "t":
                return "\t";
            case "r":
                return "\r";
            case "f":
                return "\f";
            default:
                return c; // \" and \\ (and any other escaped character) stand for themselves
        }
    });
}
/**
 * The text lines of one comment (a comment node may hold several adjacent
 * block comments). Comment markers become spaces so that columns stay aligned
 * across lines; the first line is indented by the comment's own column.
 */
function commentLines(text, column) {
    const lines = (" ".repeat(column) + text).split(/\r?\n/);
    return lines.map((l) => l
        .replace(/^(\s*)\\\*/, "$1  ")
        .replace(/\(\*/g, "  ")
        .replace(/\*\)/g, "  ")
        .replace(/^(\s*)\*+(?:\s|$)/, "$1")
        .replace(/\*+\s*$/, "")
        .replace(/\s+$/, ""));
}
/**
 * Removes box decoration from comment lines (leading and trailing runs of `*`,
 * lines that are only `*`, `-` or `=`), drops blank lines at both ends and the
 * common indentation; returns undefined when nothing is left.
 */
function tidyDoc(raw) {
    const cleaned = raw.map((l) => (/^\s*[*\-=]*\s*$/.test(l) ? "" : l));
    while (cleaned.length && cleaned[0] === "")
        cleaned.shift();
    while (cleaned.length && cleaned[cleaned.length - 1] === "")
        cleaned.pop();
    if (cleaned.length === 0)
        return undefined;
    const indent = Math.min(...cleaned.filter((l) => l !== "").map((l) => /^ */.exec(l)[0].length));
    return cleaned.map((l) => l.slice(indent)).join("\n");
}
//# sourceMappingURL=convert.js.map