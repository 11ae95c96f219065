/**
 * The constants of a trace validation as a TLC model: a module that EXTENDS
 * the specification and defines each constant's value as TLA+ text, and a
 * configuration that declares the model values and replaces each constant by
 * its definition (`Owner <- MC_Owner`). The cfg language cannot write
 * functions or records; the module can. Hand both files to TLC (or to
 * `paxos check`) for a second opinion on the same constants.
 *
 * @module
 */
import * as path from "node:path";
import { TlaError } from "../errors.js";
import { printValue } from "../values/print.js";
import { TAG_FN, TAG_LAZYFN, TAG_LAZYSET, TAG_MV, TAG_SET } from "../values/value.js";
function modelValuesOf(v, out) {
    if (typeof v !== "object")
        return;
    switch (v.tag) {
        case TAG_MV:
            out.add(v.name);
            return;
        case TAG_SET:
            for (const e of v.elems)
                modelValuesOf(e, out);
            return;
        case TAG_FN:
            for (const k of v.keys)
                modelValuesOf(k, out);
            for (const x of v.vals)
                modelValuesOf(x, out);
            return;
        case TAG_LAZYSET:
            modelValuesOf(v.enumerate(), out);
            return;
        case TAG_LAZYFN:
            modelValuesOf(v.materialise(), out);
            return;
    }
}
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * The module `MC<Root>` and its cfg for the constants of `spec`. A model
 * value that is itself the value of a constant of the same name (`None`) is
 * bound in the cfg as `None = None`; every other model value is declared as a
 * constant of the generated module and bound to itself.
 */
export function traceCheckModule(spec) {
    const root = path.basename(spec.specFile, ".tla");
    const moduleName = `MC${root}`;
    const names = Object.keys(spec.constants).sort();
    const mvs = new Set();
    for (const n of names)
        modelValuesOf(spec.constants[n], mvs);
    for (const mv of mvs)
        if (!IDENT.test(mv))
            throw new TlaError(`the model value ${JSON.stringify(mv)} is not a TLA+ identifier`, "semantic-error");
    const selfBound = names.filter((n) => {
        const v = spec.constants[n];
        return typeof v === "object" && v.tag === TAG_MV && v.name === n;
    });
    const declared = [...mvs].filter((mv) => !selfBound.includes(mv)).sort();
    const clash = declared.find((mv) => names.includes(mv));
    if (clash)
        throw new TlaError(`the model value ${clash} has the name of a constant of ${root} whose value is something else`, "semantic-error");
    const defs = names.filter((n) => !selfBound.includes(n));
    const lines = [
        `${"-".repeat(4)} MODULE ${moduleName} ${"-".repeat(4)}`,
        `(* The constants of a trace validation of ${root}. *)`,
        `EXTENDS ${root}, TLC`,
        ...(declared.length ? [`CONSTANTS ${declared.join(", ")}`] : []),
        ...defs.map((n) => `MC_${n} == ${printValue(spec.constants[n])}`),
        "=".repeat(12),
        "",
    ];
    const cfg = [
        "CONSTANTS",
        ...declared.map((mv) => `  ${mv} = ${mv}`),
        ...selfBound.map((n) => `  ${n} = ${n}`),
        ...defs.map((n) => `  ${n} <- MC_${n}`),
        `INIT ${spec.init ?? "Init"}`,
        `NEXT ${spec.next ?? "Next"}`,
        ...(spec.invariants ?? []).map((i) => `INVARIANT ${i}`),
        "",
    ];
    return { moduleName, module: lines.join("\n"), cfg: cfg.join("\n") };
}
//# sourceMappingURL=tlcModule.js.map