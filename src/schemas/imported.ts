import { z } from "astro/zod";

/** Set by `npm run import`: the source document and a digest of the file as the importer wrote it. */
export const importRecord = z
	.object({
		from: z.string().min(1),
		digest: z.string().regex(/^[0-9a-f]{16}$/, "digest 由导入工具生成，请勿手改"),
	})
	.optional();
