/**
 * The result of a model-checking run, in one shape for both checkers: our
 * in-process engine (`paxos check`) and TLC through the tla2tools runner
 * (`paxos tlc`). `--json` prints exactly {@link CheckResultJson}, so the two
 * can be compared field by field.
 *
 * @module
 */
/** Process exit code for an outcome: 0 holds, 1 violation, 2 bad input or tool failure. */
export function exitCodeFor(outcome) {
    switch (outcome) {
        case "success":
            return 0;
        case "invariant":
        case "deadlock":
        case "property":
        case "assumption":
            return 1;
        case "parse-error":
        case "semantic-error":
        case "error":
            return 2;
    }
}
//# sourceMappingURL=result.js.map