/** Escapes text for HTML content and attribute values. */
export declare function escapeHtml(s: string): string;
/**
 * Highlights TLA+ source. `anchors` maps 1-based line numbers to ids: an empty
 * anchor element with that id is placed at the start of the line, so that
 * definitions can be linked to. `links` maps names to hrefs: each use of such
 * a name becomes a link (to its definition, say).
 */
export declare function highlightTla(source: string, anchors?: ReadonlyMap<number, string>, links?: ReadonlyMap<string, string>): string;
/** Highlights TypeScript source with the compiler's scanner (keywords, strings, numbers, comments, types). */
export declare function highlightTypeScript(source: string): string;
