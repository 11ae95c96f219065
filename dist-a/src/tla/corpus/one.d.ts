/** What the child prints. */
export interface OneResult {
    /** An {@link Outcome} of the check, or `crash` for an error that is not a TlaError. */
    readonly outcome: string;
    readonly statesGenerated: number;
    readonly distinctStates: number;
    readonly depth: number;
    readonly message?: string;
    /**
     * For a violated property: whether the counterexample is a lasso (a
     * liveness violation, which ends in `Back to state N` or `Stuttering`)
     * rather than a finite behaviour (a safety property).
     */
    readonly liveness?: boolean;
    readonly warnings: readonly string[];
}
