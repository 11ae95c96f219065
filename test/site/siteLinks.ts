import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The href and src targets of an HTML document (attribute values, unescaped); `asset` for what a browser fetches on load. */
export function linkTargets(html: string): { target: string; asset: boolean }[] {
  return [...html.matchAll(/<(\w+)\b[^>]*?\s(href|src)="([^"]*)"/g)].map((m) => ({
    target: m[3]!.replace(/&amp;/g, "&").replace(/&quot;/g, '"'),
    asset: m[2] === "src" || m[1]!.toLowerCase() === "link",
  }));
}

/** The ids defined in an HTML document. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));
}

/**
 * Every internal link of the HTML files `files` (relative to `siteDir`) that
 * does not resolve: a missing file, or a fragment with no matching id.
 * External assets (a stylesheet, script or image with a scheme) are problems
 * too: the site must not fetch anything from the network. External hyperlinks
 * are allowed.
 */
export function brokenLinks(siteDir: string, files: readonly string[]): string[] {
  const problems: string[] = [];
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string): Set<string> => {
    let s = idCache.get(file);
    if (!s) {
      s = idsOf(readFileSync(file, "utf8"));
      idCache.set(file, s);
    }
    return s;
  };
  for (const f of files) {
    const abs = join(siteDir, f);
    for (const { target, asset } of linkTargets(readFileSync(abs, "utf8"))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//")) {
        if (asset) problems.push(`${f}: external asset ${target}`);
        continue;
      }
      const hash = target.indexOf("#");
      const pathPart = hash >= 0 ? target.slice(0, hash) : target;
      const fragment = hash >= 0 ? decodeURIComponent(target.slice(hash + 1)) : "";
      const dest = pathPart === "" ? abs : resolve(dirname(abs), decodeURIComponent(pathPart));
      if (!dest.startsWith(resolve(siteDir))) {
        problems.push(`${f}: link ${target} leaves the site`);
        continue;
      }
      if (!existsSync(dest)) {
        problems.push(`${f}: link ${target} -> missing file`);
        continue;
      }
      if (fragment !== "" && dest.endsWith(".html") && !ids(dest).has(fragment)) problems.push(`${f}: link ${target} -> no id '${fragment}'`);
    }
  }
  return problems;
}
