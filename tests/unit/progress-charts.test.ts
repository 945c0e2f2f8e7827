import { describe, expect, it } from "vitest";
import { addDays, dayKey } from "../../src/practice/day.ts";
import type { BankItem } from "../../src/practice/facets.ts";
import { emptyProgress, gradeQuestion, type Progress } from "../../src/practice/progress.ts";
import { activityByDay, activityLevel, heatMap, streak } from "../../src/progress/activity.ts";
import { dueColumns } from "../../src/progress/charts/due-columns.ts";
import { heatMapChart } from "../../src/progress/charts/heat-map.ts";
import { masteryBars } from "../../src/progress/charts/mastery-bars.ts";
import { scoreLine } from "../../src/progress/charts/score-line.ts";
import { el, type SvgNode, textWidth } from "../../src/progress/charts/svg-node.ts";
import { dueForecast } from "../../src/progress/due-forecast.ts";
import { readInterviewScores } from "../../src/progress/interview-scores.ts";
import { masteryBy } from "../../src/progress/mastery.ts";
import { hasHistory, progressPicture } from "../../src/progress/picture.ts";
import { reservedHeight } from "../../src/progress/reserved-height.ts";
import { activityTable, dueTable, masteryTable, scoreTable } from "../../src/progress/tables.ts";

/** The reader's local days, as the site uses them; noon keeps a time on its day in every time zone. */
const dayOf = (time: number) => dayKey(new Date(time));
const noon = (day: string) => {
	const [year, month, date] = day.split("-").map(Number);
	return new Date(year ?? 0, (month ?? 1) - 1, date, 12).getTime();
};
const TODAY = "2026-12-02"; // a Wednesday

const item = (id: string, category: string, industries: string[]): BankItem => ({
	id,
	title: id,
	url: `/questions/${id}/`,
	category,
	difficulty: "入门",
	industries,
	tags: [],
});
const bank = [
	item("a", "基础概念", ["通用"]),
	item("b", "基础概念", ["金融", "医疗"]),
	item("c", "训练与优化", ["金融"]),
	item("d", "训练与优化", ["通用"]),
	item("e", "行业应用", ["医疗"]),
];

/** a 会 yesterday, b 不会 three days ago, c 模糊 today; "gone" is no longer in the bank. */
function sample(): Progress {
	let progress = gradeQuestion(emptyProgress(), "a", "know", noon(addDays(TODAY, -1)));
	progress = gradeQuestion(progress, "b", "unknown", noon(addDays(TODAY, -3)));
	progress = gradeQuestion(progress, "c", "fuzzy", noon(TODAY));
	return gradeQuestion(progress, "gone", "know", noon(addDays(TODAY, -1)));
}

/** Every node of a tree, depth first. */
function nodes(node: SvgNode): SvgNode[] {
	return [node, ...node.children.flatMap((child) => (typeof child === "string" ? [] : nodes(child)))];
}
const byClass = (root: SvgNode, name: string) =>
	nodes(root).filter((node) =>
		String(node.attrs["class"] ?? "")
			.split(" ")
			.includes(name),
	);
const text = (node: SvgNode): string =>
	node.children.map((child) => (typeof child === "string" ? child : text(child))).join("");
const num = (node: SvgNode | undefined, attr: string) => Number(node?.attrs[attr]);

describe("mastery", () => {
	it("counts each question's last grade per category, in the given order, empty groups left out", () => {
		const rows = masteryBy(bank, sample(), (entry) => [entry.category], [
			"训练与优化",
			"基础概念",
			"数据与安全",
			"行业应用",
		]);
		expect(rows).toEqual([
			{ label: "训练与优化", total: 2, know: 0, fuzzy: 1, unknown: 0, fresh: 1 },
			{ label: "基础概念", total: 2, know: 1, fuzzy: 0, unknown: 1, fresh: 0 },
			{ label: "行业应用", total: 1, know: 0, fuzzy: 0, unknown: 0, fresh: 1 },
		]);
	});

	it("counts a question in each of its industries", () => {
		const rows = masteryBy(bank, sample(), (entry) => entry.industries, ["通用", "金融", "医疗"]);
		expect(rows.map((row) => [row.label, row.total, row.know, row.fuzzy, row.unknown])).toEqual([
			["通用", 2, 1, 0, 0],
			["金融", 2, 0, 1, 1],
			["医疗", 2, 0, 0, 1],
		]);
	});
});

