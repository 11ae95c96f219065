import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * A spec module `module` with one variable and the given actions (each one line
 * of TLA+ after `Name ==`), and `Next` their disjunction, as the lines of a `.tla`
 * file. An action's comment goes on the line above it when given.
 */
export function specLines(module: string, variable: string, actions: readonly { name: string; body: string; comment?: string }[]): string[] {
  return [
    `---- MODULE ${module} ----`,
    `VARIABLE ${variable}`,
    `Init == ${variable} = 0`,
    ...actions.flatMap((a) => [...(a.comment ? [`\\* ${a.comment}`] : []), `${a.name} == ${a.body}`]),
    `Next == ${actions.map((a) => a.name).join(" \\/ ")}`,
    "====",
  ];
}

/**
 * Writes, under `root`, the smallest repository the site builds from: a
 * `package.json`, and for each of the site's protocols (Paxos in `src/paxos`,
 * MultiPaxos and ReconfigMultiPaxos in `src/multipaxos`) a spec with one
 * action and the function tagged with it.
 */
export async function writeSmallestRoot(root: string): Promise<void> {
  await mkdir(join(root, "spec"), { recursive: true });
  await writeFile(join(root, "package.json"), `{"name":"fake","description":"x"}`);
  await writeProtocol(root, "Paxos", "paxos", "Up", "up");
  await writeProtocol(root, "MultiPaxos", "multipaxos", "Grow", "grow");
  await writeProtocol(root, "ReconfigMultiPaxos", "multipaxos", "Change", "change");
}

/** `spec/<module>.tla` with the one action `action`, and `src/<dir>/<fn>.ts` with the function `fn` tagged `@spec <module>.<action>`. */
export async function writeProtocol(root: string, module: string, dir: string, action: string, fn: string): Promise<void> {
  await mkdir(join(root, "spec"), { recursive: true });
  await mkdir(join(root, "src", dir), { recursive: true });
  await writeFile(join(root, "spec", `${module}.tla`), specLines(module, "x", [{ name: action, body: "x' = x + 1" }]).join("\n"));
  await writeFile(join(root, "src", dir, `${fn}.ts`), `/** @spec ${module}.${action} */\nexport function ${fn}(x: number): number {\n  return x + 1;\n}\n`);
}
