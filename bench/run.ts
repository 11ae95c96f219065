/**
 * `npm run bench`: every benchmark, one after the other, each in its own
 * process (so that one's heap does not weigh on the next). Figures only:
 * nothing here passes or fails. docs/benchmarks.md records the figures and
 * the machine they were taken on.
 *
 * With TLA2TOOLS_JAR set, TLC is run on the same classic Paxos model, with
 * one worker, for its figure beside ours. With `--examples DIR` (a checkout
 * of the TLA+ Examples), the symmetry benchmark also checks its
 * MultiPaxos-SMR/MultiPaxos_MC_small model, in place.
 *
 * @module
 */
import { spawnSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..", "..");

function section(title: string, script: string, args: readonly string[] = []): void {
  console.log(`\n## ${title}\n`);
  const r = spawnSync(process.execPath, ["--max-old-space-size=8192", "--max-semi-space-size=64", "--expose-gc", path.join(here, script), ...args], {
    stdio: "inherit",
    cwd: repo,
  });
  if (r.status !== 0) console.log(`(${script} exited with ${r.status ?? r.signal})`);
}

console.log(`# paxos-tla benchmarks — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
section("Loading and parsing spec/", "load.js");
section("Model checking (built-in engine)", "check.js", [path.join(repo, "test/fixtures/specs/ClassicPaxos.cfg"), path.join(repo, "spec/MCPaxosWeighted.cfg")]);
section("Model checking with 2 worker threads against one", "check.js", [path.join(repo, "spec/MCPaxosWeighted.cfg"), "--workers", "2"]);
section("Symmetry: MCPaxosSmall, first 300,000 distinct states", "check.js", [path.join(repo, "spec/MCPaxosSmall.cfg"), "--max-states", "300000"]);
const examples = process.argv.indexOf("--examples");
if (examples >= 0 && process.argv[examples + 1]) {
  const dir = path.resolve(process.argv[examples + 1]!, "specifications", "MultiPaxos-SMR");
  section("Symmetry: MultiPaxos_MC_small of the TLA+ Examples (TLC: 736,012 generated, 343,796 distinct, depth 28)", "check.js", [
    path.join(dir, "MultiPaxos_MC_small.cfg"),
    "--spec",
    path.join(dir, "MultiPaxos_MC.tla"),
  ]);
} else {
  console.log("\n(MultiPaxos_MC_small not run: give --examples DIR, a checkout of the TLA+ Examples, to check it.)");
}
section("Trace validation", "validate.js");
section("Validation next to running", "ratio.js");
section("Simulation", "sim.js");
section("Replicated store (Multi-Paxos) and linearizability", "smr.js");
section("Validating a million-step run of the replicated store (CompactMultiPaxos)", "compact.js");
section("Real cluster (processes, TCP, fsync)", "cluster.js");
section("Stable storage", "storage.js");
if (process.env["TLA2TOOLS_JAR"]) {
  console.log("\n## TLC on the classic Paxos model (1 worker)\n");
  spawnSync(process.execPath, [path.join(repo, "dist/src/cli/main.js"), "tlc", path.join(repo, "test/fixtures/specs/ClassicPaxos.cfg"), "--workers", "1"], {
    stdio: "inherit",
    cwd: repo,
  });
} else {
  console.log("\n(TLC not run: set TLA2TOOLS_JAR to compare with it on the same model.)");
}
