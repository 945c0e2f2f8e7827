import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { seededRandom } from "../../src/practice/deck.ts";
import type { BankItem } from "../../src/practice/facets.ts";
import { apportion, drawInterviewSet, eligibleQuestions } from "../../src/practice/interview-set.ts";
import { clampLength, mixById } from "../../src/practice/interview-settings.ts";
import { fillEvenly } from "../../src/practice/quota-flow.ts";
import { CATEGORIES, DIFFICULTIES } from "../../src/schemas/taxonomy.ts";
import { availabilityText } from "../../src/scripts/interview/setup-form.ts";
import { CONTENT_DIR, entryIds } from "../helpers/content.ts";

const CATEGORY_LABELS = CATEGORIES.map((term) => term.label);
const EVEN = { 入门: 1, 进阶: 1, 高级: 1 };

/** `perCell` questions in every category × difficulty, industries alternating 金融 / 医疗+通用. */
function syntheticBank(perCell: number): BankItem[] {
	return CATEGORY_LABELS.flatMap((category, c) =>
		DIFFICULTIES.flatMap(({ label: difficulty }, d) =>
			Array.from({ length: perCell }, (_, n) => ({
				id: `q-${c}-${d}-${n}`,
				title: `题 ${c}-${d}-${n}`,
				url: `/questions/q-${c}-${d}-${n}/`,
				category,
				difficulty,
				industries: n % 2 === 0 ? ["金融"] : ["医疗", "通用"],
				tags: [`标签${n % 3}`],
			})),
		),
	);
}

const countOf = (items: readonly BankItem[], key: "category" | "difficulty") => {
	const counts: Record<string, number> = {};
	for (const item of items) counts[item[key]] = (counts[item[key]] ?? 0) + 1;
	return counts;
};
const spread = (counts: Record<string, number>) =>
	Math.max(...Object.values(counts)) - Math.min(...Object.values(counts));
const settings = (overrides: Partial<Parameters<typeof drawInterviewSet>[1]> = {}) => ({
	categories: [],
	industries: [],
	difficultyMix: EVEN,
	length: 10,
	...overrides,
});

describe("apportion", () => {
	it("divides seats in proportion to the weights", () => {
		const shares = new Map([
			["a", { weight: 1, capacity: 99 }],
			["b", { weight: 2, capacity: 99 }],
			["c", { weight: 1, capacity: 99 }],
		]);
		expect(Object.fromEntries(apportion(8, shares))).toEqual({ a: 2, b: 4, c: 2 });
		expect(Object.fromEntries(apportion(5, shares))).toEqual({ a: 1, b: 3, c: 1 });
	});

	it("gives a full key's seats to the others and stops when all are full", () => {
		const shares = new Map([
			["a", { weight: 5, capacity: 1 }],
			["b", { weight: 1, capacity: 3 }],
		]);
		expect(Object.fromEntries(apportion(3, shares))).toEqual({ a: 1, b: 2 });
		expect(Object.fromEntries(apportion(10, shares))).toEqual({ a: 1, b: 3 });
	});

	it("never seats a key of weight 0", () => {
		const shares = new Map([
			["a", { weight: 0, capacity: 9 }],
			["b", { weight: 1, capacity: 2 }],
		]);
		expect(Object.fromEntries(apportion(5, shares))).toEqual({ a: 0, b: 2 });
	});
});

describe("fillEvenly", () => {
	const sums = (table: number[][]) => ({
		rows: table.map((row) => row.reduce((sum, count) => sum + count, 0)),
		columns: (table[0] ?? []).map((_, c) => table.reduce((sum, row) => sum + (row[c] ?? 0), 0)),
	});

	it("meets every row's quota and evens the columns out where a greedy pick would not", () => {
		// Rows 入门 / 进阶 / 高级; 进阶 has exactly 8 questions, so all of them must be taken.
		const capacity = [
			[3, 2, 7, 5, 0, 0],
			[1, 2, 0, 1, 1, 3],
			[1, 1, 0, 0, 6, 2],
		];
		const table = fillEvenly([6, 8, 6], capacity);
		table.forEach((row, r) => {
			row.forEach((count, c) => {
				expect(count).toBeGreaterThanOrEqual(0);
				expect(count).toBeLessThanOrEqual(capacity[r]?.[c] ?? 0);
			});
		});
		const { rows, columns } = sums(table);
		expect(rows).toEqual([6, 8, 6]);
		expect(Math.max(...columns) - Math.min(...columns)).toBe(1);
	});

	it("gives a column all it has when it has less than the others", () => {
		expect(sums(fillEvenly([9], [[1, 9, 9]])).columns).toEqual([1, 4, 4]);
		expect(fillEvenly([0, 0], [[2], [3]])).toEqual([[0], [0]]);
	});
});

