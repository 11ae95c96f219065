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

export interface ParsedArgs {
  readonly flags: Record<string, string | number | boolean | (string | number)[] | undefined>;
  readonly positionals: string[];
}

/**
 * Parses `argv` against `specs` (flag name without dashes -> spec).
 * Accepts `--flag value`, `--flag=value`, `-s value`, and `--` to end flags.
 */
export function parseArgs(argv: readonly string[], specs: Readonly<Record<string, FlagSpec>>): ParsedArgs {
  const flags: ParsedArgs["flags"] = {};
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
  return { flags, positionals };
}
