import { describe, expect, it } from "vitest";
import { studyTag, tagGuide } from "../../src/lib/tag-guide.ts";
import {
	addReport,
	emptyStore,
	type InterviewItem,
	type InterviewReport,
	parseInterviewReports,
} from "../../src/practice/interview-report.ts";
import {
	buildReport,
	formatDuration,
	itemScore,
	missedItems,
	percent,
	reportId,
	scoresBy,
	weakestTags,
} from "../../src/practice/interview-scores.ts";
import { mixById } from "../../src/practice/interview-settings.ts";
import {
	elapsedSeconds,
	pauseStopwatch,
	resumeStopwatch,
	startStopwatch,
} from "../../src/practice/stopwatch.ts";

const item = (
	id: string,
	category: string,
	difficulty: string,
	tags: string[],
	checked: number,
	total: number,
	seconds = 60,
): InterviewItem => ({
	id,
	title: `题目 ${id}`,
	category,
	difficulty,
	tags,
	seconds,
	checked,
	total,
	score: itemScore(checked, total),
});

const items = [
	item("a", "推理与部署", "进阶", ["KV 缓存", "推理"], 1, 1, 90),
	item("b", "训练与优化", "入门", ["LoRA"], 0, 1, 30),
	item("c", "推理与部署", "高级", ["量化", "推理"], 1, 4, 120),
	item("d", "基础概念", "进阶", ["注意力"], 2, 2, 45),
	item("e", "训练与优化", "进阶", ["LoRA", "量化"], 1, 2, 75),
];
const settings = { categories: [], industries: [], difficultyMix: mixById("standard"), length: 5 };
const report = (id: string, startedAt: number, reportItems = items): InterviewReport =>
	buildReport({ id, startedAt, finishedAt: startedAt + 600_000, settings, items: reportItems });

describe("scoring an interview", () => {
	it("scores a question by the share of key points ticked", () => {
		expect(itemScore(1, 4)).toBe(0.25);
		expect(itemScore(3, 3)).toBe(1);
		expect(itemScore(0, 0)).toBe(0);
	});

	it("scores the interview as the mean of its questions", () => {
		expect(report("r", 0).score).toBeCloseTo((1 + 0 + 0.25 + 1 + 0.5) / 5);
		expect(report("r", 0, []).score).toBe(0);
	});

	it("groups scores and times by category and difficulty in the bank's order", () => {
		expect(scoresBy(items, "category")).toEqual([
			{ label: "基础概念", count: 1, score: 1, seconds: 45 },
			{ label: "训练与优化", count: 2, score: 0.25, seconds: 52.5 },
			{ label: "推理与部署", count: 2, score: 0.625, seconds: 105 },
		]);
		expect(scoresBy(items, "difficulty").map((row) => [row.label, row.count, row.score])).toEqual([
			["入门", 1, 0],
			["进阶", 3, 2.5 / 3],
			["高级", 1, 0.25],
		]);
	});

	it("lists the questions not answered in full", () => {
		expect(missedItems(items).map((entry) => entry.id)).toEqual(["b", "c", "e"]);
	});

	it("names the weakest tags: lowest mean score, then most missed, only tags with a miss", () => {
		expect(weakestTags(items, 10)).toEqual([
			{ tags: ["LoRA"], score: 0.25, count: 2, missed: ["b", "e"] },
			{ tags: ["量化"], score: 0.375, count: 2, missed: ["c", "e"] },
			{ tags: ["推理"], score: 0.625, count: 2, missed: ["c"] },
		]);
		expect(weakestTags(items, 1).map((row) => row.tags)).toEqual([["LoRA"]]);
		expect(weakestTags(items.filter((entry) => entry.score === 1))).toEqual([]);
	});

	it("puts tags that stand for the same questions in one row", () => {
		const one = [item("x", "训练与优化", "进阶", ["类别不平衡", "损失函数", "Focal Loss"], 0, 1), ...items];
		const [first, second] = weakestTags(one);
		expect(first).toEqual({
			tags: ["类别不平衡", "损失函数", "Focal Loss"],
			score: 0,
			count: 1,
			missed: ["x"],
		});
		expect(second?.tags).toEqual(["LoRA"]);
	});

	it("formats scores, durations and report ids", () => {
		expect(percent(2 / 3)).toBe("67%");
		expect(formatDuration(0)).toBe("0:00");
		expect(formatDuration(75.9)).toBe("1:15");
		expect(formatDuration(3725)).toBe("1:02:05");
		expect(reportId(1_700_000_000_000, () => 0.5)).toMatch(/^[0-9a-z]+-[0-9a-z]{4}$/);
		expect(reportId(1, () => 0)).not.toBe(reportId(1, () => 0.99));
	});
});

