/**
 * Every internal URL of the site, built from one base path. Pages never build paths by hand.
 * Free of dependencies so browser scripts can use it; `site-urls.ts` adds `tag(label)` for pages.
 */
export function createUrls(base: string) {
	const root = base.endsWith("/") ? base : `${base}/`;
	const path = (...parts: string[]) => `${root}${parts.map((part) => `${part}/`).join("")}`;
	/** Page 1 of a paginated list is the list's own address; page n adds `n/`. */
	const paged = (page: number, ...parts: string[]) =>
		page > 1 ? path(...parts, String(page)) : path(...parts);
	return {
		home: () => root,
		articles: () => path("articles"),
		article: (id: string) => path("articles", id),
		questions: (query?: string) => `${path("questions")}${query ? `?${query}` : ""}`,
		practice: (query?: string) => `${path("practice")}${query ? `?${query}` : ""}`,
		interview: () => path("interview"),
		question: (id: string) => path("questions", id),
		progress: () => path("progress"),
		/** A category's question list (`/questions/training/`), or one of its later pages. */
		category: (slug: string, page = 1) => paged(page, "questions", slug),
		/** The compact list of every question that the bank filters and practice read (see `compact-manifest.ts`). */
		bankManifest: () => `${root}bank-manifest.json`,
		tags: (page = 1) => paged(page, "tags"),
		tagBySlug: (slug: string, page = 1) => paged(page, "tags", slug),
		offline: () => path("offline"),
		search: (query?: string) => (query ? `${path("search")}?q=${encodeURIComponent(query)}` : path("search")),
		rss: () => `${root}rss.xml`,
		asset: (file: string) => `${root}${file.replace(/^\/+/, "")}`,
	};
}

export type SiteUrls = ReturnType<typeof createUrls>;
