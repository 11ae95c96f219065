/**
 * Named experiments. A preset is a list of command-line arguments put before
 * the user's own, so any of its choices can be added to (`--set`) or
 * overridden (`--runs`, `--seed`, `--steps`); the same parameter may not be
 * varied by both.
 *
 * @module
 */
/** The presets, by name. */
export const PRESETS = {
    dueling: {
        name: "dueling",
        description: "dueling proposers: 1, 2 and 3 proposers with and without exponential backoff, on a slow network (delays 5..40, comparable to the retry timeout of 25..50), 5 acceptors, 100 runs, a budget of 5000 steps",
        args: ["--vary", "proposers=1,2,3", "--vary", "backoff=off,on", "--set", "delay=5..40", "--set", "acceptors=5", "--runs", "100", "--steps", "5000"],
    },
    pipelining: {
        name: "pipelining",
        description: "the replicated log with 1 to 16 slots in flight, with and without batches of 10, for 20 clients on a network with delays 5..10: throughput, latency and messages per request, 10 runs",
        args: ["--protocol", "multipaxos", "--vary", "window=1,2,4,8,16", "--vary", "batch=1,10", "--set", "clients=20", "--set", "delay=5..10", "--runs", "10"],
    },
    failover: {
        name: "failover",
        description: "the replicated log while its leader crashes at rates from 0 to 0.002 per step, with and without 10% message loss: the share of runs that answer every request, throughput and latency, 20 runs",
        args: ["--protocol", "multipaxos", "--vary", "leadercrash=0,0.0005,0.001,0.002", "--vary", "loss=0,0.1", "--set", "proposers=3", "--runs", "20"],
    },
};
//# sourceMappingURL=presets.js.map