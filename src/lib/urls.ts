/**
 * Every internal URL of the site, built from one base path. Pages never build paths by hand.
 * Free of dependencies so browser scripts can use it; `site-urls.ts` adds `tag(label)` for pages.
 */
export function createUrls(base: string) {
	const root = base.endsWith("/") ? base : `${base}/`;
	const path = (...parts: string[]) => `${root}${parts.map((part) => `${part}/`).join("")}`;
	return {
		home: () => root,
		articles: () => path("articles"),
		article: (id: string) => path("articles", id),
		questions: (query?: string) => `${path("questions")}${query ? `?${query}` : ""}`,
		practice: (query?: string) => `${path("practice")}${query ? `?${query}` : ""}`,
		interview: () => path("interview"),
		question: (id: string) => path("questions", id),
		progress: () => path("progress"),
		category: (slug: string) => `${path("questions")}#${slug}`,
		tags: () => path("tags"),
		tagBySlug: (slug: string) => path("tags", slug),
		offline: () => path("offline"),
		search: (query?: string) => (query ? `${path("search")}?q=${encodeURIComponent(query)}` : path("search")),
		rss: () => `${root}rss.xml`,
		asset: (file: string) => `${root}${file.replace(/^\/+/, "")}`,
	};
}

export type SiteUrls = ReturnType<typeof createUrls>;
