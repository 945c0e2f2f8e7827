/**
 * How the pages are split when a site is too large for one Pagefind run. Pagefind's indexer needs
 * memory in proportion to the pages it holds (about 0.3 GB plus 0.28 MB a page at its peak, while
 * it writes), so a large site is indexed in shards, one Pagefind run after another, whose bundles
 * are then merged into one (merge-index.ts).
 */

/** HTML files one Pagefind run may read: at most about 1.7 GB at its peak (BENCHMARKS.md, fifth round). */
export const MAX_PAGES_PER_SHARD = 5000;

/** The environment variables that choose the split (see `shardCount`). */
export interface ShardSettings {
	/** A fixed number of shards, e.g. "2" to test a split build on a small site. */
	SEARCH_SHARDS?: string | undefined;
	/** Most pages in one shard (default MAX_PAGES_PER_SHARD). */
	SEARCH_SHARD_PAGES?: string | undefined;
}

function positiveInteger(name: string, value: string): number {
	const number = Number(value);
	if (!Number.isInteger(number) || number < 1) throw new Error(`${name} 必须是正整数（收到 “${value}”）`);
	return number;
}

/**
 * Number of shards for `pages` HTML files: `SEARCH_SHARDS` when set, else as few as keep each
 * shard within `SEARCH_SHARD_PAGES` (or MAX_PAGES_PER_SHARD). Never more shards than pages.
 */
export function shardCount(pages: number, settings: ShardSettings = {}): number {
	const forced = settings.SEARCH_SHARDS?.trim();
	const limit = settings.SEARCH_SHARD_PAGES?.trim();
	const count = forced
		? positiveInteger("SEARCH_SHARDS", forced)
		: Math.ceil(pages / (limit ? positiveInteger("SEARCH_SHARD_PAGES", limit) : MAX_PAGES_PER_SHARD));
	return Math.max(1, Math.min(count, pages));
}

/**
 * Splits files into `count` groups of nearly equal size: sorted by path and dealt out in turn, so
 * every group holds a like mix of articles, questions and large list pages (alike runs need alike
 * memory) and the same sources split the same way.
 */
export function assignShards(files: readonly string[], count: number): string[][] {
	const groups = Array.from({ length: count }, (): string[] => []);
	[...files].sort().forEach((file, index) => {
		groups[index % count]?.push(file);
	});
	return groups;
}
