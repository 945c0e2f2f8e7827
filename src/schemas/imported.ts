import { z } from "astro/zod";

/** Set by `npm run import`: where an entry came from, its stable key, and a digest of the file as written. */
export const importRecord = z
	.object({
		/** The source document's file name. */
		from: z.string().min(1),
		/** `<file>#article` or `<file>#q-<digest>`: matches the entry to its source item on re-import. */
		key: z
			.string()
			.regex(/^.+#(?:article|q-[0-9a-f]{12})$/, "key 由导入工具生成，请勿手改")
			.optional(),
		digest: z.string().regex(/^[0-9a-f]{16}$/, "digest 由导入工具生成，请勿手改"),
	})
	.optional();
