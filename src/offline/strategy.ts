/**
 * How the service worker answers a request, decided from its URL alone:
 * - `cache-first` for files whose name changes with their content (Astro's `_astro/` assets and
 *   Pagefind's hashed index files): a cached copy can never be stale.
 * - `network-first` for everything else under the site (pages, `pagefind.js`, the search data):
 *   the newest version when online, the saved copy when not.
 * - `bypass` for what the worker leaves to the browser: other origins and paths outside the site,
 *   non-GET requests, and the worker script itself (browsers fetch it around the worker anyway).
 */
export type Strategy = "cache-first" | "network-first" | "bypass";

export interface RequestLike {
	url: string;
	method: string;
}

/** The worker's own file, relative to its scope. */
export const WORKER_FILE = "sw.js";

/**
 * Pagefind's content-addressed files: `index/zh-cn_1233a62.pf_index`, `pagefind.zh-cn_9688….pf_meta`,
 * and result fragments in a folder named after all the site's pages (`fragment/b5c9f815/1a.pf_fragment`,
 * scripts/search-index/merge-index.ts): any change to the pages gives the folder a new name.
 */
const HASHED_SEARCH_FILE =
	/^pagefind\/(?:(?:[\w-]+\/)?[\w.-]*_[0-9a-f]{7,}\.pf_[a-z]+|fragment\/[0-9a-f]{8,}\/[0-9a-z]+\.pf_fragment)$/;

/** The path of `url` relative to the scope, or undefined when the URL lies outside it. */
function pathInScope(url: URL, scope: URL): string | undefined {
	if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return undefined;
	return url.pathname.slice(scope.pathname.length);
}

export function strategyFor(request: RequestLike, scope: string): Strategy {
	if (request.method !== "GET") return "bypass";
	const path = pathInScope(new URL(request.url), new URL(scope));
	if (path === undefined || path === WORKER_FILE) return "bypass";
	if (path.startsWith("_astro/") || HASHED_SEARCH_FILE.test(path)) return "cache-first";
	return "network-first";
}

/**
 * The key a response is saved under: its URL without query or fragment. A static host serves the
 * same file whatever the query says, and the site's own queries only speak to the browser:
 * `/practice/?category=…` and `/search/?q=…` are read by the page's script, and Pagefind asks for
 * `pagefind-entry.json?ts=<now>` to get past HTTP caches (which offline must not defeat).
 */
export function cacheKey(url: string): string {
	const key = new URL(url);
	key.hash = "";
	key.search = "";
	return key.href;
}
