/** The format's name and version, as the header's `format` field gives it. */
export const TRACE_FORMAT = "paxos-tla-trace/1";
//# sourceMappingURL=format.js.map