describe("due forecast", () => {
	it("puts overdue reviews on today and each review on its due day, for bank questions only", () => {
		const forecast = dueForecast(bank, sample(), TODAY, dayOf, 14);
		expect(forecast).toHaveLength(14);
		expect(forecast[0]).toEqual({ day: TODAY, count: 1, overdue: 1 }); // b, due three days ago
		expect(forecast[1]).toEqual({ day: "2026-12-03", count: 1, overdue: 0 }); // c, 模糊: tomorrow
		expect(forecast[2]).toEqual({ day: "2026-12-04", count: 1, overdue: 0 }); // a, 会 (box 3): three days on
		expect(forecast.slice(3).every((day) => day.count === 0)).toBe(true);
		expect(forecast.at(-1)?.day).toBe("2026-12-15");
	});

	it("leaves out reviews due after the window", () => {
		let progress = gradeQuestion(emptyProgress(), "a", "know", noon(TODAY));
		for (let step = 0; step < 3; step += 1) progress = gradeQuestion(progress, "a", "know", noon(TODAY));
		// box 5: due in 14 days, one past a 14-day window that starts today.
		expect(progress.questions["a"]?.box).toBe(5);
		expect(dueForecast(bank, progress, TODAY, dayOf, 14).every((day) => day.count === 0)).toBe(true);
		expect(dueForecast(bank, progress, TODAY, dayOf, 15).at(-1)?.count).toBe(1);
	});
});

describe("activity", () => {
	it("joins the log with each question's last grading, counting a question once a day", () => {
		const progress: Progress = {
			...sample(),
			log: { ...sample().log, "2026-11-20": ["x", "y"], [TODAY]: ["c", "z"] },
		};
		// Saved before the log existed: only `last` says when d was practised.
		progress.questions["d"] = { box: 2, grade: "fuzzy", reviews: 1, last: noon("2026-11-25") };
		expect(Object.fromEntries(activityByDay(progress, dayOf))).toEqual({
			"2026-11-20": 2,
			"2026-11-25": 1,
			"2026-11-29": 1,
			"2026-12-01": 2,
			[TODAY]: 2,
		});
	});

	it.each([
		[0, 0],
		[1, 1],
		[2, 1],
		[3, 2],
		[5, 2],
		[6, 3],
		[9, 3],
		[10, 4],
		[250, 4],
	])("%i questions shade a day at level %i", (count, level) => {
		expect(activityLevel(count)).toBe(level);
	});

	it("lays days out in Monday-first weeks ending with today's, with week totals", () => {
		const activity = new Map([
			["2026-11-30", 2], // Monday of this week
			["2026-11-29", 12], // Sunday of last week
			["2026-11-16", 1], // three weeks back: before the window
			["2026-12-03", 5], // tomorrow: not shown
		]);
		const { cells, weeks } = heatMap(activity, TODAY, 2);
		expect(weeks.map((week) => week.start)).toEqual(["2026-11-23", "2026-11-30"]);
		expect(cells).toHaveLength(7 + 3);
		expect(cells[0]).toEqual({ day: "2026-11-23", count: 0, level: 0, week: 0, weekday: 0 });
		expect(cells.find((cell) => cell.day === "2026-11-29")).toMatchObject({ week: 0, weekday: 6, level: 4 });
		expect(cells.at(-1)).toMatchObject({ day: TODAY, week: 1, weekday: 2 });
		expect(weeks).toEqual([
			{ start: "2026-11-23", total: 12, activeDays: 1 },
			{ start: "2026-11-30", total: 2, activeDays: 1 },
		]);
	});

	it("counts the streak up to today, or up to yesterday before today's practice", () => {
		const days = (...list: string[]) => new Map(list.map((day) => [day, 1]));
		expect(streak(days("2026-11-30", "2026-12-01", TODAY), TODAY)).toBe(3);
		expect(streak(days("2026-11-30", "2026-12-01"), TODAY)).toBe(2);
		expect(streak(days("2026-11-29", "2026-12-01", TODAY), TODAY)).toBe(2);
		expect(streak(days("2026-11-30"), TODAY)).toBe(0);
	});
});

