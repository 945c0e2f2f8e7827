import { describe, expect, it } from "vitest";
import { buildDeck, seededRandom, shuffle } from "../../src/practice/deck.ts";
import { facetValues } from "../../src/practice/facet-values.ts";
import {
	type BankItem,
	emptySelection,
	FACETS,
	facetCounts,
	matches,
	selectionFromParams,
	selectionToParams,
} from "../../src/practice/facets.ts";
import {
	dueAt,
	emptyProgress,
	gradeQuestion,
	isDue,
	masteredCount,
	mergeProgress,
	parseProgress,
} from "../../src/practice/progress.ts";

const item = (
	id: string,
	category: string,
	difficulty: string,
	industries: string[],
	tags: string[],
): BankItem => ({
	id,
	title: id,
	url: `/questions/${id}/`,
	category,
	difficulty,
	industries,
	tags,
});
const bank = [
	item("a", "训练与优化", "入门", ["通用"], ["LoRA"]),
	item("b", "训练与优化", "进阶", ["金融"], ["LoRA", "量化"]),
	item("c", "推理与部署", "进阶", ["金融", "医疗"], ["量化"]),
	item("d", "推理与部署", "高级", ["通用"], []),
];
const DAY = 86_400_000;

describe("facets", () => {
	it("ORs values within a facet and ANDs across facets", () => {
		const selection = { ...emptySelection(), industry: ["金融", "医疗"], difficulty: ["进阶"] };
		expect(bank.filter((entry) => matches(entry, selection)).map((entry) => entry.id)).toEqual(["b", "c"]);
		expect(
			bank.filter((entry) => matches(entry, { ...selection, tag: ["LoRA"] })).map((entry) => entry.id),
		).toEqual(["b"]);
	});

	it("counts each value as if it were ticked, with the other facets applied", () => {
		const counts = facetCounts(bank, { ...emptySelection(), category: ["训练与优化"] });
		expect(Object.fromEntries(counts.category)).toEqual({ 训练与优化: 2, 推理与部署: 2 });
		expect(Object.fromEntries(counts.difficulty)).toEqual({ 入门: 1, 进阶: 1 });
		expect(Object.fromEntries(counts.tag)).toEqual({ LoRA: 2, 量化: 1 });
	});

	it("counts as the definition says (each value ticked alone, other facets applied), for any selection", () => {
		const values = {
			category: ["训练与优化", "推理与部署"],
			industry: ["通用", "金融", "医疗"],
			difficulty: ["入门", "进阶", "高级"],
			tag: ["LoRA", "量化"],
		};
		const random = seededRandom(7);
		for (let round = 0; round < 200; round += 1) {
			const selection = emptySelection();
			for (const facet of FACETS) selection[facet] = values[facet].filter(() => random() < 0.3);
			const counts = facetCounts(bank, selection);
			for (const facet of FACETS)
				for (const value of values[facet]) {
					const ticked = { ...selection, [facet]: [value] };
					const expected = bank.filter((entry) => matches(entry, ticked)).length;
					expect(counts[facet].get(value) ?? 0, `${facet}=${value} with ${JSON.stringify(selection)}`).toBe(
						expected,
					);
				}
		}
	});

	it("round-trips a selection through the URL in a fixed order", () => {
		const params = new URLSearchParams("tag=量化&category=推理与部署&tag=LoRA&tag=LoRA&utm=x");
		const selection = selectionFromParams(params);
		expect(selection).toEqual({
			category: ["推理与部署"],
			industry: [],
			difficulty: [],
			tag: ["量化", "LoRA"],
		});
		expect(selectionToParams(selection).toString()).toBe(
			"category=%E6%8E%A8%E7%90%86%E4%B8%8E%E9%83%A8%E7%BD%B2&tag=%E9%87%8F%E5%8C%96&tag=LoRA",
		);
	});

	it("offers the fixed vocabularies in order, used industries only, tags by use", () => {
		const groups = facetValues(bank);
		expect(groups.map((group) => group.facet)).toEqual(["category", "difficulty", "industry", "tag"]);
		expect(groups[2]?.values).toEqual(["通用", "金融", "医疗"]);
		expect(groups[3]?.values).toEqual(["量化", "LoRA"]); // equal use: Chinese collation order (liang < lora)
	});
});

