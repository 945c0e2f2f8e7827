import { DIFFICULTIES } from "../schemas/taxonomy.ts";
import { shuffle } from "./deck.ts";
import type { BankItem } from "./facets.ts";
import { clampLength, type InterviewSettings } from "./interview-settings.ts";
import { fillEvenly } from "./quota-flow.ts";

export type SetFilters = Pick<InterviewSettings, "categories" | "industries" | "difficultyMix">;

/** The questions the filters allow: a chosen category, a chosen industry, a difficulty the mix keeps. */
export function eligibleQuestions<T extends BankItem>(bank: readonly T[], filters: SetFilters): T[] {
	const { categories, industries, difficultyMix } = filters;
	return bank.filter(
		(item) =>
			(categories.length === 0 || categories.includes(item.category)) &&
			(industries.length === 0 || item.industries.some((industry) => industries.includes(industry))) &&
			(difficultyMix[item.difficulty] ?? 0) > 0,
	);
}

interface Share {
	weight: number;
	/** At most this many seats (the questions there are). */
	capacity: number;
}

/**
 * Divides `total` seats between keys in proportion to their weights (Sainte-Laguë: each seat goes
 * to the key with the highest weight / (2·seats + 1)), never giving a key more than its capacity;
 * seats a full key cannot take go to the others. Ties go to the key listed first.
 */
export function apportion(total: number, shares: ReadonlyMap<string, Share>): Map<string, number> {
	const seats = new Map([...shares.keys()].map((key) => [key, 0]));
	for (let seat = 0; seat < total; seat += 1) {
		let best: string | undefined;
		let bestPriority = 0;
		for (const [key, { weight, capacity }] of shares) {
			const taken = seats.get(key) ?? 0;
			const priority = weight / (2 * taken + 1);
			if (taken < capacity && priority > bestPriority) {
				best = key;
				bestPriority = priority;
			}
		}
		if (best === undefined) break;
		seats.set(best, (seats.get(best) ?? 0) + 1);
	}
	return seats;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
	return counts;
}

export interface InterviewSet<T> {
	/** The questions, easiest first (an interview warms up), categories interleaved within a difficulty. */
	questions: T[];
	/** How many questions the filters allow. */
	available: number;
	/** How many fewer than asked for, when the filters allow too few. */
	missing: number;
}

/**
 * Draws a balanced mock-interview set: the difficulties in proportion to the mix, the categories as
 * even as the bank allows, and within those a random pick (`random` is injected, so a seeded
 * generator reproduces a set). Review state plays no part: every allowed question can be drawn.
 */
export function drawInterviewSet<T extends BankItem>(
	bank: readonly T[],
	settings: SetFilters & Pick<InterviewSettings, "length">,
	random: () => number,
): InterviewSet<T> {
	const pool = shuffle(eligibleQuestions(bank, settings), random);
	const wanted = clampLength(settings.length);
	const total = Math.min(wanted, pool.length);
	const cell = (category: string, difficulty: string) => `${category}\n${difficulty}`;
	const cells = new Map<string, T[]>();
	for (const item of pool) {
		const key = cell(item.category, item.difficulty);
		cells.set(key, [...(cells.get(key) ?? []), item]);
	}

	// Ties between equal shares fall to a random order, so equal weights do not favour a fixed key.
	const perDifficulty = countBy(pool, (item) => item.difficulty);
	const difficulties = shuffle([...perDifficulty.keys()], random);
	const difficultyQuota = apportion(
		total,
		new Map(
			difficulties.map((key) => [
				key,
				{ weight: settings.difficultyMix[key] ?? 0, capacity: perDifficulty.get(key) ?? 0 },
			]),
		),
	);
	const categories = shuffle([...new Set(pool.map((item) => item.category))], random);

	// How many of each difficulty × category: the difficulties exactly, the categories as even as
	// the bank allows (a category with few questions is not crowded out).
	const counts = fillEvenly(
		difficulties.map((key) => difficultyQuota.get(key) ?? 0),
		difficulties.map((difficulty) =>
			categories.map((category) => cells.get(cell(category, difficulty))?.length ?? 0),
		),
	);
	// Within a difficulty, the categories take turns.
	const picked: T[] = [];
	difficulties.forEach((difficulty, d) => {
		const left = [...(counts[d] ?? [])];
		while (left.some((count) => count > 0)) {
			categories.forEach((category, c) => {
				if ((left[c] ?? 0) <= 0) return;
				left[c] = (left[c] ?? 0) - 1;
				const item = cells.get(cell(category, difficulty))?.shift();
				if (item) picked.push(item);
			});
		}
	});

	const rank = (item: T) => DIFFICULTIES.findIndex((term) => term.label === item.difficulty);
	return {
		// A stable sort keeps the interleaved pick order within each difficulty.
		questions: picked.sort((a, b) => rank(a) - rank(b)),
		available: pool.length,
		missing: wanted - picked.length,
	};
}
