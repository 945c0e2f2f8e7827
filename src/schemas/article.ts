import { z } from "astro/zod";
import { importRecord } from "./imported.ts";
import { tagList } from "./tags.ts";
import { INDUSTRIES, labelsOf, oneOf } from "./taxonomy.ts";

/** Frontmatter of an article in `content/articles/`. */
export const articleSchema = z.object({
	/** The headline, shown as the page's h1 and in lists. */
	title: z.string().trim().min(2, "标题至少 2 个字"),
	/** One or two sentences for lists, search results and `<meta name="description">`. */
	description: z.string().trim().min(10, "摘要至少 10 个字").max(240, "摘要请控制在 240 字以内"),
	/** First publication date, `YYYY-MM-DD`. */
	date: z.coerce.date({ error: "date 需要形如 2026-10-01 的日期" }),
	/** Date of the last substantial revision, `YYYY-MM-DD`. */
	updated: z.coerce.date({ error: "updated 需要形如 2026-10-01 的日期" }).optional(),
	/** Topic tags; each gets a page under `/tags/`. */
	tags: tagList,
	/** Industries the article is about. */
	industries: z
		.array(z.enum(labelsOf(INDUSTRIES), { error: oneOf("行业", INDUSTRIES) }))
		.min(1, "至少填写一个行业"),
	/** Byline; omitted means the editorial team. */
	author: z.string().trim().min(1).optional(),
	/** Drafts are left out of every page, feed and index. */
	draft: z.boolean().default(false),
	/** Where an imported entry came from; absent on hand-written entries. */
	imported: importRecord,
});

export type ArticleData = z.infer<typeof articleSchema>;
