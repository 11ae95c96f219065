import type { ValidationSpec } from "./validate.js";
/** A generated TLC model: the module's name and text, and the cfg's text. */
export interface TlcModel {
    readonly moduleName: string;
    readonly module: string;
    readonly cfg: string;
}
/**
 * The module `MC<Root>` and its cfg for the constants of `spec`. A model
 * value that is itself the value of a constant of the same name (`None`) is
 * bound in the cfg as `None = None`; every other model value is declared as a
 * constant of the generated module and bound to itself.
 */
export declare function traceCheckModule(spec: Pick<ValidationSpec, "specFile" | "constants" | "invariants" | "init" | "next">): TlcModel;
