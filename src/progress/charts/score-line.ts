import { monthDayLabel } from "../../practice/day.ts";
import { type InterviewScore, scorePercent } from "../interview-scores.ts";
import { chartRoot, el, FONT_SIZE, type SvgNode, textWidth, tooltip } from "./svg-node.ts";

/** How tall the score chart is, at any width. */
export const SCORE_LINE_HEIGHT = 200;
const HEIGHT = SCORE_LINE_HEIGHT;
const TOP = 12;
const BOTTOM = 26;
const LEFT = textWidth("100%", FONT_SIZE) + 8;
const RIGHT = 16;
const GRID = [0, 0.25, 0.5, 0.75, 1];

/**
 * Scores (0–100 %) over time: a point per interview placed by its date, joined by a line, with
 * gridlines every 25 % and the first and last dates under the axis. `dayOf` names a moment's day.
 */
export function scoreLine(
	scores: readonly InterviewScore[],
	width: number,
	label: string,
	dayOf: (time: number) => string,
): SvgNode {
	const plotWidth = Math.max(40, width - LEFT - RIGHT);
	const plotHeight = HEIGHT - TOP - BOTTOM;
	const first = scores[0]?.at ?? 0;
	const span = (scores.at(-1)?.at ?? 0) - first;
	const xOf = (at: number) => LEFT + (span > 0 ? ((at - first) / span) * plotWidth : plotWidth / 2);
	const yOf = (score: number) => TOP + (1 - score) * plotHeight;
	const grid = GRID.map((level) =>
		el(
			"g",
			{},
			el("line", { class: "grid", x1: LEFT, x2: LEFT + plotWidth, y1: yOf(level), y2: yOf(level) }),
			level * 2 === Math.round(level * 2) &&
				el(
					"text",
					{ x: LEFT - 6, y: yOf(level) + 4, class: "axis", "text-anchor": "end" },
					scorePercent(level),
				),
		),
	);
	const points = scores.map((entry) => `${xOf(entry.at).toFixed(1)},${yOf(entry.score).toFixed(1)}`);
	const dots = scores.map((entry) =>
		el(
			"circle",
			{ class: "dot", cx: xOf(entry.at), cy: yOf(entry.score), r: 4 },
			tooltip(`${monthDayLabel(dayOf(entry.at))}：${scorePercent(entry.score)}`),
		),
	);
	const firstDay = scores[0] ? monthDayLabel(dayOf(scores[0].at)) : "";
	const lastDay = scores.at(-1) ? monthDayLabel(dayOf(scores.at(-1)?.at ?? 0)) : "";
	const dates =
		span > 0
			? [
					el("text", { x: LEFT, y: HEIGHT - 6, class: "axis" }, firstDay),
					lastDay !== firstDay &&
						el("text", { x: LEFT + plotWidth, y: HEIGHT - 6, class: "axis", "text-anchor": "end" }, lastDay),
				]
			: [el("text", { x: xOf(first), y: HEIGHT - 6, class: "axis", "text-anchor": "middle" }, firstDay)];
	return chartRoot(
		"score",
		width,
		HEIGHT,
		label,
		...grid,
		scores.length > 1 && el("polyline", { class: "line", points: points.join(" ") }),
		...dots,
		...dates,
	);
}