describe("interview scores", () => {
	it("reads the score and time of each usable report, oldest first", () => {
		const text = JSON.stringify({
			version: 1,
			reports: [
				{ id: "2", startedAt: 50, finishedAt: 90, score: 0.8, items: [{}] },
				{ id: "1", startedAt: 10, score: 0.4 }, // never finished: its start time
				{ id: "3", startedAt: 20, finishedAt: 30, score: 1.2 },
				{ id: "4", finishedAt: 40 },
				{ id: "5", startedAt: "x", finishedAt: null, score: 0.5 },
				null,
			],
		});
		expect(readInterviewScores(text)).toEqual({
			scores: [
				{ at: 10, score: 0.4 },
				{ at: 90, score: 0.8 },
			],
			skipped: 4,
		});
	});

	it.each([
		[null, undefined],
		["", undefined],
		["{", "不是有效的 JSON"],
		['{"version":2,"reports":[]}', "格式不认识"],
		['{"version":1}', "格式不认识"],
		["[1]", "格式不认识"],
	])("reads %j without throwing", (value, problem) => {
		const read = readInterviewScores(value);
		expect(read.scores).toEqual([]);
		expect(read.problem).toBe(problem);
	});
});

describe("svg nodes", () => {
	it("drops missing attributes and rounds coordinates to a tenth", () => {
		expect(el("rect", { x: 1.234, y: undefined, class: "a" }, false, "t")).toEqual({
			tag: "rect",
			attrs: { x: 1.2, class: "a" },
			children: ["t"],
		});
	});

	it("measures CJK text wider than Latin", () => {
		expect(textWidth("基础", 10)).toBe(20);
		expect(textWidth("12/2", 10)).toBe(24);
	});
});

describe("mastery bars", () => {
	const rows = masteryBy(bank, sample(), (entry) => [entry.category], ["基础概念", "训练与优化", "行业应用"]);

	it("draws one row per group whose parts share the bar by count", () => {
		const chart = masteryBars(rows, 400, "图");
		expect(chart.attrs).toMatchObject({ width: 400, role: "img", "aria-label": "图" });
		expect(byClass(chart, "row")).toHaveLength(3);
		const first = byClass(chart, "row")[0] as SvgNode;
		const parts = nodes(first).filter((node) => node.tag === "rect");
		expect(parts.map((part) => part.attrs["class"])).toEqual(["part-know", "part-unknown"]);
		expect(num(parts[0], "width")).toBeCloseTo(num(parts[1], "width"), 0);
		expect(num(parts[1], "x")).toBeCloseTo(num(parts[0], "x") + num(parts[0], "width"), 0);
		expect(
			nodes(first)
				.filter((node) => node.tag === "text")
				.map(text),
		).toEqual(["基础概念", "1/2"]);
		expect(text(nodes(parts[1] as SvgNode)[1] as SvgNode)).toBe("基础概念 · 不会 1 题");
	});

	it("fits its width", () => {
		for (const width of [260, 320, 700]) {
			const chart = masteryBars(rows, width, "图");
			const right = Math.max(
				...byClass(chart, "row")
					.flatMap(nodes)
					.filter((node) => node.tag === "rect")
					.map((node) => num(node, "x") + num(node, "width")),
			);
			expect(right).toBeLessThanOrEqual(width);
		}
	});
});

describe("due columns", () => {
	const forecast = dueForecast(bank, sample(), TODAY, dayOf, 14);

	it("draws a column per day with a count, scaled to the busiest day, overdue apart", () => {
		const chart = dueColumns(
			forecast.map((day, index) => (index === 1 ? { ...day, count: 2 } : day)),
			700,
			"图",
		);
		const bars = byClass(chart, "bar");
		expect(bars).toHaveLength(3);
		expect(num(bars[1], "height")).toBeCloseTo(2 * num(bars[0], "height"), 0);
		expect(byClass(chart, "bar-overdue")).toHaveLength(1);
		expect(byClass(chart, "value").map(text)).toEqual(["1", "2", "1"]);
		expect(byClass(chart, "axis").map(text).slice(0, 4)).toEqual(["今天", "三", "12/3", "四"]);
	});

	it("thins the axis labels when the columns are narrow", () => {
		const wide = byClass(dueColumns(forecast, 700, "图"), "axis").length;
		const narrow = byClass(dueColumns(forecast, 300, "图"), "axis").length;
		expect(wide).toBe(28);
		expect(narrow).toBeLessThan(wide);
		expect(narrow).toBeGreaterThan(0);
	});
});

