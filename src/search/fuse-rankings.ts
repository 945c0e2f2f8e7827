/** One ranked result list, from the strict query or from one term. */
export interface Ranking {
	/** Result ids, best first. */
	ids: readonly string[];
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
 * Weight of a term from how many pages it matches out of `total`: a term found on every page says
 * little (near 0), a rare one much (inverse document frequency, smoothed).
 */
export function termWeight(matches: number, total: number): number {
	if (matches === 0) return 0;
	return Math.log(1 + total / matches);
}
