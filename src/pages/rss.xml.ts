import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { siteData } from "../lib/site-data.ts";
import { urls } from "../lib/site-urls.ts";
import { SITE } from "../site.config.ts";

export async function GET(context: APIContext) {
	const { articles } = await siteData();
	return rss({
		title: SITE.name,
		description: SITE.description,
		// The feed's home link includes the base path; item links are absolute paths already.
		site: new URL(urls.home(), context.site ?? "https://example.com").href,
		customData: "<language>zh-cn</language>",
		items: articles.map((article) => ({
			title: article.data.title,
			description: article.data.description,
			pubDate: article.data.date,
			link: urls.article(article.id),
			categories: article.data.tags,
		})),
	});
}
