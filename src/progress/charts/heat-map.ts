import { monthDayLabel, WEEKDAY_LABELS } from "../../practice/day.ts";
import type { HeatCell, HeatWeek, Level } from "../activity.ts";
import { chartRoot, el, FONT_SIZE, type SvgNode, textWidth, tooltip } from "./svg-node.ts";

const LEFT = FONT_SIZE + 8;
const TOP = 18;
const GAP = 3;
const LEVELS: Level[] = [0, 1, 2, 3, 4];

/** `12月` over the first week starting in a new month, unless it would crowd the label before. */
function monthLabels(weeks: readonly HeatWeek[], step: number): SvgNode[] {
	const labels: SvgNode[] = [];
	let lastX = Number.NEGATIVE_INFINITY;
	let lastMonth = "";
	weeks.forEach((week, index) => {
		const month = week.start.slice(5, 7);
		if (month === lastMonth) return;
		lastMonth = month;
		const x = LEFT + index * step;
		const text = `${Number(month)}月`;
		if (x - lastX < textWidth(text, FONT_SIZE) + 4) return;
		lastX = x;
		labels.push(el("text", { x, y: TOP - 6, class: "axis" }, text));
	});
	return labels;
}

/** Sizes of the calendar of `weeks` columns drawn at most `width` wide. */
function heatMapLayout(width: number, weeks: number) {
	const step = Math.min(24, (width - LEFT) / Math.max(1, weeks));
	const cell = step - GAP;
	const legendY = TOP + 7 * step + 8;
	return { step, cell, legendY, height: legendY + cell + 4 };
}

/**
 * `heatMapLayout`'s height as a CSS length, for a box `100cqw` wide: the space the calendar will
 * take, held before it is drawn.
 */
export function heatMapHeightCss(weeks: number): string {
	// height = legendY + cell + 4 = TOP + 8 * step + 12 - GAP
	return `calc(${TOP + 12 - GAP}px + 8 * min(24px, (100cqw - ${LEFT}px) / ${Math.max(1, weeks)}))`;
}

/**
 * A calendar of practice: a column per week (oldest on the left), a row per weekday (Monday on
 * top), each day shaded by how many questions were graded; today is outlined. At most `width` wide.
 */
export function heatMapChart(
	cells: readonly HeatCell[],
	weeks: readonly HeatWeek[],
	today: string,
	width: number,
	label: string,
): SvgNode {
	const { step, cell, legendY, height } = heatMapLayout(width, weeks.length);
	const dayLabels = [0, 2, 4].map((row) =>
		el("text", { x: 0, y: TOP + row * step + cell - 2, class: "axis" }, WEEKDAY_LABELS[row] ?? ""),
	);
	const squares = cells.map((day) =>
		el(
			"rect",
			{
				class: `level-${day.level}${day.day === today ? " today" : ""}`,
				x: LEFT + day.week * step,
				y: TOP + day.weekday * step,
				width: cell,
				height: cell,
				rx: 2,
			},
			tooltip(
				`${monthDayLabel(day.day)}（周${WEEKDAY_LABELS[day.weekday]}）：${day.count > 0 ? `练习 ${day.count} 题` : "没有练习"}`,
			),
		),
	);
	const gridRight = LEFT + weeks.length * step;
	const legendStart = gridRight - (textWidth("多", FONT_SIZE) + 4 + LEVELS.length * (cell + GAP));
	const legend = el(
		"g",
		{ class: "legend" },
		el("text", { x: legendStart - 4, y: legendY + cell - 2, class: "axis", "text-anchor": "end" }, "少"),
		...LEVELS.map((level) =>
			el("rect", {
				class: `level-${level}`,
				x: legendStart + level * (cell + GAP),
				y: legendY,
				width: cell,
				height: cell,
				rx: 2,
			}),
		),
		el(
			"text",
			{ x: legendStart + LEVELS.length * (cell + GAP) + 2, y: legendY + cell - 2, class: "axis" },
			"多",
		),
	);
	return chartRoot(
		"heat",
		gridRight,
		height,
		label,
		...monthLabels(weeks, step),
		...dayLabels,
		...squares,
		legend,
	);
}
