import type { BankItem } from "./facets.ts";
import { dueAt, isDue, type Progress } from "./progress.ts";

/** A small seeded PRNG (mulberry32), so a shuffled deck can be reproduced in tests. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
	const result = [...items];
	for (let index = result.length - 1; index > 0; index -= 1) {
		const other = Math.floor(random() * (index + 1));
		[result[index], result[other]] = [result[other] as T, result[index] as T];
	}
	return result;
}

export interface DeckOptions {
	now: number;
	/** Shuffle within each part of the queue instead of keeping the bank's order. */
	random?: () => number;
}

/**
 * The practice order: questions due for review first (不会 before 模糊 before the rest, the longest
 * overdue first), then questions never practised, then the ones not yet due.
 */
export function buildDeck<T extends BankItem>(
	items: readonly T[],
	progress: Progress,
	{ now, random }: DeckOptions,
): T[] {
	const due: T[] = [];
	const fresh: T[] = [];
	const later: T[] = [];
	for (const item of items) {
		const entry = progress.questions[item.id];
		if (!entry) fresh.push(item);
		else if (isDue(entry, now)) due.push(item);
		else later.push(item);
	}
	const order = (list: T[]) => (random ? shuffle(list, random) : list);
	const byUrgency = (a: T, b: T) => {
		const left = progress.questions[a.id];
		const right = progress.questions[b.id];
		if (!left || !right) return 0;
		return left.box - right.box || dueAt(left) - dueAt(right);
	};
	return [...order(due).sort(byUrgency), ...order(fresh), ...order(later).sort(byUrgency)];
}
