import { describe, expect, it } from "vitest";
import {
	mergeNotes,
	mergeStars,
	readNotes,
	readStars,
	setNote,
	setStar,
} from "../../src/practice/annotations.ts";
import { addDays, dateLabel, dayKey, daysBetween, isDayKey, weekdayOf } from "../../src/practice/day.ts";
import { importMessage, progressSummary } from "../../src/practice/import-message.ts";
import {
	emptyProgress,
	gradeQuestion,
	isEmptyProgress,
	mergeProgress,
	type Progress,
	parseProgress,
} from "../../src/practice/progress.ts";
import { logReview, mergeLogs, readLog } from "../../src/practice/review-log.ts";
import { keepStarred, starredOnlyFrom, withStarredParam } from "../../src/practice/starred.ts";

/** Local time on a calendar day, whatever the machine's time zone. */
const at = (year: number, month: number, day: number, hour = 12) =>
	new Date(year, month - 1, day, hour).getTime();

describe("day keys", () => {
	it("names the reader's local day, early and late", () => {
		expect(dayKey(new Date(2026, 11, 1, 0, 0))).toBe("2026-12-01");
		expect(dayKey(new Date(2026, 11, 1, 23, 59))).toBe("2026-12-01");
		expect(dayKey(new Date(2027, 0, 9, 8))).toBe("2027-01-09");
	});

	it("adds days across months, years and leap days", () => {
		expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
		expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
		expect(addDays("2026-03-29", 7)).toBe("2026-04-05");
		expect(daysBetween("2026-12-25", "2027-01-08")).toBe(14);
		expect(daysBetween("2027-01-08", "2026-12-25")).toBe(-14);
	});

	it("starts weeks on Monday", () => {
		expect(weekdayOf("2026-11-30")).toBe(0); // a Monday
		expect(weekdayOf("2026-12-06")).toBe(6); // a Sunday
		expect(dateLabel("2026-12-01")).toBe("2026年12月1日");
	});

	it.each([
		["2026-02-28", true],
		["2028-02-29", true],
		["2026-02-29", false],
		["2026-13-01", false],
		["2026-1-01", false],
		["yesterday", false],
		[20261201, false],
	])("isDayKey(%j) is %s", (value, valid) => {
		expect(isDayKey(value)).toBe(valid);
	});
});

describe("review log", () => {
	it("logs each question once a day, ids sorted", () => {
		let log = logReview({}, "2026-12-01", "b");
		log = logReview(log, "2026-12-01", "a");
		expect(logReview(log, "2026-12-01", "a")).toBe(log);
		expect(logReview(log, "2026-12-02", "a")).toEqual({ "2026-12-01": ["a", "b"], "2026-12-02": ["a"] });
	});

	it("merges by union: importing the same log twice changes nothing, and order does not matter", () => {
		const mine = { "2026-12-01": ["a"], "2026-12-02": ["b"] };
		const theirs = { "2026-12-01": ["c", "a"], "2026-11-30": ["d"] };
		const merged = mergeLogs(mine, theirs);
		expect(merged).toEqual({ "2026-12-01": ["a", "c"], "2026-12-02": ["b"], "2026-11-30": ["d"] });
		expect(mergeLogs(merged, theirs)).toEqual(merged);
		expect(mergeLogs(theirs, mine)).toEqual(merged);
	});

	it("keeps the valid days and ids of a damaged log and counts the rest", () => {
		expect(readLog(undefined)).toEqual({ log: {}, dropped: 0 });
		expect(readLog("oops")).toEqual({ log: {}, dropped: 1 });
		expect(
			readLog({ "2026-12-01": ["a", 3, "", "a"], "2026-02-30": ["b"], "2026-12-02": "c", "2026-12-03": [] }),
		).toEqual({ log: { "2026-12-01": ["a"] }, dropped: 4 });
	});
});

