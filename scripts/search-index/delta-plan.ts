/**
 * Which pages a build re-indexes when the last build's Pagefind runs are kept (the build cache):
 * only the pages that changed since those runs, in one small run of their own, while the kept runs'
 * old versions of them are left out of the merge (merge-index.ts, whose result does not depend on
 * how the pages were split). Pure: the caller reads the files and runs Pagefind.
 */

/** A page a kept run read: the hash of its HTML, and its page hash in the run's bundle (null: not indexed). */
export interface RecordedPage {
	hash: string;
	pagefind: string | null;
}

/** A kept run: its folder and every HTML file it read, by path in the site. */
export interface KeptRun {
	dir: string;
	pages: ReadonlyMap<string, RecordedPage>;
}

export interface DeltaPlan {
	/** Pages to index in the new run: changed or new, with a body Pagefind indexes. */
	index: string[];
	/** For each kept run's folder, the page hashes of its pages to leave out (changed or deleted). */
	drop: Map<string, Set<string>>;
}

/**
 * The pages that `now` (every HTML file's path and hash) changes against the `kept` runs, or
 * undefined when more than `limit` indexed pages changed, appeared or went (then indexing everything
 * again costs about as much). A page counts only if it is indexed: a changed list page that
 * Pagefind skips (no `data-pagefind-body`, `hasBody` tells) is neither indexed nor left out.
 */
export function deltaPlan(
	kept: readonly KeptRun[],
	now: ReadonlyMap<string, string>,
	hasBody: (path: string) => boolean,
	limit: number,
): DeltaPlan | undefined {
	const recorded = new Map<string, { run: KeptRun; page: RecordedPage }>();
	for (const run of kept) for (const [path, page] of run.pages) recorded.set(path, { run, page });
	const index: string[] = [];
	const drop = new Map<string, Set<string>>();
	let count = 0;
	/** Leaves the page's old version out of its kept run; whether there was one. */
	const leaveOut = (path: string): boolean => {
		const old = recorded.get(path);
		if (!old?.page.pagefind) return false;
		const hashes = drop.get(old.run.dir) ?? new Set<string>();
		hashes.add(old.page.pagefind);
		drop.set(old.run.dir, hashes);
		return true;
	};
	for (const [path, hash] of now) {
		if (recorded.get(path)?.page.hash === hash) continue;
		const left = leaveOut(path);
		const indexed = hasBody(path);
		if (indexed) index.push(path);
		if (left || indexed) count += 1;
		if (count > limit) return undefined;
	}
	for (const path of recorded.keys()) if (!now.has(path) && leaveOut(path)) count += 1;
	return count > limit ? undefined : { index: index.sort(), drop };
}

/** Whether HTML has an element Pagefind indexes alone (`data-pagefind-body`), not just the words. */
export function hasPagefindBody(html: string): boolean {
	return /<[a-z][^<>]*\sdata-pagefind-body(?=[\s=/>])/i.test(html);
}

/**
 * The URL Pagefind gives the page in a file (path relative to the folder it indexes): `/` and the
 * path, with a final `index.html` dropped (`a/index.html` → `/a/`).
 */
export function pagefindUrl(path: string): string {
	return `/${path.replace(/(^|\/)index\.html$/, "$1")}`;
}
