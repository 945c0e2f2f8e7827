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

/** Pagefind's content-addressed files: `index/zh-cn_1233a62.pf_index`, `pagefind.zh-cn_9688….pf_meta`. */
const HASHED_SEARCH_FILE = /^pagefind\/(?:[\w-]+\/)?[\w.-]*_[0-9a-f]{7,}\.pf_[a-z]+$/;

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

/** True for a page's URL (`/questions/x/`, `/404.html`) rather than a file's. */
export function isPageUrl(url: string): boolean {
	const { pathname } = new URL(url);
	return pathname.endsWith("/") || pathname.endsWith(".html");
}

/**
 * The key a response is saved under. A page is the same whatever its query says (`/practice/?category=…`
 * and `/search/?q=…` read the query in the browser), so pages are saved once, without it.
 */
export function cacheKey(url: string): string {
	const key = new URL(url);
	key.hash = "";
	if (isPageUrl(url)) key.search = "";
	return key.href;
}
