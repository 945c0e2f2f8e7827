/**
 * One ranked list from a search over several Pagefind bundles (a large site's index is split; see
 * scripts/build-search-index.ts). Pagefind scores a page with its own bundle's statistics: a word
 * found on 3 of bundle A's 160 pages weighs more there than the same word on 5 of bundle B's 160,
 * so merging by raw score ranks pages by which bundle they landed in. Here each bundle's scores are
 * rescaled from that bundle's inverse document frequency to the whole site's.
 */

/** The synthetic Pagefind filter that names the bundle a page came from ("0", "1", …). */
export const BUNDLE_FILTER = "bundle";

/** BM25's inverse document frequency of a query matching `matches` of `pages` pages. */
export function inverseDocumentFrequency(matches: number, pages: number): number {
	return Math.log((pages - matches + 0.5) / (matches + 0.5) + 1);
}

/** One bundle's answer to a query. */
export interface BundleResults<T extends { score: number }> {
	/** Its results (already filtered), best first. */
	results: readonly T[];
	/** Pages of this bundle matching the query before filters: what its scores' statistics saw. */
	matches: number;
	/** Pages in this bundle. */
	pages: number;
}

/**
 * Whether the bundles' match counts could come from one word spread evenly: each bundle's share of
 * matching pages within two standard errors of the site's. A bundle that lacks a query word makes
 * Pagefind match a shorter prefix there instead (反洗钱 → 反), and its count then says nothing
 * about the word's rarity.
 */
export function countsAgree(bundles: readonly { matches: number; pages: number }[]): boolean {
	const matches = bundles.reduce((sum, bundle) => sum + bundle.matches, 0);
	const pages = bundles.reduce((sum, bundle) => sum + bundle.pages, 0);
	const rate = matches / Math.max(1, pages);
	return bundles.every((bundle) => {
		const error = Math.sqrt((rate * (1 - rate)) / Math.max(1, bundle.pages));
		return (
			Math.abs(bundle.matches / Math.max(1, bundle.pages) - rate) <= 2 * error + 1 / Math.max(1, bundle.pages)
		);
	});
}

/**
 * The bundles' results as one list, best first. When their counts agree, each score is multiplied
 * by idf(site) / idf(its bundle): exact for a one-word query; for several words it uses the pages
 * matching all of them, which keeps the bundles' scales in step. When they do not, the raw scores
 * are kept, as Pagefind merges them (its scores favour the longer prefix match).
 */
export function mergeBundleResults<T extends { score: number }>(bundles: readonly BundleResults<T>[]): T[] {
	const matches = bundles.reduce((sum, bundle) => sum + bundle.matches, 0);
	const pages = bundles.reduce((sum, bundle) => sum + bundle.pages, 0);
	const site = inverseDocumentFrequency(matches, pages);
	const rescale = countsAgree(bundles);
	return bundles
		.flatMap((bundle) => {
			const own = inverseDocumentFrequency(bundle.matches, bundle.pages);
			const scale = rescale && own > 0 ? site / own : 1;
			return bundle.results.map((result) => ({ ...result, score: result.score * scale }));
		})
		.sort((a, b) => b.score - a.score);
}
