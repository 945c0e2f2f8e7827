/** One ranked result list, from the strict query or from one term. */
export interface Ranking {
	/** Result ids, best first. */
	ids: readonly string[];
	/** Pagefind's score of each id (title and alias matches score higher), same order as ids. */
	scores?: readonly number[];
	/** How much this list counts: rarer terms count more. */
	weight: number;
}

/** The RRF constant: with 10, the first few ranks of each list dominate. */
export const RRF_K = 10;

/**
 * Reciprocal rank fusion: each list adds `weight / (k + rank)` to the ids it holds; ties keep the
 * order in which ids were first seen. Returns ids, best first.
 */
export function fuseRankings(rankings: readonly Ranking[], k = RRF_K): string[] {
	const scores = new Map<string, number>();
	for (const { ids, weight } of rankings)
		ids.forEach((id, rank) => {
			scores.set(id, (scores.get(id) ?? 0) + weight / (k + rank + 1));
		});
	return [...scores.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/**
 * Weight of a term from how many of `total` pages it matches: BM25's inverse document frequency,
 * so a word on half the pages or more (模型, 数据) counts for almost nothing and a rare one for
 * much, without letting a single-page word drown the others.
 */
export function termWeight(matches: number, total: number): number {
	if (matches === 0) return 0;
	return Math.max(0.05, Math.log((total - matches + 0.5) / (matches + 0.5) + 1));
}

/**
 * Score fusion: each list adds `weight × score / best score of that list` to the ids it holds, so
 * a page that matches several informative terms strongly (in its title, say) comes first. Lists
 * without scores count as rank-based (1 for the first, falling as 1 / rank). Returns ids, best first.
 */
export function fuseScores(rankings: readonly Ranking[]): string[] {
	const totals = new Map<string, number>();
	for (const { ids, scores, weight } of rankings) {
		const best = scores && scores.length > 0 ? Math.max(...scores) : 0;
		ids.forEach((id, rank) => {
			const share = scores && best > 0 ? (scores[rank] ?? 0) / best : 1 / (rank + 1);
			totals.set(id, (totals.get(id) ?? 0) + weight * share);
		});
	}
	return [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}