describe("drawing a mock-interview set", () => {
	const bank = syntheticBank(6);

	it("draws exactly the length asked for, clamped to 5–30, without repeats", () => {
		for (const [asked, expected] of [
			[5, 5],
			[17, 17],
			[30, 30],
			[2, 5],
			[99, 30],
		] as const) {
			const { questions, missing } = drawInterviewSet(bank, settings({ length: asked }), seededRandom(asked));
			expect(questions).toHaveLength(expected);
			expect(new Set(questions.map((item) => item.id)).size).toBe(expected);
			expect(missing).toBe(0);
		}
		expect(clampLength(Number.NaN)).toBe(10);
		expect(clampLength(7.6)).toBe(8);
	});

	it("keeps to the chosen categories, industries and the difficulties the mix keeps", () => {
		const chosen = settings({
			categories: ["训练与优化", "推理与部署"],
			industries: ["金融"],
			difficultyMix: mixById("hard"),
			length: 9,
		});
		const { questions } = drawInterviewSet(bank, chosen, seededRandom(3));
		expect(questions).toHaveLength(9);
		for (const item of questions) {
			expect(chosen.categories).toContain(item.category);
			expect(item.industries).toContain("金融");
			expect(item.difficulty).not.toBe("入门");
		}
		// 进阶 : 高级 = 1 : 2, and the two categories as even as nine allows.
		expect(countOf(questions, "difficulty")).toEqual({ 进阶: 3, 高级: 6 });
		expect(Object.values(countOf(questions, "category")).sort()).toEqual([4, 5]);
	});

	it("spreads every length over all categories evenly and the difficulties by the mix", () => {
		for (let seed = 0; seed < 60; seed += 1) {
			const length = 5 + (seed % 26);
			const mixId = ["standard", "even", "basics", "hard"][seed % 4] ?? "even";
			const mix = mixById(mixId);
			const { questions } = drawInterviewSet(
				bank,
				settings({ length, difficultyMix: mix }),
				seededRandom(seed),
			);
			expect(questions).toHaveLength(length);
			const categories = countOf(questions, "category");
			expect(Object.keys(categories).length).toBe(Math.min(length, 6));
			if (length >= 6) expect(spread(categories)).toBeLessThanOrEqual(1);
			// Each difficulty within one question of its exact share of the length.
			const weights = Object.values(mix).reduce((sum, weight) => sum + weight, 0);
			for (const [difficulty, weight] of Object.entries(mix)) {
				const drawn = countOf(questions, "difficulty")[difficulty] ?? 0;
				expect(Math.abs(drawn - (length * weight) / weights)).toBeLessThan(1);
			}
		}
	});

	it("asks the easy questions first, each difficulty from different categories where it can", () => {
		for (let seed = 0; seed < 20; seed += 1) {
			const { questions } = drawInterviewSet(bank, settings({ length: 12 }), seededRandom(seed));
			const ranks = questions.map((item) => DIFFICULTIES.findIndex((term) => term.label === item.difficulty));
			expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
			for (const { label } of DIFFICULTIES) {
				const categories = questions.filter((item) => item.difficulty === label).map((item) => item.category);
				expect(new Set(categories).size).toBe(4);
			}
		}
	});

	it("fills the gap of a category with few questions from the others", () => {
		const lopsided = bank.filter((item) => item.category !== "行业应用" || item.id === "q-5-1-0");
		const { questions } = drawInterviewSet(lopsided, settings({ length: 21 }), seededRandom(4));
		const categories = countOf(questions, "category");
		expect(questions).toHaveLength(21);
		expect(categories["行业应用"]).toBe(1);
		expect(
			spread(Object.fromEntries(Object.entries(categories).filter(([name]) => name !== "行业应用"))),
		).toBe(0);
	});

	it("leaves no single swap within a difficulty that would even the categories out, on lopsided banks", () => {
		for (let seed = 0; seed < 300; seed += 1) {
			const random = seededRandom(seed + 1000);
			// Each category × difficulty keeps its own random share of its questions.
			const share = new Map<string, number>();
			const lopsided = bank.filter((item) => {
				const key = `${item.category}/${item.difficulty}`;
				if (!share.has(key)) share.set(key, random() ** 2);
				return random() < (share.get(key) ?? 0);
			});
			const mix = mixById(["standard", "even", "hard"][seed % 3] ?? "even");
			const length = 5 + Math.floor(random() * 26);
			const { questions } = drawInterviewSet(
				lopsided,
				settings({ length, difficultyMix: mix }),
				seededRandom(seed),
			);
			expect(questions).toHaveLength(
				Math.min(length, eligibleQuestions(lopsided, settings({ difficultyMix: mix })).length),
			);
			const chosen = new Set(questions.map((item) => item.id));
			const counts = countOf(questions, "category");
			for (const { label: difficulty } of DIFFICULTIES)
				for (const from of CATEGORY_LABELS)
					for (const to of CATEGORY_LABELS) {
						if ((counts[from] ?? 0) < (counts[to] ?? 0) + 2) continue;
						const movable = questions.some(
							(item) => item.category === from && item.difficulty === difficulty,
						);
						const free = lopsided.some(
							(item) => item.category === to && item.difficulty === difficulty && !chosen.has(item.id),
						);
						expect(movable && free, `seed ${seed}: ${from} → ${to} at ${difficulty}`).toBe(false);
					}
		}
	});

	it("says how many are missing when the filters allow too few, and draws none from an empty pool", () => {
		const narrow = settings({
			categories: ["数据与安全"],
			industries: ["金融"],
			difficultyMix: mixById("basics"),
			length: 8,
		});
		const allowed = eligibleQuestions(bank, narrow);
		expect(allowed).toHaveLength(6);
		const set = drawInterviewSet(bank, narrow, seededRandom(1));
		expect(set).toMatchObject({ available: 6, missing: 2 });
		expect(set.questions.map((item) => item.id).sort()).toEqual(allowed.map((item) => item.id).sort());

		const none = drawInterviewSet(bank, settings({ industries: ["法律"] }), seededRandom(1));
		expect(none).toEqual({ questions: [], available: 0, missing: 10 });
	});

	it("is reproducible with a seed and varies between seeds", () => {
		const ids = (seed: number) =>
			drawInterviewSet(bank, settings(), seededRandom(seed)).questions.map((item) => item.id);
		expect(ids(42)).toEqual(ids(42));
		expect(new Set([1, 2, 3, 4, 5].map((seed) => ids(seed).join())).size).toBeGreaterThan(1);
	});

	it("draws a balanced 30 from the real bank", () => {
		const real: BankItem[] = entryIds("questions").map((id) => {
			const text = readFileSync(`${CONTENT_DIR}/questions/${id}.md`, "utf8");
			const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "") as Omit<BankItem, "id" | "url">;
			return { ...data, id, url: `/questions/${id}/` };
		});
		expect(real.length).toBe(readdirSync(`${CONTENT_DIR}/questions`).length);
		const { questions } = drawInterviewSet(
			real,
			settings({ length: 30, difficultyMix: mixById("standard") }),
			seededRandom(7),
		);
		expect(countOf(questions, "category")).toEqual(
			Object.fromEntries(CATEGORY_LABELS.map((label) => [label, 5])),
		);
		const difficulties = countOf(questions, "difficulty");
		// 7.5 : 15 : 7.5 rounds one of the outer two up.
		expect(difficulties["进阶"]).toBe(15);
		expect([difficulties["入门"], difficulties["高级"]].sort()).toEqual([7, 8]);
	});
});

describe("the setup form's status line", () => {
	it.each([
		[0, 10, "没有符合条件的题目，请放宽分类、行业或难度。", true],
		[3, 10, "符合条件的题目只有 3 道，这次面试会是 3 题。", true],
		[40, 10, "从符合条件的 40 道题中抽 10 题。", false],
	])("%i available, %i asked", (available, length, text, short) => {
		expect(availabilityText(available, length)).toEqual({ text, short });
	});
});
