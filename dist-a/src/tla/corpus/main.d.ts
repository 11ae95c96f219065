/**
 * V8 options of the child process: semi-spaces of 64 MB instead of Node's
 * 16. A search makes many values (successor states, the sets and records in
 * them) that live through one or two young-generation collections and then
 * die; with the default size a collection every few milliseconds copies them,
 * and on PaxosCommit a third of the time went to it (its first 300,000 states:
 * 15.8 CPU seconds with the default, 10.4 with this). The option can only be
 * given when the process starts, hence here.
 */
export declare const SEARCH_NODE_OPTIONS: readonly string[];
