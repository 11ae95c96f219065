import { describe, expect, it } from "vitest";
import { csvField, formatNumber, toCsv } from "../../src/experiment/csv.js";

/** A small RFC 4180 reader, to check that what is written reads back the same. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  return rows;
}

describe("CSV", () => {
  it("quotes only the fields that need it", () => {
    expect(csvField("majority")).toBe("majority");
    expect(csvField("weights:3;1;1;1")).toBe("weights:3;1;1;1");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
    expect(csvField(" padded")).toBe('" padded"');
    expect(csvField("")).toBe("");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(true)).toBe("true");
    expect(csvField(false)).toBe("false");
  });

  it("writes numbers short and fixed", () => {
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatNumber(1 / 3)).toBe("0.333");
    expect(formatNumber(2 / 3)).toBe("0.667");
    expect(formatNumber(100)).toBe("100");
    expect(formatNumber(100, 0)).toBe("100");
    expect(formatNumber(12.5, 0)).toBe("13");
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(-0.0001)).toBe("0");
    expect(formatNumber(-1.25)).toBe("-1.25");
    expect(formatNumber(20000)).toBe("20000");
    expect(csvField(0.75)).toBe("0.75");
  });

  it("a document reads back cell for cell", () => {
    const header = ["name", "value", "note"];
    const rows = [
      ["sets:a1+a2;a2+a3", 1.5, 'quote " and, comma'],
      ["x", null, "line\nbreak"],
    ];
    const text = toCsv(header, rows);
    expect(text.endsWith("\n")).toBe(true);
    expect(readCsv(text)).toEqual([header, ["sets:a1+a2;a2+a3", "1.5", 'quote " and, comma'], ["x", "", "line\nbreak"]]);
  });

  it("refuses a row of the wrong length", () => {
    expect(() => toCsv(["a", "b"], [[1]])).toThrow("CSV row 1 has 1 cells, the header 2");
  });
});