describe("the stopwatch", () => {
	it("counts only while running", () => {
		let watch = startStopwatch(1_000);
		expect(elapsedSeconds(watch, 4_000)).toBe(3);
		watch = pauseStopwatch(watch, 5_000);
		expect(elapsedSeconds(watch, 60_000)).toBe(4);
		expect(pauseStopwatch(watch, 70_000)).toBe(watch);
		watch = resumeStopwatch(watch, 80_000);
		expect(resumeStopwatch(watch, 90_000)).toBe(watch);
		expect(elapsedSeconds(watch, 82_500)).toBe(6.5);
	});
});

describe("stored reports", () => {
	const store = addReport(addReport(emptyStore(), report("late", 2_000)), report("early", 1_000));

	it("reads back what it stored, oldest first", () => {
		expect(store.reports.map((entry) => entry.id)).toEqual(["early", "late"]);
		expect(parseInterviewReports(JSON.stringify(store))).toEqual({ store, dropped: 0 });
		expect(addReport(store, { ...report("late", 2_000), score: 0.1 }).reports).toHaveLength(2);
	});

	it("starts empty with nothing stored", () => {
		expect(parseInterviewReports(null)).toEqual({ store: emptyStore(), dropped: 0 });
		expect(parseInterviewReports("")).toEqual({ store: emptyStore(), dropped: 0 });
	});

	it.each([
		["{not json", "不是有效的 JSON"],
		['"text"', "不是面试记录数据"],
		['{"hello":"world"}', "不是面试记录数据"],
		['{"version":2,"reports":[]}', "不认识的面试记录格式版本：2"],
		['{"version":1,"reports":[{"id":"x"}]}', "其中没有一条能读取的面试记录"],
	])("says why %s cannot be read", (text, problem) => {
		const parsed = parseInterviewReports(text);
		expect(parsed.problem).toBe(problem);
		expect(parsed.store).toEqual(emptyStore());
	});

	it("keeps the readable reports and questions, and counts what it left out", () => {
		const good = report("good", 1_000);
		const damagedItem = { ...report("partly", 2_000), items: [...items, { ...items[0], score: 7 }, "junk"] };
		const text = JSON.stringify({
			version: 1,
			reports: [
				good,
				damagedItem,
				{ ...good, id: "" },
				{ ...good, id: "bad-settings", settings: { categories: "all" } },
				{ ...good, id: "no-items", items: [] },
				{ ...good, id: "bad-time", startedAt: "yesterday" },
				null,
			],
		});
		const parsed = parseInterviewReports(text);
		expect(parsed.problem).toBeUndefined();
		expect(parsed.store.reports.map((entry) => entry.id)).toEqual(["good", "partly"]);
		expect(parsed.store.reports[1]?.items).toHaveLength(items.length);
		expect(parsed.dropped).toBe(2 + 5);
	});

	it("reads a bare list of reports (no version) and keeps a repeated report once", () => {
		const parsed = parseInterviewReports(JSON.stringify([report("a", 1), report("a", 1), report("b", 0)]));
		expect(parsed).toEqual({ store: { version: 1, reports: [report("b", 0), report("a", 1)] }, dropped: 0 });
	});

	it("keeps the retry link of a retried interview", () => {
		const retried = buildReport({
			id: "r2",
			startedAt: 5,
			finishedAt: 6,
			settings: { ...settings, length: 2, retryOf: "r1" },
			items: items.slice(0, 2),
		});
		expect(parseInterviewReports(JSON.stringify([retried])).store.reports[0]?.settings.retryOf).toBe("r1");
	});
});

describe("the tag guide of the report", () => {
	const article = (id: string) => ({ id, data: { title: `文章 ${id}` } });
	const guide = tagGuide(
		[
			{ label: "量化", articles: [article("x"), article("y"), article("z")], questions: [1] },
			{ label: "LoRA", articles: [article("y")], questions: [1, 2] },
			{ label: "只在文章里", articles: [article("x")], questions: [] },
		],
		{ tag: (label) => `/tags/${label}/`, article: (id) => `/articles/${id}/` },
	);

	it("lists each article once and at most two per tag, for tags that questions carry", () => {
		expect(guide.articles.map((entry) => entry.url)).toEqual(["/articles/x/", "/articles/y/"]);
		expect(Object.keys(guide.tags)).toEqual(["量化", "LoRA"]);
	});

	it("gives a tag's page and articles, and nothing for an unknown tag", () => {
		expect(studyTag(guide, "LoRA")).toEqual({
			url: "/tags/LoRA/",
			articles: [{ title: "文章 y", url: "/articles/y/" }],
		});
		expect(studyTag(guide, "量化")?.articles).toHaveLength(2);
		expect(studyTag(guide, "只在文章里")).toBeUndefined();
		expect(studyTag(guide, "constructor")).toBeUndefined();
	});
});
