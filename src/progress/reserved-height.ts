import { DUE_COLUMNS_HEIGHT } from "./charts/due-columns.ts";
import { heatMapHeightCss } from "./charts/heat-map.ts";
import { masteryBarsHeight } from "./charts/mastery-bars.ts";
import { SCORE_LINE_HEIGHT } from "./charts/score-line.ts";
import { ACTIVITY_WEEKS } from "./picture.ts";

/** What the page knows about a chart when it is built. */
export interface ChartShape {
	/** Groups the mastery chart has a bar for (counted from the bank the manifest carries). */
	rows: number;
}

/**
 * The CSS `min-height` that holds a chart's space on the progress page until the page script draws
 * it (the charts wait for the bank manifest), so nothing below moves when it appears: the height
 * the chart will have at its box's width (`cqw` of the figure, a size container). Empty for a chart
 * this does not know.
 */
export function reservedHeight(chart: string, shape: ChartShape): string {
	switch (chart) {
		case "category":
		case "industry":
			return `${masteryBarsHeight(shape.rows)}px`;
		case "due":
			return `${DUE_COLUMNS_HEIGHT}px`;
		case "activity":
			return heatMapHeightCss(ACTIVITY_WEEKS);
		case "score":
			return `${SCORE_LINE_HEIGHT}px`;
		default:
			return "";
	}
}
