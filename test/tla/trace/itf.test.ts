import { describe, expect, it } from "vitest";
import { ModelValue, equals, fnOf, recordOf, setOf, tupleOf } from "../../../src/tla/values/value.js";
import { printValue } from "../../../src/tla/values/print.js";
import { TraceInputError, fromItf, toItf } from "../../../src/tla/trace/itf.js";

const mvs = new Set(["a1", "a2", "None"]);

describe("ITF values", () => {
  it("reads every ITF shape into the engine's values", () => {
    const json = {
      maxBal: {
        "#map": [
          ["a2", 1],
          ["a1", -1],
        ],
      },
      msgs: {
        "#set": [
          { type: "1b", acc: "a1", bal: 0, mbal: -1, mval: "None" },
          { type: "1a", bal: 0 },
        ],
      },
      pair: { "#tup": [1, "x"] },
      seq: [true, false],
      big: { "#bigint": "123456789012345678901234567890" },
      small: { "#bigint": "-7" },
    };
    const v = fromItf(json, mvs);
    const a1 = ModelValue.of("a1");
    const a2 = ModelValue.of("a2");
    const expected = recordOf(
      ["maxBal", "msgs", "pair", "seq", "big", "small"],
      [
        fnOf([a1, a2], [-1, 1]),
        setOf([recordOf(["type", "bal"], ["1a", 0]), recordOf(["type", "acc", "bal", "mbal", "mval"], ["1b", a1, 0, -1, ModelValue.of("None")])]),
        tupleOf([1, "x"]),
        tupleOf([true, false]),
        123456789012345678901234567890n,
        -7,
      ],
    );
    expect(equals(v, expected)).toBe(true);
    expect(printValue(fromItf(json.maxBal, mvs))).toBe("(a1 :> -1 @@ a2 :> 1)");
    expect(equals(fromItf({ "#map": [["a1", 3]] }, mvs), fnOf([a1], [3]))).toBe(true);
    expect(fromItf("a1", mvs)).toBe(a1);
    expect(fromItf("a3", mvs)).toBe("a3");
    expect(fromItf({ "#bigint": "-7" }, mvs)).toBe(-7);
  });

  it("round-trips values, with sets and maps in one canonical order", () => {
    const a1 = ModelValue.of("a1");
    const a2 = ModelValue.of("a2");
    const v = recordOf(["s", "f", "t", "n"], [setOf([a2, a1, "z", 3]), fnOf([a2, a1], [setOf([]), setOf([1])]), tupleOf([1, 2n ** 70n]), -4]);
    const j = toItf(v);
    expect(j).toEqual({
      f: {
        "#map": [
          ["a1", { "#set": [1] }],
          ["a2", { "#set": [] }],
        ],
      },
      n: -4,
      s: { "#set": [3, "a1", "a2", "z"] }, // integers first, by value
      t: { "#tup": [1, { "#bigint": "1180591620717411303424" }] },
    });
    expect(equals(fromItf(JSON.parse(JSON.stringify(j)), mvs), v)).toBe(true);
    expect(JSON.stringify(toItf(fromItf(j, mvs)))).toBe(JSON.stringify(j));
  });

  it("rejects bad shapes, saying where", () => {
    const bad = (j: unknown, message: string): void => {
      expect(() => fromItf(j, mvs, "run.ndjson:4: state.msgs")).toThrow(TraceInputError);
      expect(() => fromItf(j, mvs, "run.ndjson:4: state.msgs")).toThrow(message);
    };
    bad({ "#set": [{ bal: 1.5 }] }, "run.ndjson:4: state.msgs{0}.bal: 1.5 is not an integer");
    bad({ "#map": [["a1"]] }, "run.ndjson:4: state.msgs#map[0]: a map entry must be a [key, value] pair, got an array");
    bad({ "#set": 3 }, 'run.ndjson:4: state.msgs: "#set" must hold an array, got the number 3');
    bad({ "#bigint": "12x" }, 'run.ndjson:4: state.msgs: "#bigint" must hold a string of decimal digits');
    bad({ "#sett": [] }, 'run.ndjson:4: state.msgs: unknown ITF tag "#sett"');
    bad({ x: null }, "run.ndjson:4: state.msgs.x: null is not an ITF value");
    bad(
      {
        "#map": [
          ["a1", 1],
          ["a1", 2],
        ],
      },
      'run.ndjson:4: state.msgs#map[1]: the key "a1" appears twice in one map',
    );
    bad(2 ** 60, "is too large to be exact as a JSON number");
  });
});
