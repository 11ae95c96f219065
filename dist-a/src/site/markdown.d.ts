/** What a renderer needs from its caller: where links should really point. */
export interface MarkdownOptions {
    /**
     * Rewrites a link target (`trace-format.md`, `../spec/Paxos.tla#Phase1b`).
     * Returns the new href, or undefined to render the link text without a link.
     */
    readonly rewriteLink?: (href: string) => string | undefined;
}
/** A rendered document: its HTML, its first heading, and its headings (for a table of contents). */
export interface RenderedMarkdown {
    readonly html: string;
    readonly title: string | undefined;
    readonly headings: readonly {
        readonly level: number;
        readonly text: string;
        readonly id: string;
    }[];
}
/** A heading's id: lower case, letters, digits and dashes. */
export declare function slug(text: string): string;
/** Renders inline Markdown (code spans, emphasis, links) to HTML. */
export declare function renderInline(text: string, opts?: MarkdownOptions): string;
/** Renders a Markdown document to HTML. */
export declare function renderMarkdown(source: string, opts?: MarkdownOptions): RenderedMarkdown;
