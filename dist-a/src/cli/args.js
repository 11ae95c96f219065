/**
 * A small, strict command-line parser shared by every `paxos` command.
 * Unknown flags, missing values and malformed numbers are {@link UsageError}s:
 * the CLI prints one line with a hint and exits 2.
 *
 * @module
 */
/** Bad command-line input: printed as `paxos <cmd>: <message>` plus a hint, exit 2. */
export class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = "UsageError";
    }
}
/**
 * Parses `argv` against `specs` (flag name without dashes -> spec).
 * Accepts `--flag value`, `--flag=value`, `-s value`, and `--` to end flags.
 */
export function parseArgs(argv, specs) {
    // Filled by name as the words are read; its shape is Flags<S> by construction.
    const flags = {};
    const positionals = [];
    const byShort = new Map();
    for (const [name, spec] of Object.entries(specs))
        if (spec.short)
            byShort.set(spec.short, name);
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === "--") {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (!arg.startsWith("-") || arg === "-") {
            positionals.push(arg);
            continue;
        }
        let name;
        let inline;
        if (arg.startsWith("--")) {
            const eq = arg.indexOf("=");
            name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
            inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
        }
        else {
            const s = byShort.get(arg.slice(1));
            if (!s)
                throw new UsageError(`unknown option '${arg}'`);
            name = s;
        }
        let spec = specs[name];
        if (!spec && name.startsWith("no-")) {
            const base = specs[name.slice(3)];
            if (base?.type === "boolean" && base.negatable) {
                if (inline !== undefined)
                    throw new UsageError(`option '--${name}' takes no value`);
                flags[name.slice(3)] = false;
                continue;
            }
        }
        if (!spec)
            throw new UsageError(`unknown option '--${name}'`);
        if (spec.type === "boolean") {
            if (inline !== undefined)
                throw new UsageError(`option '--${name}' takes no value`);
            flags[name] = true;
            continue;
        }
        const raw = inline ?? argv[++i];
        if (raw === undefined)
            throw new UsageError(`option '--${name}' needs a value`);
        let value = raw;
        if (spec.type === "number" || spec.type === "integer") {
            const n = Number(raw);
            if (raw.trim() === "" || !Number.isFinite(n) || (spec.type === "integer" && !Number.isInteger(n))) {
                throw new UsageError(`option '--${name}' needs ${spec.type === "integer" ? "a whole number" : "a number"}, got '${raw}'`);
            }
            value = n;
        }
        if (spec.repeat) {
            const prev = flags[name];
            flags[name] = [...(Array.isArray(prev) ? prev : []), value];
        }
        else {
            flags[name] = value;
        }
    }
    return { flags: flags, positionals };
}
/** The value of an option that names one of `choices`, `fallback` when it is absent; any other word is a {@link UsageError}. */
export function oneOf(flag, value, choices, fallback) {
    if (value === undefined)
        return fallback;
    const found = choices.find((c) => c === value);
    if (found === undefined)
        throw new UsageError(`option '--${flag}' must be ${choices.join(" or ")}, got '${value}'`);
    return found;
}
/** A probability option: between 0 and 1, `fallback` when absent. */
export function probability(flag, value, fallback = 0) {
    if (value === undefined)
        return fallback;
    if (!(value >= 0 && value <= 1))
        throw new UsageError(`option '--${flag}' must be a probability between 0 and 1, got ${value}`);
    return value;
}
/** A count option: at least `min`, `undefined` when absent (the caller's default applies). */
export function atLeast(flag, value, min) {
    if (value !== undefined && value < min)
        throw new UsageError(`option '--${flag}' must be at least ${min}, got ${value}`);
    return value;
}
//# sourceMappingURL=args.js.map