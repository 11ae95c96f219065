/**
 * A strict check that a document's tags nest properly, for tests of generated
 * SVG and HTML. Returns the first problem found, or undefined.
 */
export function xmlNestingProblem(text: string, voidElements: ReadonlySet<string> = new Set()): string | undefined {
  const stack: string[] = [];
  const tag =
    /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<!\[CDATA\[[\s\S]*?\]\]>|(<)/gi;
  for (const m of text.matchAll(tag)) {
    if (m[5] !== undefined) return `stray '<' at offset ${m.index}`;
    if (m[2] === undefined) continue;
    const name = m[2].toLowerCase();
    const closing = m[1] === "/";
    const selfClosing = m[4] === "/";
    if (closing) {
      const open = stack.pop();
      if (open !== name) return `</${name}> at offset ${m.index} closes <${open ?? "nothing"}>`;
    } else if (!selfClosing && !voidElements.has(name)) {
      stack.push(name);
    }
  }
  return stack.length > 0 ? `unclosed <${stack[stack.length - 1]}>` : undefined;
}
