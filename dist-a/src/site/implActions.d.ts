/** A function that says, by its `@spec` tag, which spec action it implements. */
export interface ImplFunction {
    /** The module the tag names: `Paxos`. */
    readonly module: string;
    /** The action the tag names: `Phase1b`. */
    readonly action: string;
    /** The function's name: `phase1b`. */
    readonly name: string;
    /** The function's source text, without its doc comment. */
    readonly text: string;
    /** The doc comment's prose (Markdown), without comment markers or the `@spec Module.Action` words. */
    readonly doc: string;
    /** The file (as given) and the 1-based line where the function starts. */
    readonly file: string;
    readonly line: number;
}
/** A `@spec` tag whose text is not `Module.Action`. */
export declare class SpecTagError extends Error {
    readonly file: string;
    readonly line: number;
    constructor(message: string, file: string, line: number);
    /** `file:line: message`. */
    format(): string;
}
/**
 * The implementing functions declared at the top level of one source file:
 * function declarations and `const f = (...) => ...` with a `@spec` tag.
 */
export declare function implFunctionsOfSource(text: string, file: string): ImplFunction[];