describe("heat map", () => {
	const { cells, weeks } = heatMap(
		new Map([
			[TODAY, 4],
			["2026-11-29", 1],
		]),
		TODAY,
		20,
	);

	it("draws a cell per day, shaded by level, today outlined, with a tooltip", () => {
		const chart = heatMapChart(cells, weeks, TODAY, 600, "图");
		const days = nodes(chart).filter(
			(node) => node.tag === "rect" && nodes(node).some((child) => child.tag === "title"),
		);
		expect(days).toHaveLength(19 * 7 + 3);
		expect(byClass(chart, "today")).toHaveLength(1);
		expect(byClass(chart, "today")[0]?.attrs["class"]).toBe("level-2 today");
		expect(text(byClass(chart, "today")[0] as SvgNode)).toBe("12月2日（周三）：练习 4 题");
		expect(byClass(chart, "legend")).toHaveLength(1);
	});

	it("puts weeks in columns and weekdays in rows, inside the width", () => {
		for (const width of [300, 600]) {
			const chart = heatMapChart(cells, weeks, TODAY, width, "图");
			expect(num(chart, "width")).toBeLessThanOrEqual(width);
			const rects = byClass(chart, "level-0").filter((node) => nodes(node).length > 1);
			const right = Math.max(...rects.map((node) => num(node, "x") + num(node, "width")));
			expect(right).toBeLessThanOrEqual(width);
		}
		const chart = heatMapChart(cells, weeks, TODAY, 600, "图");
		const sunday = byClass(chart, "level-1")[0];
		const monday = nodes(chart).find((node) => text(node).startsWith("11月30日"));
		expect(num(sunday, "y")).toBeGreaterThan(num(monday, "y"));
		expect(num(sunday, "x")).toBeLessThan(num(monday, "x"));
		expect(byClass(chart, "axis").map(text)).toEqual(
			expect.arrayContaining(["8月", "9月", "10月", "11月", "一", "少", "多"]),
		);
	});
});

describe("score line", () => {
	const scores = [
		{ at: noon("2026-11-01"), score: 0.5 },
		{ at: noon("2026-11-11"), score: 1 },
		{ at: noon("2026-12-01"), score: 0.25 },
	];

	it("places points by date and score and joins them", () => {
		const chart = scoreLine(scores, 400, "图", dayOf);
		const dots = nodes(chart).filter((node) => node.tag === "circle");
		expect(dots).toHaveLength(3);
		const [first, middle, last] = dots.map((dot) => ({ x: num(dot, "cx"), y: num(dot, "cy") }));
		// Ten days of thirty: a third of the way along.
		expect(((middle?.x ?? 0) - (first?.x ?? 0)) / ((last?.x ?? 0) - (first?.x ?? 0))).toBeCloseTo(1 / 3, 2);
		expect(middle?.y).toBeLessThan(first?.y ?? 0);
		expect(last?.y).toBeGreaterThan(first?.y ?? 0);
		expect(nodes(chart).filter((node) => node.tag === "polyline")).toHaveLength(1);
		expect(text(dots[1] as SvgNode)).toBe("11月11日：100%");
		expect(byClass(chart, "axis").map(text)).toEqual(["0%", "50%", "100%", "11月1日", "12月1日"]);
	});

	it("centres a single interview and draws no line", () => {
		const chart = scoreLine(scores.slice(0, 1), 400, "图", dayOf);
		const dot = nodes(chart).find((node) => node.tag === "circle");
		const grid = byClass(chart, "grid")[0];
		expect(num(dot, "cx")).toBeCloseTo((num(grid, "x1") + num(grid, "x2")) / 2, 0);
		expect(nodes(chart).filter((node) => node.tag === "polyline")).toHaveLength(0);
	});
});

describe("data tables", () => {
	it("hold the same numbers as the charts", () => {
		const picture = progressPicture(bank, sample(), [{ at: noon(TODAY), score: 0.875 }], TODAY, dayOf);
		expect(masteryTable(picture.byCategory, "分类")).toEqual({
			columns: ["分类", "题数", "会", "模糊", "不会", "未练"],
			rows: [
				["基础概念", "2", "1", "0", "1", "0"],
				["训练与优化", "2", "0", "1", "0", "1"],
				["行业应用", "1", "0", "0", "0", "1"],
			],
		});
		expect(dueTable(picture.forecast).rows[0]).toEqual(["12月2日（周三）", "1", "1"]);
		const activity = activityTable(picture.activity.weeks);
		expect(activity.rows).toHaveLength(20);
		// This week: a and "gone" (since left the bank, still practice) yesterday, c today.
		expect(activity.rows[0]).toEqual(["11月30日", "3", "2"]);
		expect(scoreTable(picture.scores, dayOf).rows).toEqual([["2026年12月2日", "88%"]]);
	});
});

