import { dayKey } from "../../practice/day.ts";
import type { BankItem } from "../../practice/facets.ts";
import { REPORTS_KEY } from "../../practice/interview-report.ts";
import { dueColumns } from "../../progress/charts/due-columns.ts";
import { heatMapChart } from "../../progress/charts/heat-map.ts";
import { masteryBars } from "../../progress/charts/mastery-bars.ts";
import { scoreLine } from "../../progress/charts/score-line.ts";
import type { SvgNode } from "../../progress/charts/svg-node.ts";
import { type InterviewScore, readInterviewScores } from "../../progress/interview-scores.ts";
import { hasHistory, type ProgressPicture, progressPicture } from "../../progress/picture.ts";
import { activityTable, dueTable, masteryTable, scoreTable, type TableData } from "../../progress/tables.ts";
import { loadBankManifest } from "../practice/bank-data.ts";
import { loadProgress, showNotice } from "../practice/progress-store.ts";
import { wireTransfer } from "../practice/transfer.ts";
import { svgElement, tableElement } from "./render-chart.ts";

const dayOf = (time: number) => dayKey(new Date(time));

interface Chart {
	/** Draws the chart `width` pixels wide. */
	draw: (width: number) => SvgNode;
	table: TableData;
	/** Nothing to draw: the figure shows its empty message instead. */
	empty: boolean;
}

function chartsOf(picture: ProgressPicture, today: string): Record<string, Chart> {
	const { byCategory, byIndustry, forecast, activity, scores } = picture;
	return {
		category: {
			draw: (width) => masteryBars(byCategory, width, "各分类掌握情况的条形图，数字见下方数据表"),
			table: masteryTable(byCategory, "分类"),
			empty: byCategory.length === 0,
		},
		industry: {
			draw: (width) => masteryBars(byIndustry, width, "各行业掌握情况的条形图，数字见下方数据表"),
			table: masteryTable(byIndustry, "行业"),
			empty: byIndustry.length === 0,
		},
		due: {
			draw: (width) => dueColumns(forecast, width, "未来 14 天每天到期的复习题数，数字见下方数据表"),
			table: dueTable(forecast),
			empty: forecast.every((day) => day.count === 0),
		},
		activity: {
			draw: (width) =>
				heatMapChart(activity.cells, activity.weeks, today, width, "按天的练习日历，数字见下方数据表"),
			table: activityTable(activity.weeks),
			empty: activity.weeks.every((week) => week.total === 0),
		},
		score: {
			draw: (width) => scoreLine(scores, width, "模拟面试得分随时间的折线图，数字见下方数据表", dayOf),
			table: scoreTable(scores, dayOf),
			empty: scores.length === 0,
		},
	};
}

/** The stored mock-interview scores, and what to tell the reader when some could not be read. */
function readScores(): { scores: InterviewScore[]; notice?: string } {
	let text: string | null = null;
	try {
		text = localStorage.getItem(REPORTS_KEY);
	} catch {}
	const read = readInterviewScores(text);
	if (read.problem)
		return { scores: [], notice: `模拟面试记录无法读取（${read.problem}），这里没有显示得分。` };
	return {
		scores: read.scores,
		...(read.skipped > 0 ? { notice: `有 ${read.skipped} 次模拟面试缺少时间或得分，没有画进图里。` } : {}),
	};
}

function fillOverview(root: HTMLElement, picture: ProgressPicture): void {
	const { overview } = picture;
	const values: Record<string, string> = {
		practised: `${overview.practised} / ${overview.total}`,
		mastered: String(overview.mastered),
		due: String(overview.dueToday),
		streak: `${overview.streak} 天`,
		starred: String(overview.starred),
		notes: String(overview.notes),
	};
	for (const element of root.querySelectorAll<HTMLElement>("[data-overview]"))
		element.textContent = values[element.dataset["overview"] ?? ""] ?? "";
}

/** Shows a chart's empty message instead of its box and table. */
function showChartEmpty(figure: HTMLElement, empty: boolean): void {
	figure.querySelector<HTMLElement>("[data-chart-empty]")?.toggleAttribute("hidden", !empty);
	figure.querySelector<HTMLElement>("[data-chart-box]")?.toggleAttribute("hidden", empty);
	figure.querySelector<HTMLElement>("[data-chart-table]")?.toggleAttribute("hidden", empty);
}

