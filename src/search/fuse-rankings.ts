/** One term's result list: the pages that hold it, best first, with Pagefind's scores. */
export interface Ranking {
	/** Result ids, best first. */
	ids: readonly string[];
	/** Pagefind's score of each id (title and alias matches score higher), same order as ids. */
	scores?: readonly number[];
	/** How much this list counts: rarer terms count more. */
	weight: number;
}

/**
 * Below this share of the pages, a word is as informative as a word can be. Past it, rarity says
 * more about wording than about meaning: 再换 or 不行 on two pages of 324 must not outweigh a field's
 * term on thirty (measured on the relevance set, BENCHMARKS.md: a share of 6.5–12 % gives the same
 * figures; without the limit, recall@1 falls from 84 % to 81 %).
 */
export const RARE_SHARE = 0.1;

/**
 * Weight of a term from how many of `total` pages it matches: BM25's inverse document frequency,
 * so a word on half the pages or more (模型, 数据) counts for almost nothing, with every word rarer
 * than `RARE_SHARE` of the pages weighing the same. 0 when it matches nothing.
 */
export function termWeight(matches: number, total: number): number {
	if (matches === 0) return 0;
	const counted = Math.max(matches, RARE_SHARE * total);
	return Math.max(0.05, Math.log((total - counted + 0.5) / (counted + 0.5) + 1));
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
