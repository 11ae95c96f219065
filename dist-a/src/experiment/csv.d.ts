/**
 * Writing CSV (RFC 4180): fields separated by commas, records by `\n`; a
 * field that contains a comma, a double quote, a carriage return or a line
 * feed, or that begins or ends with a space, is enclosed in double quotes with
 * inner quotes doubled. Numbers are written with {@link formatNumber}, so the
 * same figures always give the same bytes.
 *
 * @module
 */
/** A CSV cell: text, a number, a boolean, or empty (`null`/`undefined`). */
export type CsvCell = string | number | boolean | null | undefined;
/**
 * A number as short, fixed text: rounded to at most `decimals` decimal places
 * (default 3), trailing zeros dropped, no exponent for ordinary magnitudes,
 * no `-0`.
 */
export declare function formatNumber(n: number, decimals?: number): string;
/** One cell as CSV text, quoted when needed. */
export declare function csvField(cell: CsvCell): string;
/** A header and rows as a CSV document ending in a newline. Every row must have as many cells as the header. */
export declare function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string;
