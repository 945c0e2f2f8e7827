import { z } from "astro/zod";
import { importRecord } from "./imported.ts";
import { tagList } from "./tags.ts";
import { CATEGORIES, DIFFICULTIES, INDUSTRIES, labelsOf, oneOf } from "./taxonomy.ts";

/** An entry id: the file name without extension, lowercase ASCII words joined by `-`. */
export const entryId = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "请填写条目的文件名（小写字母、数字和连字符，不带扩展名）");

/**
 * Frontmatter of a question in `content/questions/`. `related` and `source` hold entry ids;
 * `src/lib/references.ts` checks that each names an existing entry.
 */
export const questionSchema = z.object({
	/** The question itself, as an interviewer would ask it. */
	title: z.string().trim().min(4, "题目至少 4 个字"),
	/** Where the question sits in the bank. */
	category: z.enum(labelsOf(CATEGORIES), { error: oneOf("分类", CATEGORIES) }),
	/** How hard the question is. */
	difficulty: z.enum(labelsOf(DIFFICULTIES), { error: oneOf("难度", DIFFICULTIES) }),
	/** Industries the question is about; 通用 when none in particular. */
	industries: z
		.array(z.enum(labelsOf(INDUSTRIES), { error: oneOf("行业", INDUSTRIES) }))
		.min(1, "至少填写一个行业"),
	/** Topic tags; each gets a page under `/tags/`. */
	tags: tagList,
	/** Other ways a reader might ask the same thing; indexed for search, shown nowhere. */
	aliases: z.array(z.string().trim().min(2, "别名至少 2 个字").max(60, "别名最多 60 个字")).default([]),
	/** Ids of other questions worth practising next. */
	related: z.array(entryId).default([]),
	/** Id of the article the question comes from. */
	source: entryId.optional(),
	/** Drafts are left out of every page, feed and index. */
	draft: z.boolean().default(false),
	/** Where an imported entry came from; absent on hand-written entries. */
	imported: importRecord,
});

export type QuestionData = z.infer<typeof questionSchema>;
