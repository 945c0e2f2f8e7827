/** One query of the relevance set: what a reader types and the page that should come first. */
export interface RelevanceCase {
	query: string;
	/** `questions/<id>` or `articles/<id>`. */
	expect: string;
	/** term: an index word; natural: a question or phrase; typo, traditional, fullwidth, mixed: variants. */
	kind: "term" | "natural" | "typo" | "traditional" | "fullwidth" | "mixed";
	/** "heldout": written by someone who saw neither the vocabulary nor the aliases, never tuned on. */
	set?: "heldout";
}

export interface RelevanceFigures {
	queries: number;
	recallAt1: number;
	recallAt3: number;
	/** Mean reciprocal rank over the first ten results (0 when the page is not among them). */
	mrr: number;
	/** Share of queries that returned no result at all. */
	zeroResults: number;
}

/** Figures from the 1-based rank of the expected page for each query (undefined: not in the top ten). */
export function relevanceFigures(
	ranks: readonly (number | undefined)[],
	resultCounts: readonly number[],
): RelevanceFigures {
	const n = ranks.length;
	const share = (count: number) => (n === 0 ? 0 : count / n);
	return {
		queries: n,
		recallAt1: share(ranks.filter((rank) => rank === 1).length),
		recallAt3: share(ranks.filter((rank) => rank !== undefined && rank <= 3).length),
		mrr: n === 0 ? 0 : ranks.reduce<number>((sum, rank) => sum + (rank === undefined ? 0 : 1 / rank), 0) / n,
		zeroResults: share(resultCounts.filter((count) => count === 0).length),
	};
}
