/**
 * Runs TLC, the reference TLA+ model checker, on a model and reads its
 * verdict into the same {@link CheckResult} our own checker produces.
 *
 * The model is a `.cfg` file; the specification is the `.tla` module of the
 * same base name beside it (as TLC itself assumes), unless `spec` names
 * another. TLC runs in the model's directory with a private metadata
 * directory, removed afterwards, and in `-tool` mode, whose framed messages
 * {@link TlcOutputParser} reads while TLC runs.
 *
 * @module
 */
import { spawn } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, extname, join, resolve } from "node:path";
import { isSystemError, TlaError } from "../errors.js";
import { locateTlc, TlcUnavailableError } from "./locate.js";
import { TlcOutputParser } from "./output.js";
/** The specification module checked for a model: its `.tla` path. */
export function specForModel(cfg, spec) {
    if (spec !== undefined)
        return resolve(spec);
    const abs = resolve(cfg);
    return join(dirname(abs), `${basename(abs, extname(abs))}.tla`);
}
function isFile(path) {
    try {
        return statSync(path).isFile();
    }
    catch (err) {
        if (!isSystemError(err))
            throw err;
        return false;
    }
}
/** Checks that the model and its module exist; throws a {@link TlaError} for people when not. */
export function checkModelFiles(cfg, spec) {
    const cfgPath = resolve(cfg);
    if (!isFile(cfgPath))
        throw new TlaError(`model file '${cfg}' does not exist`, "error");
    const specPath = specForModel(cfg, spec);
    if (!isFile(specPath)) {
        throw new TlaError(spec !== undefined ? `specification '${spec}' does not exist` : `model '${cfg}' has no module '${basename(specPath)}' beside it (TLC checks the module of the same name)`, "error");
    }
    return { cfg: cfgPath, spec: specPath };
}
/** The command line TLC is started with (everything after `java`). */
function tlcArguments(jar, cfg, spec, workers, metadir) {
    return ["-XX:+UseParallelGC", "-cp", jar, "tlc2.TLC", "-tool", "-workers", String(workers), "-config", cfg, "-metadir", metadir, "-cleanup", spec];
}
/** Gives errors that name only a module the path of that module's file, when it sits beside the spec. */
function withFiles(errors, specDir) {
    return errors.map((e) => {
        if (e.file !== undefined || e.module === undefined)
            return e;
        const file = join(specDir, `${e.module}.tla`);
        return existsSync(file) ? { ...e, file } : e;
    });
}
/** The first line of the JVM's own complaint on stderr (e.g. `Error: Unable to access jarfile ...`). */
function firstStderrLine(stderr) {
    return stderr
        .split(/\r?\n/)
        .map((l) => l.trim())
        .find((l) => l !== "" && !l.startsWith("at ") && !/^Picked up JAVA_TOOL_OPTIONS/.test(l));
}
/**
 * Runs TLC on a model and returns its verdict. `seconds` is the wall-clock
 * time of the whole run (JVM start included), to the millisecond.
 *
 * Throws {@link TlcUnavailableError} when `java` or the jar is missing, and
 * {@link TlaError} when the model or its module does not exist.
 */
export async function runTlc(options) {
    const files = checkModelFiles(options.cfg, options.spec);
    const tools = options.tools ?? locateTlc();
    const workers = options.workers ?? 1;
    if (workers !== "auto" && (!Number.isInteger(workers) || workers < 1)) {
        throw new TlaError(`workers must be a whole number of at least 1, got ${workers}`, "error");
    }
    options.signal?.throwIfAborted();
    const metadir = await mkdtemp(join(tmpdir(), "paxos-tlc-"));
    const started = performance.now();
    try {
        const parser = new TlcOutputParser(options.onProgress);
        const { exitCode, stderr } = await new Promise((resolvePromise, reject) => {
            const child = spawn(tools.java, tlcArguments(tools.jar, files.cfg, files.spec, workers, metadir), {
                cwd: dirname(files.cfg),
                stdio: ["ignore", "pipe", "pipe"],
                ...(options.signal ? { signal: options.signal } : {}),
            });
            let stderr = "";
            child.stdout.setEncoding("utf8");
            child.stdout.on("data", (chunk) => parser.push(chunk));
            child.stderr.setEncoding("utf8");
            child.stderr.on("data", (chunk) => {
                if (stderr.length < 64 * 1024)
                    stderr += chunk;
            });
            child.on("error", (err) => {
                if (err.name === "AbortError")
                    reject(new Error("TLC run cancelled"));
                else if (err.code === "ENOENT")
                    reject(new TlcUnavailableError(`cannot start Java at '${tools.java}': no such file`));
                else
                    reject(err);
            });
            child.on("close", (code) => {
                parser.end();
                resolvePromise({ exitCode: code, stderr });
            });
        });
        const seconds = Math.round(performance.now() - started) / 1000;
        let result = parser.result();
        const complaint = firstStderrLine(stderr);
        if (result.outcome === "success" && exitCode !== 0) {
            result = { ...result, outcome: "error", message: complaint ?? `TLC reported success but exited with code ${exitCode}.` };
        }
        else if (result.outcome === "error" && result.message === "TLC ended without reporting a result.") {
            result = {
                ...result,
                message: complaint ?? `TLC exited with code ${exitCode} without reporting a result.`,
            };
        }
        const version = parser.version;
        return {
            ...result,
            errors: withFiles(result.errors, dirname(files.spec)),
            seconds,
            exitCode,
            ...(version !== undefined ? { tlcVersion: version } : {}),
        };
    }
    finally {
        await rm(metadir, { recursive: true, force: true });
    }
}
//# sourceMappingURL=run.js.map