import { describe, expect, it } from "vitest";
import { runChaos } from "../../src/node/chaos.js";
import type { ChaosOptions } from "../../src/node/chaos.js";
import { renderChaosTimeline } from "../../src/draw/chaosTimeline.js";
import { removeRun } from "../../src/node/chaos.js";
import { chaosText } from "../../src/cli/commands/chaos.js";

const LONG = process.env["PAXOS_LONG"] === "1";

/** A chaos run on ports drawn from the seed's range; its report printed when it fails. */
async function chaos(o: Omit<ChaosOptions, "basePort" | "validate">): Promise<void> {
  const basePort = 40_000 + Math.floor(Math.random() * 200) * 100;
  const r = await runChaos({ ...o, basePort, validate: true });
  const text = chaosText(r);
  expect(r.error, text).toBeUndefined();
  expect(r.operations.acknowledged, text).toBeGreaterThan(0);
  expect(r.linearizable.ok, text).toBe(true);
  expect(r.validation?.ok, text).toBe(true);
  expect(r.operations.finalReads, text).toBe(o.keys);
  expect(renderChaosTimeline(r, ["n1", "n2", "n3"])).toMatch(/^<svg/);
  if (r.ok) removeRun(r.dir);
}

describe("chaos: real processes killed, paused and partitioned under load", () => {
  it("keeps every acknowledged operation, answers linearizably, and its nodes' logs validate against MultiPaxos.tla", async () => {
    const seed = String(Date.now() % 100_000);
    console.log(`chaos seed ${seed}`);
    await chaos({ nodes: 3, clients: 3, duration: 3000, nemesis: ["kill", "pause", "partition"], faultEvery: 500, keys: 4, batch: 8, seed });
  }, 120_000);

  it.runIf(LONG)(
    "5 nodes, 3 clients, 10 s",
    async () => {
      const seed = String(Date.now() % 100_000);
      console.log(`chaos seed ${seed}`);
      await chaos({ nodes: 5, clients: 3, duration: 10_000, nemesis: ["kill", "pause", "partition"], faultEvery: 2000, keys: 10, batch: 16, seed });
    },
    900_000,
  );
});