describe("progress picture", () => {
	it("sums up the reader's progress for the bank", () => {
		const progress = { ...sample(), stars: { a: 1 }, notes: {} };
		const picture = progressPicture(bank, progress, [], TODAY, dayOf);
		expect(picture.overview).toEqual({
			total: 5,
			practised: 3,
			mastered: 1,
			dueToday: 1,
			streak: 2,
			starred: 1,
			notes: 0,
			interviews: 0,
		});
		expect(picture.empty).toBe(false);
		expect(picture.byIndustry.map((row) => row.label)).toEqual(["通用", "金融", "医疗"]);
	});

	it("is empty for a new reader, and not once anything is there", () => {
		expect(progressPicture(bank, emptyProgress(), [], TODAY, dayOf).empty).toBe(true);
		expect(progressPicture(bank, emptyProgress(), [{ at: 1, score: 1 }], TODAY, dayOf).empty).toBe(false);
		expect(
			progressPicture(bank, { ...emptyProgress(), notes: { a: { text: "x", updated: 1 } } }, [], TODAY, dayOf)
				.empty,
		).toBe(false);
		expect(progressPicture(bank, emptyProgress(), [], TODAY, dayOf).activity.cells).toHaveLength(19 * 7 + 3);
	});

	it("knows whether there is history without the bank, as the picture does with it", () => {
		const graded = gradeQuestion(emptyProgress(), "a", "fuzzy", noon(TODAY));
		const cases: [Progress, { at: number; score: number }[]][] = [
			[emptyProgress(), []],
			[{ ...emptyProgress(), log: { [TODAY]: [] } }, []],
			[{ ...emptyProgress(), log: { [TODAY]: ["gone"] } }, []],
			[graded, []],
			[{ ...emptyProgress(), stars: { a: 1 } }, []],
			[{ ...emptyProgress(), notes: { a: { text: "x", updated: 1 } } }, []],
			[emptyProgress(), [{ at: 1, score: 0.5 }]],
		];
		expect(cases.map(([progress, scores]) => hasHistory(progress, scores))).toEqual([
			false,
			false,
			true,
			true,
			true,
			true,
			true,
		]);
		for (const [progress, scores] of cases)
			expect(progressPicture(bank, progress, scores, TODAY, dayOf).empty).toBe(!hasHistory(progress, scores));
	});
});

/**
 * A `reservedHeight` CSS length in pixels for a box `width` wide: `px`, `calc()`, `min()` and `cqw`
 * (here the figure's width), nothing else.
 */
function cssPixels(length: string, width: number): number {
	const expression = length
		.replaceAll("calc(", "(")
		.replaceAll("min(", "Math.min(")
		.replace(/(\d+(?:\.\d+)?)cqw/g, (_, n: string) => String((Number(n) / 100) * width))
		.replace(/(\d+(?:\.\d+)?)px/g, "$1");
	expect(expression).toMatch(/^[\d\s.+\-*/(),Mathmin]+$/);
	return Function(`return ${expression}`)() as number;
}

describe("the space held for a chart before it is drawn", () => {
	const heightOf = (chart: SvgNode) => Number(chart.attrs["height"]);
	const picture = () => progressPicture(bank, sample(), [{ at: noon(TODAY), score: 0.6 }], TODAY, dayOf);

	it.each([240, 333, 412, 700, 960])("is the drawn chart's height at %i px wide", (width) => {
		const { byCategory, byIndustry, forecast, activity, scores } = picture();
		const drawn: Record<string, SvgNode> = {
			category: masteryBars(byCategory, width, "图"),
			industry: masteryBars(byIndustry, width, "图"),
			due: dueColumns(forecast, width, "图"),
			activity: heatMapChart(activity.cells, activity.weeks, TODAY, width, "图"),
			score: scoreLine(scores, width, "图", dayOf),
		};
		const rows: Record<string, number> = { category: byCategory.length, industry: byIndustry.length };
		for (const [chart, svg] of Object.entries(drawn))
			expect([
				chart,
				Math.round(cssPixels(reservedHeight(chart, { rows: rows[chart] ?? 0 }), width)),
			]).toEqual([chart, heightOf(svg)]);
	});

	it("counts the mastery bars the bank has, whatever was practised", () => {
		const fresh = progressPicture(bank, emptyProgress(), [], TODAY, dayOf);
		expect([fresh.byCategory.length, fresh.byIndustry.length]).toEqual([
			picture().byCategory.length,
			picture().byIndustry.length,
		]);
		expect(cssPixels(reservedHeight("category", { rows: 3 }), 400)).toBeGreaterThan(
			cssPixels(reservedHeight("category", { rows: 2 }), 400),
		);
		expect(reservedHeight("unknown", { rows: 3 })).toBe("");
	});
});
