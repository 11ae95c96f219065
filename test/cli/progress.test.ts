import { describe, expect, it } from "vitest";
import { ProgressReporter, compactNumber, formatBar, formatDuration, formatStateCounts } from "../../src/cli/progress.js";

class FakeStream {
  readonly writes: string[] = [];
  constructor(readonly isTTY: boolean) {}
  write(text: string): boolean {
    this.writes.push(text);
    return true;
  }
}

describe("formatting", () => {
  it("compacts counts", () => {
    expect(compactNumber(950)).toBe("950");
    expect(compactNumber(3000)).toBe("3k");
    expect(compactNumber(3400)).toBe("3.4k");
    expect(compactNumber(185369)).toBe("185k");
    expect(compactNumber(1361380)).toBe("1.4M");
    expect(compactNumber(41234.5)).toBe("41k");
  });
  it("writes the model-checking line", () => {
    expect(formatStateCounts({ generated: 1_200_000, distinct: 180_000, queue: 3000 }, 41_000)).toBe("generated 1.2M, distinct 180k, queue 3k, 41k states/s");
    expect(formatStateCounts({ generated: 5, distinct: 4 })).toBe("generated 5, distinct 4");
  });
  it("writes a bar with percentage and ETA", () => {
    // 450 of 1000 in 9 s: 550 left at 50/s -> 11 s
    expect(formatBar(450, 1000, 9, "runs")).toBe("[#########-----------]  45% 450/1,000 runs, ETA 11s");
    expect(formatBar(1000, 1000, 20, "runs")).toBe("[####################] 100% 1,000/1,000 runs");
    expect(formatBar(0, 0, 0)).toBe("[--------------------]   0% 0/0");
  });
  it("writes durations", () => {
    expect(formatDuration(11.4)).toBe("11s");
    expect(formatDuration(185)).toBe("3m05s");
    expect(formatDuration(3720)).toBe("1h02m");
  });
});

describe("ProgressReporter", () => {
  it("prints nothing when stderr is not a terminal and --progress was not given", () => {
    const stream = new FakeStream(false);
    const r = new ProgressReporter({ stream, now: () => 0 });
    r.states({ generated: 10, distinct: 5, queue: 1 });
    r.count(1, 2);
    r.finish();
    expect(r.enabled).toBe(false);
    expect(stream.writes).toEqual([]);
  });

  it("on a terminal rewrites one line, at most every interval, and clears it at the end", () => {
    const stream = new FakeStream(true);
    let t = 0;
    const r = new ProgressReporter({ stream, now: () => t, intervalMs: 2000 });
    t = 1000;
    r.states({ generated: 1000, distinct: 800, queue: 100 }); // 1000 states in 1 s
    t = 1500;
    r.states({ generated: 5000, distinct: 4000, queue: 300 }); // too soon: skipped
    t = 3000;
    r.states({ generated: 9000, distinct: 7000, queue: 200 }); // 8000 more in 2 s
    r.finish();
    expect(stream.writes).toEqual(["\rgenerated 1k, distinct 800, queue 100, 1k states/s\u001b[K", "\rgenerated 9k, distinct 7k, queue 200, 4k states/s\u001b[K", "\r\u001b[K"]);
  });

  it("with --progress on a pipe prints whole lines, and always the final count", () => {
    const stream = new FakeStream(false);
    let t = 0;
    const r = new ProgressReporter({ stream, force: true, now: () => t });
    t = 1000;
    r.count(1, 4, "runs");
    t = 1500;
    r.count(2, 4, "runs"); // too soon
    t = 1600;
    r.count(4, 4, "runs"); // done: always shown
    r.finish();
    expect(stream.writes).toEqual(["[#####---------------]  25% 1/4 runs, ETA 3s\n", "[####################] 100% 4/4 runs\n"]);
  });
});
