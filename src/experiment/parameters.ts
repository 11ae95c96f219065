/**
 * The parameters an experiment can vary or fix, how each is written on the
 * command line, and how each maps onto {@link SimulationOptions}.
 *
 * Every value is read from text and written back in one canonical text form,
 * the same form the command line takes, so that a CSV cell can be pasted back
 * into `--vary` or `--set`. Quorum systems are the one value that contains a
 * list of its own: because `,` separates the values of a `--vary` axis, the
 * items inside a quorum are separated by `;` (`weights:3;1;1;1`,
 * `sets:a1+a2;a2+a3;a1+a3`). In `--set`, where there is only one value, `,`
 * is accepted as well.
 *
 * @module
 */
import type { QuorumSpec } from "../paxos/index.js";
import { DEFAULT_OPTIONS } from "../cluster/index.js";
import type { SimulationOptions, TimeRange } from "../cluster/index.js";

/** A malformed experiment description (unknown parameter, bad value, empty list); one sentence for people. */
export class ExperimentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExperimentError";
  }
}

/** The names of the parameters, in the order they appear in CSV columns. */
export const PARAMETER_NAMES = ["loss", "dup", "crash", "partition", "delay", "acceptors", "proposers", "learners", "quorum", "backoff", "ballots", "steps"] as const;

/** A parameter's name as written on the command line and in CSV headers. */
export type ParameterName = (typeof PARAMETER_NAMES)[number];

/** A parameter value as parsed: a number, an on/off switch, a time range or a quorum system. */
export type ParameterValue = number | boolean | TimeRange | QuorumSpec;

/** Simulation options being assembled for one point (a mutable partial). */
export type OptionsDraft = { -readonly [K in keyof SimulationOptions]?: SimulationOptions[K] };

/** How one parameter is read, written, and applied to the simulation options. */
export interface ParameterDefinition {
  readonly name: ParameterName;
  /** What the parameter means, in a few words (used in help, plot axes and the guide). */
  readonly meaning: string;
  /** The accepted forms, e.g. `a probability from 0 to 1`. */
  readonly form: string;
  /** Whether values are numbers, so that plots can place them on a numeric scale. */
  readonly numeric: boolean;
  /** Reads one value; `inList` says it came from a `--vary` list (quorum items then use `;`). */
  parse(text: string, inList: boolean): ParameterValue;
  /** Puts the value into the options of a point. */
  apply(draft: OptionsDraft, value: ParameterValue): void;
  /** The value in force in resolved options, in canonical text form. */
  read(options: SimulationOptions): string;
}

const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

function probability(name: ParameterName, text: string): number {
  const p = Number(text);
  if (!DECIMAL.test(text) || !(p >= 0 && p <= 1)) throw new ExperimentError(`${name} must be a probability from 0 to 1, got '${text}'`);
  return p;
}

function wholeNumber(name: ParameterName, text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || !Number.isSafeInteger(n)) throw new ExperimentError(`${name} must be a whole number of at least 1, got '${text}'`);
  return n;
}

function timeRange(name: ParameterName, text: string): TimeRange {
  const m = /^([^.]*(?:\.\d+)?)\.\.(.*)$/.exec(text);
  const min = m ? Number(m[1]) : NaN;
  const max = m ? Number(m[2]) : NaN;
  if (!m || !DECIMAL.test(m[1]!) || !DECIMAL.test(m[2]!) || !(min > 0) || !(max >= min)) {
    throw new ExperimentError(`${name} must be MIN..MAX with 0 < MIN <= MAX, got '${text}'`);
  }
  return { min, max };
}

/** Reads a quorum system: `majority`, `weights:W;W;...` or `sets:a1+a2;a2+a3;...` (`,` also allowed outside lists). */
export function parseQuorum(text: string, inList: boolean): QuorumSpec {
  const separator = inList ? /;/ : /[;,]/;
  if (text === "majority") return { kind: "majority" };
  if (text.startsWith("weights:")) {
    const items = text.slice("weights:".length).split(separator);
    const weights = items.map((w) => {
      if (!/^\d+$/.test(w)) throw new ExperimentError(`quorum weights must be whole numbers separated by ';', got '${text}'`);
      return Number(w);
    });
    return { kind: "weighted", weights };
  }
  if (text.startsWith("sets:")) {
    const sets = text
      .slice("sets:".length)
      .split(separator)
      .map((s) => s.split("+"));
    if (sets.some((s) => s.some((a) => !/^a[1-9]\d*$/.test(a)))) {
      throw new ExperimentError(`quorum sets are acceptor names joined by '+' and separated by ';', e.g. sets:a1+a2;a2+a3;a1+a3, got '${text}'`);
    }
    return { kind: "explicit", sets };
  }
  const hint = inList ? " (in --vary, ',' separates quorums: separate a quorum's own items with ';')" : "";
  throw new ExperimentError(`quorum must be majority, weights:W;W;... or sets:a1+a2;..., got '${text}'${hint}`);
}