describe("stars and notes", () => {
	it("stars and unstars", () => {
		const starred = setStar({}, "a", true, 5);
		expect(starred).toEqual({ a: 5 });
		expect(setStar(starred, "a", true, 9)).toBe(starred);
		expect(setStar(starred, "a", false, 9)).toEqual({});
	});

	it("keeps a note's text as typed and removes an emptied note", () => {
		const notes = setNote({}, "a", "  **要点**\n- 一\n", 5);
		expect(notes).toEqual({ a: { text: "  **要点**\n- 一\n", updated: 5 } });
		expect(setNote(notes, "a", " \n ", 6)).toEqual({});
	});

	it("merges stars by union and notes by the later edit", () => {
		expect(mergeStars({ a: 5, b: 1 }, { a: 3, c: 2 })).toEqual({ a: 3, b: 1, c: 2 });
		const mine = { a: { text: "mine", updated: 10 }, b: { text: "mine", updated: 10 } };
		const theirs = {
			a: { text: "theirs", updated: 20 },
			b: { text: "theirs", updated: 5 },
			c: { text: "c", updated: 1 },
		};
		expect(mergeNotes(mine, theirs)).toEqual({
			a: { text: "theirs", updated: 20 },
			b: { text: "mine", updated: 10 },
			c: { text: "c", updated: 1 },
		});
	});

	it("drops and counts damaged stars and notes, keeping the rest", () => {
		expect(readStars({ a: 1, b: "x", c: Number.NaN, "": 2 })).toEqual({ stars: { a: 1 }, dropped: 3 });
		expect(readStars([1])).toEqual({ stars: {}, dropped: 1 });
		expect(
			readNotes({
				a: { text: "ok", updated: 1 },
				b: { text: 3, updated: 1 },
				c: "just text",
				d: { text: "no time" },
				e: { text: "   ", updated: 1 },
			}),
		).toEqual({ notes: { a: { text: "ok", updated: 1 } }, dropped: 3 });
	});
});

describe("progress with its log, stars and notes", () => {
	it("logs every grading on the reader's local day", () => {
		let progress = gradeQuestion(emptyProgress(), "a", "know", at(2026, 12, 1, 0));
		progress = gradeQuestion(progress, "b", "unknown", at(2026, 12, 1, 23));
		progress = gradeQuestion(progress, "a", "fuzzy", at(2026, 12, 2, 9));
		expect(progress.log).toEqual({ "2026-12-01": ["a", "b"], "2026-12-02": ["a"] });
	});

	it("loads progress saved before the log, stars and notes existed, as it was", () => {
		const old =
			'{"version":1,"questions":{"kv-cache":{"box":3,"grade":"know","reviews":2,"last":1764547200000}}}';
		expect(parseProgress(old)).toEqual({
			progress: {
				version: 1,
				questions: { "kv-cache": { box: 3, grade: "know", reviews: 2, last: 1764547200000 } },
				log: {},
				stars: {},
				notes: {},
			},
			dropped: 0,
		});
	});

	it("round-trips through its stored text", () => {
		let progress = gradeQuestion(emptyProgress(), "a", "know", at(2026, 12, 1));
		progress = { ...progress, stars: setStar(progress.stars, "b", true, 7) };
		progress = { ...progress, notes: setNote(progress.notes, "a", "记住 <b>", 8) };
		expect(parseProgress(JSON.stringify(progress))).toEqual({ progress, dropped: 0 });
	});

	it("counts damaged entries in every part and keeps the others", () => {
		const parsed = parseProgress(
			JSON.stringify({
				version: 1,
				questions: { a: { box: 2, grade: "fuzzy", reviews: 1, last: 5 }, b: null },
				log: { "2026-12-01": ["a", 7] },
				stars: { a: 1, b: "x" },
				notes: "not notes",
			}),
		);
		expect(parsed.dropped).toBe(4);
		expect(parsed.progress.log).toEqual({ "2026-12-01": ["a"] });
		expect(parsed.progress.stars).toEqual({ a: 1 });
		expect(parsed.progress.notes).toEqual({});
	});

	it("merges every part and loses nothing from either side", () => {
		const mine: Progress = {
			...gradeQuestion(emptyProgress(), "a", "know", at(2026, 12, 1)),
			stars: { a: 1 },
			notes: { a: { text: "mine", updated: 1 } },
		};
		const theirs: Progress = {
			...gradeQuestion(emptyProgress(), "b", "fuzzy", at(2026, 12, 2)),
			stars: { b: 2 },
			notes: { a: { text: "theirs", updated: 2 } },
		};
		const merged = mergeProgress(mine, theirs);
		expect(Object.keys(merged.questions).sort()).toEqual(["a", "b"]);
		expect(merged.log).toEqual({ "2026-12-01": ["a"], "2026-12-02": ["b"] });
		expect(merged.stars).toEqual({ a: 1, b: 2 });
		expect(merged.notes["a"]?.text).toBe("theirs");
		expect(mergeProgress(merged, theirs)).toEqual(merged);
	});

	it("is empty only with nothing in any part", () => {
		expect(isEmptyProgress(emptyProgress())).toBe(true);
		expect(isEmptyProgress({ ...emptyProgress(), stars: { a: 1 } })).toBe(false);
		expect(isEmptyProgress({ ...emptyProgress(), log: { "2026-12-01": ["a"] } })).toBe(false);
	});
});

