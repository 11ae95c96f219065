export class TlaError extends Error {
    kind;
    loc;
    constructor(message, kind = "semantic-error", loc) {
        super(message);
        this.kind = kind;
        this.loc = loc;
        this.name = "TlaError";
    }
    /** `file:line:col: message`, or the bare message when there is no location. */
    format() {
        return this.loc ? `${formatLoc(this.loc)}: ${this.message}` : this.message;
    }
}
/** `file:line:col` of a location. */
function formatLoc(loc) {
    return `${loc.file}:${loc.line}:${loc.col}`;
}
/**
 * For code that evaluates an expression which may fail as TLA+ (a value
 * outside a set, a CHOOSE without witness, a primed variable read before it
 * is assigned) and has an answer for that case, such as an explanation that
 * treats the failed part as false: a failure of any other kind is a bug and
 * goes on.
 */
export function rethrowUnlessTla(e) {
    if (!(e instanceof TlaError))
        throw e;
}
/** Whether `err` is a failed system call (a missing file, a folder, no permission), as opposed to a bug. */
export function isSystemError(err) {
    return typeof err?.code === "string";
}
//# sourceMappingURL=errors.js.map