/** The canonical text of a quorum system (items separated by `;`). */
function formatQuorum(q: QuorumSpec): string {
  switch (q.kind) {
    case "majority":
      return "majority";
    case "weighted":
      return `weights:${q.weights.join(";")}`;
    case "explicit":
      return `sets:${q.sets.map((s) => s.join("+")).join(";")}`;
  }
}

/** Shortest decimal text of a number (no exponent for the values parameters take). */
function numberText(n: number): string {
  return String(n);
}

function probabilityParameter(name: ParameterName, meaning: string, key: "loss" | "duplicate" | "crash" | "partition"): ParameterDefinition {
  return {
    name,
    meaning,
    form: "a probability from 0 to 1",
    numeric: true,
    parse: (text) => probability(name, text),
    apply: (draft, v) => void (draft[key] = v as number),
    read: (o) => numberText(o[key]),
  };
}

function countParameter(name: ParameterName, meaning: string, key: "acceptors" | "proposers" | "learners" | "ballotsPerProposer" | "maxSteps"): ParameterDefinition {
  return {
    name,
    meaning,
    form: "a whole number of at least 1",
    numeric: true,
    parse: (text) => wholeNumber(name, text),
    apply: (draft, v) => void (draft[key] = v as number),
    read: (o) => numberText(o[key]),
  };
}

/** Every parameter, by name. */
export const PARAMETERS: Readonly<Record<ParameterName, ParameterDefinition>> = {
  loss: probabilityParameter("loss", "probability that a message is lost", "loss"),
  dup: probabilityParameter("dup", "probability that a message is delivered twice", "duplicate"),
  crash: probabilityParameter("crash", "probability per step that an acceptor or proposer crashes", "crash"),
  partition: probabilityParameter("partition", "probability per step that the network splits in two", "partition"),
  delay: {
    name: "delay",
    meaning: "range of message delays in time units",
    form: "MIN..MAX with 0 < MIN <= MAX",
    numeric: false,
    parse: (text) => timeRange("delay", text),
    apply: (draft, v) => void (draft.delay = v as TimeRange),
    read: (o) => `${numberText(o.delay.min)}..${numberText(o.delay.max)}`,
  },
  acceptors: countParameter("acceptors", "number of acceptors", "acceptors"),
  proposers: countParameter("proposers", "number of proposers", "proposers"),
  learners: countParameter("learners", "number of learners", "learners"),
  quorum: {
    name: "quorum",
    meaning: "quorum system",
    form: "majority | weights:W;W;... | sets:a1+a2;a2+a3;...",
    numeric: false,
    parse: (text, inList) => parseQuorum(text, inList),
    apply: (draft, v) => void (draft.quorum = v as QuorumSpec),
    read: (o) => formatQuorum(o.quorum),
  },
  backoff: {
    name: "backoff",
    meaning: "exponential backoff of proposer retries",
    form: "on or off",
    numeric: false,
    parse: (text) => {
      if (text === "on") return true;
      if (text === "off") return false;
      throw new ExperimentError(`backoff must be on or off, got '${text}'`);
    },
    apply: (draft, v) => void (draft.retry = { ...(draft.retry ?? DEFAULT_OPTIONS.retry), backoff: v as boolean }),
    read: (o) => (o.retry.backoff ? "on" : "off"),
  },
  ballots: countParameter("ballots", "ballots each proposer may use", "ballotsPerProposer"),
  steps: countParameter("steps", "scheduler step budget per run", "maxSteps"),
};

/** The definition of `name`, or an {@link ExperimentError} listing the known names. */
export function parameterNamed(name: string): ParameterDefinition {
  if ((PARAMETER_NAMES as readonly string[]).includes(name)) return PARAMETERS[name as ParameterName];
  throw new ExperimentError(`unknown parameter '${name}'; known: ${PARAMETER_NAMES.join(", ")}`);
}