describe("import messages", () => {
	const file = (value: unknown) => parseProgress(JSON.stringify(value));

	it("names what a file brought and what it skipped", () => {
		const progress = {
			...gradeQuestion(gradeQuestion(emptyProgress(), "a", "know", 1), "b", "know", 1),
			stars: { a: 1 },
			notes: { a: { text: "x", updated: 1 } },
		};
		expect(progressSummary(progress)).toBe("2 道题的记录、1 个收藏、1 条笔记");
		expect(importMessage("p.json", file({ ...progress, stars: { ...progress.stars, z: "bad" } }))).toEqual({
			ok: true,
			message: "已导入 2 道题的记录、1 个收藏、1 条笔记，跳过 1 条损坏记录。",
		});
		expect(importMessage("p.json", file({ ...emptyProgress(), log: { "2026-12-01": ["a"] } })).message).toBe(
			"已导入 1 天的练习记录。",
		);
	});

	it("refuses a file with nothing to import, or that is not progress", () => {
		expect(importMessage("empty.json", file(emptyProgress()))).toEqual({
			ok: false,
			message: "无法导入「empty.json」：文件里没有练习记录。现有进度没有改变。",
		});
		expect(importMessage("x.json", parseProgress("{")).message).toBe(
			"无法导入「x.json」：不是有效的 JSON。现有进度没有改变。",
		);
	});
});

describe("starred filter", () => {
	const items = ["a", "b", "c"].map((id) => ({
		id,
		title: id,
		url: `/questions/${id}/`,
		category: "基础概念",
		difficulty: "入门",
		industries: ["通用"],
		tags: [],
	}));

	it("lives in the URL beside the facets", () => {
		const params = new URLSearchParams("category=基础概念&starred=1");
		expect(starredOnlyFrom(params)).toBe(true);
		expect(starredOnlyFrom(new URLSearchParams("starred=yes"))).toBe(false);
		expect(withStarredParam(new URLSearchParams("category=x"), true).toString()).toBe("category=x&starred=1");
		expect(withStarredParam(params, false).toString()).toBe("category=%E5%9F%BA%E7%A1%80%E6%A6%82%E5%BF%B5");
	});

	it("keeps the starred questions in bank order, or all when off", () => {
		expect(keepStarred(items, { c: 1, a: 2, gone: 3 }, true).map((item) => item.id)).toEqual(["a", "c"]);
		expect(keepStarred(items, { c: 1 }, false)).toHaveLength(3);
	});
});
