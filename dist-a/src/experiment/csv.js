/**
 * Writing CSV (RFC 4180): fields separated by commas, records by `\n`; a
 * field that contains a comma, a double quote, a carriage return or a line
 * feed, or that begins or ends with a space, is enclosed in double quotes with
 * inner quotes doubled. Numbers are written with {@link formatNumber}, so the
 * same figures always give the same bytes.
 *
 * @module
 */
/**
 * A number as short, fixed text: rounded to at most `decimals` decimal places
 * (default 3), trailing zeros dropped, no exponent for ordinary magnitudes,
 * no `-0`.
 */
export function formatNumber(n, decimals = 3) {
    if (!Number.isFinite(n))
        return String(n);
    const scale = 10 ** decimals;
    const r = Math.round(n * scale) / scale;
    if (Object.is(r, -0) || r === 0)
        return "0";
    const text = r.toFixed(decimals);
    return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}
/** One cell as CSV text, quoted when needed. */
export function csvField(cell) {
    if (cell === null || cell === undefined)
        return "";
    if (typeof cell === "number")
        return formatNumber(cell);
    if (typeof cell === "boolean")
        return cell ? "true" : "false";
    return /[",\r\n]|^ | $/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
/** A header and rows as a CSV document ending in a newline. Every row must have as many cells as the header. */
export function toCsv(header, rows) {
    const lines = [header.map(csvField).join(",")];
    for (const [i, row] of rows.entries()) {
        if (row.length !== header.length)
            throw new RangeError(`CSV row ${i + 1} has ${row.length} cells, the header ${header.length}`);
        lines.push(row.map(csvField).join(","));
    }
    return `${lines.join("\n")}\n`;
}
//# sourceMappingURL=csv.js.map