/** One line or one colour of bars: a label and one value per x position (`null`: none). */
export interface Series {
    readonly label: string;
    readonly values: readonly (number | null)[];
}
/** What both chart kinds share. */
export interface ChartData {
    readonly title: string;
    /** A second, smaller line under the title (e.g. how many runs each point has). */
    readonly subtitle?: string;
    readonly xLabel: string;
    readonly yLabel: string;
    /** The x positions' labels, in order. */
    readonly categories: readonly string[];
    /** Title of the legend (e.g. the parameter whose values the series are). */
    readonly legendTitle?: string;
    readonly series: readonly Series[];
    /** Top of the y axis at least this (e.g. 1 for a share). */
    readonly yMin?: number;
    /** Show y ticks as percentages of 1. */
    readonly percent?: boolean;
}
/** A line chart: `numericX` places the categories by their numeric value instead of evenly. */
export interface LineChart extends ChartData {
    readonly numericX?: boolean;
}
/** Escapes text for SVG content and attribute values. */
export declare function escapeXml(s: string): string;
/**
 * Ticks from 0 to at least `max`: about `target` steps of 1, 2, 2.5 or 5
 * times a power of ten. `[0, 1]` when `max` is not positive.
 */
export declare function niceTicks(max: number, target?: number): number[];
/** Renders a line chart as an SVG document (ending in a newline). */
export declare function renderLineChart(chart: LineChart): string;
/** Renders a grouped bar chart as an SVG document (ending in a newline). Each bar carries its value as a label. */
export declare function renderBarChart(chart: ChartData): string;
