import { type Value } from "./value.js";
/** The TLA+ text of a value, as TLC prints it. */
export declare function printValue(v: Value): string;
