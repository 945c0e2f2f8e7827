import type { MasteryRow } from "../mastery.ts";
import { chartRoot, el, FONT_SIZE, type SvgNode, textWidth, tooltip } from "./svg-node.ts";

/** The parts of a bar, left to right, with their names and CSS classes (colours in the page's CSS). */
export const MASTERY_PARTS = [
	{ key: "know", label: "会" },
	{ key: "fuzzy", label: "模糊" },
	{ key: "unknown", label: "不会" },
	{ key: "fresh", label: "未练" },
] as const;

const ROW = 28;
const BAR = 16;
const LEGEND = 26;
const GAP = 8;

/** How tall the mastery chart of `rows` groups is, at any width. */
export function masteryBarsHeight(rows: number): number {
	return LEGEND + rows * ROW + 4;
}

/** One legend entry per part: a swatch and its name, in a row. */
function legend(): SvgNode {
	let x = 0;
	const entries = MASTERY_PARTS.map(({ key, label }) => {
		const entry = el(
			"g",
			{ transform: `translate(${x} 0)` },
			el("rect", { class: `part-${key}`, width: 10, height: 10, y: 3, rx: 2 }),
			el("text", { x: 14, y: 12, class: "axis" }, label),
		);
		x += 14 + textWidth(label, FONT_SIZE) + 14;
		return entry;
	});
	return el("g", { class: "legend" }, ...entries);
}

/**
 * A 100 % stacked bar per group (会 / 模糊 / 不会 / 未练 as shares of its questions), its name on
 * the left and `会/题数` on the right, `width` pixels wide.
 */
export function masteryBars(rows: readonly MasteryRow[], width: number, label: string): SvgNode {
	const labelWidth = Math.min(
		width * 0.4,
		Math.max(0, ...rows.map((row) => textWidth(row.label, FONT_SIZE))) + GAP,
	);
	const valueWidth =
		Math.max(0, ...rows.map((row) => textWidth(`${row.know}/${row.total}`, FONT_SIZE))) + GAP;
	const barWidth = Math.max(40, width - labelWidth - valueWidth);
	const bars = rows.map((row, index) => {
		const y = LEGEND + index * ROW;
		let x = labelWidth;
		const parts = MASTERY_PARTS.flatMap(({ key, label: part }) => {
			const count = row[key];
			if (count === 0) return [];
			const partWidth = (count / row.total) * barWidth;
			const rect = el(
				"rect",
				{ class: `part-${key}`, x, y: y + (ROW - BAR) / 2, width: partWidth, height: BAR },
				tooltip(`${row.label} · ${part} ${count} 题`),
			);
			x += partWidth;
			return [rect];
		});
		return el(
			"g",
			{ class: "row" },
			el("text", { x: 0, y: y + ROW / 2 + 4, class: "label" }, row.label),
			...parts,
			el(
				"text",
				{ x: labelWidth + barWidth + GAP / 2, y: y + ROW / 2 + 4, class: "value" },
				`${row.know}/${row.total}`,
			),
		);
	});
	return chartRoot("mastery", width, masteryBarsHeight(rows.length), label, legend(), ...bars);
}
