import { describe, expect, it } from "vitest";
import { distribution, mean, median, nearestRank, p95 } from "../../src/experiment/statistics.js";

describe("summary statistics", () => {
  it("mean, median and p95 of an odd count, in any order", () => {
    expect(mean([3, 1, 2])).toBe(2);
    expect(median([3, 1, 2])).toBe(2);
    // nearest rank: ceil(0.95 * 3) = 3rd smallest
    expect(p95([3, 1, 2])).toBe(3);
  });

  it("median of an even count is the mean of the two middle values", () => {
    expect(median([10, 1, 4, 7])).toBe(5.5);
    expect(median([2, 2])).toBe(2);
  });

  it("p95 is the value of rank ceil(0.95 n), never interpolated", () => {
    const oneToTwenty = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(p95(oneToTwenty)).toBe(19); // rank 19 of 20
    const oneToTen = Array.from({ length: 10 }, (_, i) => i + 1);
    expect(p95(oneToTen)).toBe(10); // rank ceil(9.5) = 10
    const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(p95(oneToHundred)).toBe(95);
    expect(p95([10, 20])).toBe(20);
    expect(p95([7])).toBe(7);
    expect(p95([1, 1000, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20])).toBe(20); // rank 20 of 21
  });

  it("other quantiles by nearest rank", () => {
    expect(nearestRank([4, 3, 2, 1], 0.5)).toBe(2);
    expect(nearestRank([4, 3, 2, 1], 0.51)).toBe(3);
    expect(nearestRank([4, 3, 2, 1], 1)).toBe(4);
    expect(() => nearestRank([1], 0)).toThrow(RangeError);
  });

  it("no values give no figure, not zero", () => {
    expect(mean([])).toBeNull();
    expect(median([])).toBeNull();
    expect(p95([])).toBeNull();
    expect(distribution([])).toEqual({ mean: null, median: null, p95: null });
  });

  it("does not reorder its input", () => {
    const values = [3, 1, 2];
    median(values);
    p95(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