describe("progress", () => {
	it("moves a question through the Leitner boxes", () => {
		let progress = gradeQuestion(emptyProgress(), "a", "know", 0);
		expect(progress.questions["a"]).toEqual({ box: 3, grade: "know", reviews: 1, last: 0 });
		progress = gradeQuestion(progress, "a", "know", DAY);
		expect(progress.questions["a"]?.box).toBe(4);
		progress = gradeQuestion(progress, "a", "fuzzy", 2 * DAY);
		expect(progress.questions["a"]?.box).toBe(2);
		progress = gradeQuestion(progress, "a", "unknown", 3 * DAY);
		expect(progress.questions["a"]).toEqual({ box: 1, grade: "unknown", reviews: 4, last: 3 * DAY });
	});

	it("makes 不会 due at once, 模糊 after a day and 会 after three", () => {
		const graded = (grade: "know" | "fuzzy" | "unknown") =>
			gradeQuestion(emptyProgress(), "a", grade, 0).questions["a"];
		expect(dueAt(graded("unknown") ?? { box: 0, grade: "know", reviews: 0, last: 0 })).toBe(0);
		expect(isDue(graded("fuzzy"), DAY - 1)).toBe(false);
		expect(isDue(graded("fuzzy"), DAY)).toBe(true);
		expect(isDue(graded("know"), 2 * DAY)).toBe(false);
		expect(isDue(undefined, 0)).toBe(true);
	});

	it.each([
		[null, 0, undefined],
		["{oops", 0, "不是有效的 JSON"],
		["[1,2]", 0, "不是练习进度数据"],
		['{"version":7,"questions":{}}', 0, "不认识的进度格式版本：7"],
		['{"hello":"world"}', 1, "不是练习进度数据"],
	])("reads %j without throwing", (text, dropped, problem) => {
		const parsed = parseProgress(text);
		expect(parsed.progress).toEqual(emptyProgress());
		expect(parsed.dropped).toBe(dropped);
		expect(parsed.problem).toBe(problem);
	});

	it("keeps the valid entries of damaged progress and counts the rest", () => {
		const parsed = parseProgress(
			JSON.stringify({
				version: 1,
				questions: {
					a: { box: 2, grade: "fuzzy", reviews: 1, last: 5 },
					b: { box: 9, grade: "know", reviews: 1, last: 1 },
					c: "x",
				},
			}),
		);
		expect(parsed).toEqual({
			progress: {
				...emptyProgress(),
				questions: { a: { box: 2, grade: "fuzzy", reviews: 1, last: 5 } },
			},
			dropped: 2,
		});
	});

	it("reads the old plain format", () => {
		const parsed = parseProgress('{"a":"know","b":"unknown"}');
		expect(parsed.problem).toBeUndefined();
		expect(parsed.progress.questions["b"]).toEqual({ box: 1, grade: "unknown", reviews: 1, last: 0 });
	});

	it("merges imported progress, the later grading winning", () => {
		const mine = gradeQuestion(gradeQuestion(emptyProgress(), "a", "know", 10), "b", "know", 10);
		const theirs = gradeQuestion(gradeQuestion(emptyProgress(), "a", "unknown", 20), "b", "unknown", 5);
		const merged = mergeProgress(mine, theirs);
		expect(merged.questions["a"]?.grade).toBe("unknown");
		expect(merged.questions["b"]?.grade).toBe("know");
		expect(masteredCount(merged, ["a", "b", "c"])).toBe(1);
	});
});

describe("buildDeck", () => {
	const now = 10 * DAY;
	let progress = gradeQuestion(emptyProgress(), "a", "know", now - DAY);
	progress = gradeQuestion(progress, "b", "fuzzy", now - 2 * DAY);
	progress = gradeQuestion(progress, "d", "unknown", now - DAY);

	it("puts due reviews first (不会 before 模糊), then new questions, then the ones not yet due", () => {
		expect(buildDeck(bank, progress, { now }).map((entry) => entry.id)).toEqual(["d", "b", "c", "a"]);
	});

	it("shuffles within each part when asked, reproducibly for a seed", () => {
		const many = Array.from({ length: 20 }, (_, index) =>
			item(`q${index}`, "基础概念", "入门", ["通用"], []),
		);
		const once = buildDeck(many, emptyProgress(), { now, random: seededRandom(7) }).map((entry) => entry.id);
		const again = buildDeck(many, emptyProgress(), { now, random: seededRandom(7) }).map((entry) => entry.id);
		expect(once).toEqual(again);
		expect(once).not.toEqual(many.map((entry) => entry.id));
		expect([...once].sort()).toEqual(many.map((entry) => entry.id).sort());
	});

	it("shuffle keeps every item", () => {
		expect(shuffle([1, 2, 3, 4], seededRandom(1)).sort()).toEqual([1, 2, 3, 4]);
	});
});
