import { describe, it } from "vitest";
import fc from "fast-check";
import type { SimulationOptions } from "../../src/cluster/index.js";
import { recordRun } from "../../src/trace/index.js";
import { checkGuards, learnedValues } from "../trace/specGuards.js";
import { FC_SEED, clusterShape, faults, keepFailure } from "../arbitraries.js";

const RUNS = Number(process.env["PAXOS_FC_RUNS"] ?? 40);

function check(name: string, options: Partial<SimulationOptions> & { seed: string }, requireDecision: boolean): void {
  const { result, lines } = recordRun({ maxSteps: 3000, ...options });
  const problems: string[] = [];
  const values = learnedValues(result.learned);
  if (values.size > 1) problems.push(`Agreement: learners learned ${[...values].join(", ")}`);
  for (const v of values) if (!result.proposed.includes(v)) problems.push(`Validity: ${v} was learned but never proposed`);
  if (new Set(result.ballots).size !== result.ballots.length) problems.push(`a ballot was started twice: ${result.ballots.join(", ")}`);
  const guards = checkGuards(lines.map((l) => JSON.parse(l)));
  for (const g of guards.slice(0, 3)) problems.push(`step ${g.i} ${g.action}: ${g.problem}`);
  if (requireDecision && !result.decided) problems.push(`no decision within ${result.steps} steps`);
  if (problems.length > 0) {
    const path = keepFailure(name, options.seed, lines);
    throw new Error(`${problems.join("; ")} (trace: ${path})`);
  }
}

describe("properties over random clusters and fault schedules", () => {
  console.log(`fast-check seed ${FC_SEED} (set FC_SEED to change), ${RUNS} runs per property`);

  it("Agreement, Validity, and every step obeys the spec's guards (msgs only grows)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), clusterShape, faults, (n, shape, f) => check("safety", { seed: String(n), ...shape, ...f }, false)),
      { seed: FC_SEED, numRuns: RUNS },
    );
  });

  it("without faults every run decides", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), clusterShape, (n, shape) => check("liveness", { seed: String(n), ...shape }, true)),
      { seed: FC_SEED, numRuns: RUNS },
    );
  });
});
