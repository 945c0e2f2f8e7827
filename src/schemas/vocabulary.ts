import { z } from "astro/zod";

/** One concept of the field: the site's spelling and the other ways people write or ask for it. */
export const conceptSchema = z
	.object({
		/** The site's one spelling: tags use it, and search maps every alias to it. */
		term: z.string().trim().min(1, "term 不能为空").max(20, "term 请控制在 20 字以内"),
		/** Synonyms, abbreviations, English names and colloquial phrasings readers type. */
		aliases: z
			.array(z.string().trim().min(1, "别名不能为空").max(60, "别名请控制在 60 字以内"))
			.min(1, "至少写一个别名"),
	})
	.strict();

/** `content/vocabulary.yaml`: a list of concepts (an empty list is valid). */
export const vocabularySchema = z.array(conceptSchema);

export type Concept = z.infer<typeof conceptSchema>;
