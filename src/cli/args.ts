/**
 * A small, strict command-line parser shared by every `paxos` command.
 * Unknown flags, missing values and malformed numbers are {@link UsageError}s:
 * the CLI prints one line with a hint and exits 2.
 *
 * @module
 */

/** Bad command-line input: printed as `paxos <cmd>: <message>` plus a hint, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** How one flag is read. `repeat` flags collect every occurrence. */
export interface FlagSpec {
  readonly type: "boolean" | "string" | "number" | "integer";
  readonly repeat?: boolean;
  /** For a boolean flag `--x`, also accept `--no-x` (sets false). */
  readonly negatable?: boolean;
  readonly short?: string;
}

/** The value one flag takes: `true`/`false` for a boolean, the text for a string, the number otherwise. */
export type FlagValue<S extends FlagSpec> = S["type"] extends "boolean" ? boolean : S["type"] extends "string" ? string : number;

/**
 * The flags parsed against `S`, typed from the specs themselves: a flag not
 * given is `undefined`, a `repeat` flag is the list of its occurrences. A
 * command reads `flags.seed` as a `string | undefined` with no cast, and a
 * flag it did not declare is a type error.
 */
export type Flags<S extends Readonly<Record<string, FlagSpec>>> = {
  -readonly [K in keyof S]?: S[K] extends { readonly repeat: true } ? FlagValue<S[K]>[] : FlagValue<S[K]>;
};

/** What {@link parseArgs} returns. */
export interface ParsedArgs<S extends Readonly<Record<string, FlagSpec>>> {
  readonly flags: Flags<S>;
  readonly positionals: string[];
}

/**
 * Parses `argv` against `specs` (flag name without dashes -> spec).
 * Accepts `--flag value`, `--flag=value`, `-s value`, and `--` to end flags.
 */
export function parseArgs<const S extends Readonly<Record<string, FlagSpec>>>(argv: readonly string[], specs: S): ParsedArgs<S> {
  // Filled by name as the words are read; its shape is Flags<S> by construction.
  const flags: Record<string, string | number | boolean | (string | number)[]> = {};
  const positionals: string[] = [];
  const byShort = new Map<string, string>();
  for (const [name, spec] of Object.entries(specs)) if (spec.short) byShort.set(spec.short, name);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    } else {
      const s = byShort.get(arg.slice(1));
      if (!s) throw new UsageError(`unknown option '${arg}'`);
      name = s;
    }
    let spec = specs[name];
    if (!spec && name.startsWith("no-")) {
      const base = specs[name.slice(3)];
      if (base?.type === "boolean" && base.negatable) {
        if (inline !== undefined) throw new UsageError(`option '--${name}' takes no value`);
        flags[name.slice(3)] = false;
        continue;
      }
    }
    if (!spec) throw new UsageError(`unknown option '--${name}'`);
    if (spec.type === "boolean") {
      if (inline !== undefined) throw new UsageError(`option '--${name}' takes no value`);
      flags[name] = true;
      continue;
    }
    const raw = inline ?? argv[++i];
    if (raw === undefined) throw new UsageError(`option '--${name}' needs a value`);
    let value: string | number = raw;
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
    } else {
      flags[name] = value;
    }
  }
  return { flags: flags as Flags<S>, positionals };
}

/** The value of an option that names one of `choices`, `fallback` when it is absent; any other word is a {@link UsageError}. */
export function oneOf<const T extends string>(flag: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  const found = choices.find((c) => c === value);
  if (found === undefined) throw new UsageError(`option '--${flag}' must be ${choices.join(" or ")}, got '${value}'`);
  return found;
}

/** A probability option: between 0 and 1, `fallback` when absent. */
export function probability(flag: string, value: number | undefined, fallback = 0): number {
  if (value === undefined) return fallback;
  if (!(value >= 0 && value <= 1)) throw new UsageError(`option '--${flag}' must be a probability between 0 and 1, got ${value}`);
  return value;
}

/** A count option: at least `min`, `undefined` when absent (the caller's default applies). */
export function atLeast(flag: string, value: number | undefined, min: number): number | undefined {
  if (value !== undefined && value < min) throw new UsageError(`option '--${flag}' must be at least ${min}, got ${value}`);
  return value;
}
