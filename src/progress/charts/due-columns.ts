import { monthDayLabel, shortDayLabel, WEEKDAY_LABELS, weekdayOf } from "../../practice/day.ts";
import type { DueDay } from "../due-forecast.ts";
import { chartRoot, el, FONT_SIZE, type SvgNode, textWidth, tooltip } from "./svg-node.ts";

/** How tall the forecast chart is, at any width. */
export const DUE_COLUMNS_HEIGHT = 180;
const HEIGHT = DUE_COLUMNS_HEIGHT;
const TOP = 20;
const BOTTOM = 36;

/** The x-axis name of a day: 今天 for the first, then `12/2`. */
const dueDayLabel = (day: DueDay, index: number) => (index === 0 ? "今天" : shortDayLabel(day.day));

/**
 * One column per day with the number due on top; today's column shows the overdue part apart.
 * Axis labels thin out (every second, third …) when the chart is too narrow for all of them.
 */
export function dueColumns(days: readonly DueDay[], width: number, label: string): SvgNode {
	const slot = width / Math.max(1, days.length);
	const column = Math.min(28, slot * 0.7);
	const widest = Math.max(0, ...days.map((day, index) => textWidth(dueDayLabel(day, index), FONT_SIZE)));
	const labelEvery = Math.max(1, Math.ceil((widest + 6) / slot));
	const max = Math.max(1, ...days.map((day) => day.count));
	const plot = HEIGHT - TOP - BOTTOM;
	const baseline = TOP + plot;
	const marks = days.map((day, index) => {
		const center = slot * index + slot / 2;
		const x = center - column / 2;
		const height = (day.count / max) * plot;
		const overdueHeight = (day.overdue / max) * plot;
		const name = `${monthDayLabel(day.day)}（周${WEEKDAY_LABELS[weekdayOf(day.day)]}）`;
		const due = `${name}：${day.count} 题到期${day.overdue > 0 ? `，其中 ${day.overdue} 题已逾期` : ""}`;
		return el(
			"g",
			{ class: "day" },
			day.count > 0 &&
				el("rect", { class: "bar", x, y: baseline - height, width: column, height }, tooltip(due)),
			day.overdue > 0 &&
				el(
					"rect",
					{ class: "bar-overdue", x, y: baseline - overdueHeight, width: column, height: overdueHeight },
					tooltip(due),
				),
			day.count > 0 &&
				el(
					"text",
					{ x: center, y: baseline - height - 5, class: "value", "text-anchor": "middle" },
					String(day.count),
				),
			index % labelEvery === 0 &&
				el(
					"text",
					{ x: center, y: baseline + 16, class: "axis", "text-anchor": "middle" },
					dueDayLabel(day, index),
				),
			index % labelEvery === 0 &&
				el(
					"text",
					{ x: center, y: baseline + 30, class: "axis", "text-anchor": "middle" },
					WEEKDAY_LABELS[weekdayOf(day.day)] ?? "",
				),
		);
	});
	return chartRoot(
		"due",
		width,
		HEIGHT,
		label,
		el("line", { class: "baseline", x1: 0, x2: width, y1: baseline, y2: baseline }),
		...marks,
	);
}
