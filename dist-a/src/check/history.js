/** A history file that is not one: `file:line: problem`. */
export class HistoryFormatError extends Error {
    file;
    line;
    constructor(file, line, problem) {
        super(`${file}:${line}: ${problem}`);
        this.file = file;
        this.line = line;
        this.name = "HistoryFormatError";
    }
}
const isObject = (x) => typeof x === "object" && x !== null && !Array.isArray(x);
const isString = (x) => typeof x === "string";
/** An operation read from a line's JSON, or a problem in words. */
function readOp(x) {
    if (!isObject(x))
        return "field 'op' should be an object";
    const { type, key } = x;
    if (!isString(key))
        return "field 'op.key' should be a string";
    switch (type) {
        case "get":
            return { type, key };
        case "put":
        case "append":
            return isString(x["value"]) ? { type, key, value: x["value"] } : `field 'op.value' of a ${type} should be a string`;
        case "cas": {
            const expected = x["expected"];
            if (!isString(x["value"]))
                return "field 'op.value' of a cas should be a string";
            if (expected !== null && !isString(expected))
                return "field 'op.expected' of a cas should be a string or null";
            return { type, key, expected, value: x["value"] };
        }
        default:
            return `field 'op.type' should be get, put, cas or append, got ${JSON.stringify(type)}`;
    }
}
/** A result read from a line's JSON, or a problem in words. */
function readResult(x, op) {
    if (x === null)
        return null;
    if (!isObject(x))
        return "field 'result' should be an object or null";
    const want = op.type === "get" ? "value" : op.type === "cas" ? "cas" : "ok";
    if (x["type"] !== want)
        return `the result of a ${op.type} should have type '${want}', got ${JSON.stringify(x["type"])}`;
    if (want === "value") {
        const v = x["value"];
        return v === null || isString(v) ? { type: "value", value: v } : "field 'result.value' should be a string or null";
    }
    if (want === "cas")
        return typeof x["swapped"] === "boolean" ? { type: "cas", swapped: x["swapped"] } : "field 'result.swapped' should be true or false";
    return { type: "ok" };
}
/** One line of a history file as an operation. */
export function parseHistoryLine(text, file, line) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new HistoryFormatError(file, line, `not JSON (${e.message})`);
    }
    if (!isObject(json))
        throw new HistoryFormatError(file, line, "an operation should be a JSON object");
    const fail = (problem) => {
        throw new HistoryFormatError(file, line, problem);
    };
    const client = json["client"];
    if (!isString(client))
        fail("field 'client' should be a string");
    const op = readOp(json["op"]);
    if (typeof op === "string")
        return fail(op);
    const invoke = json["invoke"];
    if (typeof invoke !== "number" || !Number.isFinite(invoke))
        fail("field 'invoke' should be a number (the time the client invoked the operation)");
    const complete = json["complete"] ?? null;
    if (complete !== null && (typeof complete !== "number" || !Number.isFinite(complete)))
        fail("field 'complete' should be a number or null (never completed)");
    if (typeof complete === "number" && complete < invoke)
        fail(`the operation completes (${complete}) before it is invoked (${String(invoke)})`);
    const result = readResult(json["result"] ?? null, op);
    if (typeof result === "string")
        return fail(result);
    if (complete === null && result !== null)
        fail("an operation that never completed has no result");
    if (complete !== null && result === null)
        fail("a completed operation needs its result");
    return { client: client, op, invoke: invoke, complete: complete, result };
}
/** A whole history file's text as operations (blank lines skipped). */
export function parseHistory(text, file) {
    const out = [];
    text.split("\n").forEach((raw, i) => {
        const t = raw.trim();
        if (t !== "")
            out.push(parseHistoryLine(t, file, i + 1));
    });
    if (out.length === 0)
        throw new HistoryFormatError(file, 1, "the history is empty; expected one operation per line");
    return out;
}
/** A history as ndjson text, one operation per line. */
export function historyToNdjson(history) {
    return history.map((o) => `${JSON.stringify({ client: o.client, op: o.op, invoke: o.invoke, complete: o.complete, result: o.result })}\n`).join("");
}
//# sourceMappingURL=history.js.map