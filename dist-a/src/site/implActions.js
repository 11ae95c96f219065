/**
 * The implementing functions of spec actions: every function (or constant
 * holding a function) in the implementation whose doc comment carries a
 * `@spec Module.Action` tag, found with the TypeScript compiler API, with its
 * source text.
 *
 * @module
 */
import ts from "typescript";
/** A `@spec` tag whose text is not `Module.Action`. */
export class SpecTagError extends Error {
    file;
    line;
    constructor(message, file, line) {
        super(message);
        this.file = file;
        this.line = line;
        this.name = "SpecTagError";
    }
    /** `file:line: message`. */
    format() {
        return `${this.file}:${this.line}: ${this.message}`;
    }
}
function commentText(c) {
    if (c === undefined)
        return "";
    if (typeof c === "string")
        return c;
    return c
        .map((part) => {
        // `{@link name text}`: show the name as code (the text, when given, after it).
        if (ts.isJSDocLink(part) || ts.isJSDocLinkCode(part) || ts.isJSDocLinkPlain(part)) {
            const name = part.name ? part.name.getText() : "";
            const text = part.text.trim();
            return text !== "" && name !== "" ? `${text} (\`${name}\`)` : `\`${name || text}\``;
        }
        return part.text;
    })
        .join("");
}
/** The doc comment prose of a node (its JSDoc blocks, tags left out). */
function docProse(node) {
    const docs = node.jsDoc ?? [];
    return docs
        .map((d) => commentText(d.comment))
        .join("\n\n")
        .trim();
}
/**
 * The implementing functions declared at the top level of one source file:
 * function declarations and `const f = (...) => ...` with a `@spec` tag.
 */
export function implFunctionsOfSource(text, file) {
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const found = [];
    const consider = (node, nameNode, tagHost) => {
        const tags = ts.getJSDocTags(tagHost).filter((tag) => tag.tagName.text === "spec");
        const targets = tags.map((tag) => commentText(tag.comment).trim().split(/\s+/)[0] ?? "");
        // Prose written after a tag belongs to the tag's comment: keep it, less the Module.Action words. A function may implement
        // an action of two modules (one tag each, the prose after the last): every tag gets all of it.
        const afterTags = tags.map((tag, k) => commentText(tag.comment).trim().slice(targets[k].length).trim());
        const prose = [docProse(tagHost), ...afterTags].filter((t) => t !== "").join("\n\n");
        tags.forEach((tag, k) => {
            const line = sf.getLineAndCharacterOfPosition(tag.getStart(sf)).line + 1;
            const target = targets[k];
            const m = /^([A-Za-z_]\w*)\.([A-Za-z_]\w*)$/.exec(target);
            if (!m)
                throw new SpecTagError(`a @spec tag should name Module.Action (e.g. Paxos.Phase1b), found '${target}'`, file, line);
            const start = node.getStart(sf, false);
            found.push({
                module: m[1],
                action: m[2],
                name: nameNode ? nameNode.getText(sf) : "(anonymous)",
                text: text.slice(start, node.getEnd()),
                doc: prose,
                file,
                line: sf.getLineAndCharacterOfPosition(start).line + 1,
            });
        });
    };
    for (const st of sf.statements) {
        if (ts.isFunctionDeclaration(st)) {
            consider(st, st.name, st);
        }
        else if (ts.isVariableStatement(st)) {
            for (const d of st.declarationList.declarations) {
                if (d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer)))
                    consider(st, d.name, st);
            }
        }
    }
    return found;
}
//# sourceMappingURL=implActions.js.map