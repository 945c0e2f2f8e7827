import { z } from "astro/zod";

/** A list of topic tags: 1 to 8 distinct, non-empty labels. */
export const tagList = z
	.array(z.string().trim().min(1, "标签不能为空").max(20, "标签请控制在 20 字以内"))
	.min(1, "至少填写一个标签")
	.max(8, "标签最多 8 个")
	.refine((tags) => new Set(tags).size === tags.length, "标签不能重复");
