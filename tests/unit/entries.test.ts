import { describe, expect, it } from "vitest";
import {
	collectTags,
	groupByCategory,
	relatedBothWays,
	sortForPractice,
	sortNewestFirst,
	withNeighbours,
} from "../../src/lib/entries.ts";
import type { Category, Difficulty } from "../../src/schemas/taxonomy.ts";

const article = (id: string, date: string, tags: string[] = []) => ({
	id,
	data: { title: id, date: new Date(date), tags },
});
const question = (
	id: string,
	category: Category,
	difficulty: Difficulty,
	title = id,
	tags: string[] = [],
) => ({
	id,
	data: { title, category, difficulty, tags },
});

describe("sortNewestFirst", () => {
	it("orders by date, newest first, and by id within a day", () => {
		const sorted = sortNewestFirst([
			article("b", "2026-10-01"),
			article("c", "2026-11-01"),
			article("a", "2026-10-01"),
		]);
		expect(sorted.map((entry) => entry.id)).toEqual(["c", "a", "b"]);
	});
});

describe("withNeighbours", () => {
	it("pairs every entry with the one before and after it", () => {
		const found = withNeighbours(["a", "b", "c"]);
		expect(found).toEqual([
			{ entry: "a", next: "b" },
			{ entry: "b", previous: "a", next: "c" },
			{ entry: "c", previous: "b" },
		]);
	});

	it("is empty for an empty list", () => {
		expect(withNeighbours([])).toEqual([]);
	});
});

describe("groupByCategory", () => {
	it("lists every category in the fixed order, easiest question first", () => {
		const groups = groupByCategory([
			question("q1", "训练与优化", "高级"),
			question("q2", "训练与优化", "入门"),
			question("q3", "基础概念", "进阶"),
		]);
		expect(groups.map((group) => group.label)).toEqual([
			"基础概念",
			"训练与优化",
			"推理与部署",
			"评估与可解释性",
			"数据与安全",
			"行业应用",
		]);
		expect(groups[1]?.questions.map((entry) => entry.id)).toEqual(["q2", "q1"]);
		expect(groups[2]?.questions).toEqual([]);
		expect(groups[0]?.slug).toBe("fundamentals");
	});

	it("sorts questions of one difficulty by title", () => {
		const sorted = sortForPractice([
			question("x", "基础概念", "入门", "为什么"),
			question("y", "基础概念", "入门", "什么是"),
		]);
		expect(sorted.map((entry) => entry.id)).toEqual(["y", "x"]);
	});
});

describe("collectTags", () => {
	it("groups entries by tag, most used first", () => {
		const tags = collectTags(
			[article("a1", "2026-10-01", ["风控", "金融"])],
			[question("q1", "行业应用", "进阶", "q1", ["风控"])],
		);
		expect(tags.map((tag) => [tag.label, tag.slug, tag.articles.length, tag.questions.length])).toEqual([
			["风控", "feng-kong", 1, 1],
			["金融", "jin-rong", 1, 0],
		]);
	});

	it("refuses two spellings of one tag", () => {
		expect(() =>
			collectTags([article("a1", "2026-10-01", ["RAG"])], [question("q", "基础概念", "入门", "q", ["rag"])]),
		).toThrow("标签「RAG」和「rag」会生成同一个网址 /tags/rag/：请统一成一种写法");
	});
});

describe("relatedBothWays", () => {
	const question = (id: string, related: string[]) => ({ id, data: { related } });

	it("shows a link on both pages: own links first, then the pages that link here", () => {
		const linked = relatedBothWays([question("a", ["b"]), question("b", []), question("c", ["b", "a"])]);
		expect(linked.get("a")).toEqual(["b", "c"]);
		expect(linked.get("b")).toEqual(["a", "c"]);
		expect(linked.get("c")).toEqual(["b", "a"]);
	});

	it("drops links to itself, repeats and unknown ids", () => {
		const linked = relatedBothWays([question("a", ["a", "b", "b", "gone"]), question("b", ["a"])]);
		expect(linked.get("a")).toEqual(["b"]);
		expect(linked.get("b")).toEqual(["a"]);
	});
});
