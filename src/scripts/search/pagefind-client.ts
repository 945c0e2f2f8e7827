/** The slice of Pagefind's browser API (`/pagefind/pagefind.js`) that the site uses. */
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
}
interface PagefindSearch {
	results: { id: string; data: () => Promise<PagefindResultData> }[];
}
interface PagefindModule {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	debouncedSearch: (
		query: string,
		options: { filters?: Record<string, { any: string[] }> },
		timeout: number,
	) => Promise<PagefindSearch | null>;
	filters: () => Promise<Record<string, Record<string, number>>>;
}

export interface SearchHit {
	url: string;
	title: string;
	/** HTML from Pagefind: escaped text with `<mark>` around the matched words. */
	excerpt: string;
	type: string;
	category: string | undefined;
}

/** Selected filter values by filter name, e.g. `{ type: ["面试题"] }`. */
export type FilterSelection = Record<string, string[]>;

let loading: Promise<PagefindModule> | undefined;

/** Loads the Pagefind bundle once, on first use, from this site's own `/pagefind/`. */
export function loadPagefind(): Promise<PagefindModule> {
	loading ??= (async () => {
		const base = import.meta.env.BASE_URL;
		const url = `${base.endsWith("/") ? base : `${base}/`}pagefind/pagefind.js`;
		const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
		await pagefind.options({ baseUrl: base, excerptLength: 24 });
		await pagefind.init();
		return pagefind;
	})();
	// A failed load may succeed later (a flaky network): do not keep the rejection.
	loading.catch(() => {
		loading = undefined;
	});
	return loading;
}

/** Pagefind's filter syntax: within one filter any selected value matches, across filters all must. */
export function toPagefindFilters(selection: FilterSelection): Record<string, { any: string[] }> {
	return Object.fromEntries(
		Object.entries(selection)
			.filter(([, values]) => values.length > 0)
			.map(([name, values]) => [name, { any: values }]),
	);
}

/**
 * Searches the index; resolves to null when a newer call superseded this one while typing.
 * Only the first `limit` hits are loaded.
 */
export async function search(
	query: string,
	selection: FilterSelection = {},
	limit = 20,
): Promise<SearchHit[] | null> {
	const pagefind = await loadPagefind();
	const found = await pagefind.debouncedSearch(query, { filters: toPagefindFilters(selection) }, 150);
	if (found === null) return null;
	const data = await Promise.all(found.results.slice(0, limit).map((result) => result.data()));
	return data.map((hit) => ({
		url: hit.url,
		title: hit.meta["title"] ?? hit.url,
		excerpt: hit.excerpt,
		type: hit.filters["type"]?.[0] ?? "",
		category: hit.filters["category"]?.[0],
	}));
}

/** Every filter with the number of pages for each value. */
export async function availableFilters(): Promise<Record<string, Record<string, number>>> {
	return (await loadPagefind()).filters();
}