/** Draws every chart at its box's width; called again when the width changes. */
function drawCharts(root: HTMLElement, charts: Record<string, Chart>): void {
	for (const figure of root.querySelectorAll<HTMLElement>("[data-chart]")) {
		const chart = charts[figure.dataset["chart"] ?? ""];
		const box = figure.querySelector<HTMLElement>("[data-chart-box]");
		if (!chart || !box) continue;
		box.style.minHeight = "";
		if (chart.empty) continue;
		box.replaceChildren(svgElement(chart.draw(Math.max(240, box.clientWidth))));
	}
}

/**
 * The progress page: an overview, mastery by category and by industry, reviews due in the next two
 * weeks, a practice calendar and mock-interview scores, each chart with its data table; or, for a
 * new reader, where to start. Drawn once the bank manifest has come (its questions are what the
 * mastery is measured against).
 */
export function initProgressPage(): void {
	const root = document.querySelector<HTMLElement>("[data-progress-page]");
	if (!root) return;
	const notice = root.querySelector<HTMLElement>("[data-progress-notice]");
	let { progress, notice: progressNotice } = loadProgress();
	const { scores, notice: scoresNotice } = readScores();
	showNotice(notice, [progressNotice, scoresNotice].filter(Boolean).join(" ") || undefined);
	const today = dayKey(new Date());
	let items: BankItem[] | undefined;

	let charts: Record<string, Chart> = {};
	// The first paint already chose by the head script's mark; settle it from the records at once,
	// before the manifest has come (the chart boxes hold their space until then).
	const showEmpty = (empty: boolean) => {
		root.querySelector<HTMLElement>("[data-progress-empty]")?.toggleAttribute("hidden", !empty);
		root.querySelector<HTMLElement>("[data-progress-content]")?.toggleAttribute("hidden", empty);
		root.dataset["decided"] = "";
	};
	showEmpty(!hasHistory(progress, scores));
	const scoreFigure = root.querySelector<HTMLElement>('[data-chart="score"]');
	if (scoreFigure && scores.length === 0) showChartEmpty(scoreFigure, true);
	const render = () => {
		if (!items) return;
		const picture = progressPicture(items, progress, scores, today, dayOf);
		charts = chartsOf(picture, today);
		showEmpty(picture.empty);
		fillOverview(root, picture);
		for (const figure of root.querySelectorAll<HTMLElement>("[data-chart]")) {
			const chart = charts[figure.dataset["chart"] ?? ""];
			if (!chart) continue;
			showChartEmpty(figure, chart.empty);
			const details = figure.querySelector<HTMLElement>("[data-chart-table]");
			const caption = figure.querySelector("figcaption")?.textContent ?? "";
			details?.querySelector("[data-table-slot]")?.replaceChildren(tableElement(chart.table, caption));
		}
		drawCharts(root, charts);
	};
	root.setAttribute("aria-busy", "true");
	loadBankManifest().then(
		(loaded) => {
			items = loaded;
			root.removeAttribute("aria-busy");
			render();
		},
		(error: Error) => {
			root.removeAttribute("aria-busy");
			showNotice(notice, error.message);
		},
	);

	let width = root.clientWidth;
	new ResizeObserver(() => {
		if (root.clientWidth === width) return;
		width = root.clientWidth;
		drawCharts(root, charts);
	}).observe(root);

	// Printing shows the data tables too: open them for the print, close them again after.
	let opened: HTMLDetailsElement[] = [];
	addEventListener("beforeprint", () => {
		opened = [...root.querySelectorAll<HTMLDetailsElement>("details:not([open])")];
		for (const details of opened) details.open = true;
	});
	addEventListener("afterprint", () => {
		for (const details of opened) details.open = false;
	});

	wireTransfer(root, {
		current: () => progress,
		replace: (next) => {
			progress = next;
			render();
		},
		notice: root.querySelector<HTMLElement>("[data-transfer-notice]"),
	});
}
