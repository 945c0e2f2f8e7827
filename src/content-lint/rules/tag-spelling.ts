import { parseVocabulary, Vocabulary } from "../../lib/vocabulary.ts";
import { tagsLine } from "../tag-spelling-fix.ts";
import type { Rule } from "../types.ts";

/** Tags use the vocabulary's spelling of a concept: one tag page per concept, not 反诈 and 反欺诈. */
export const tagSpelling: Rule = {
	id: "tag-spelling",
	description: "标签用词表里概念的统一写法（如「反欺诈」而不是「反诈」）",
	check(entries, report, { vocabulary }) {
		if (!vocabulary) return;
		const words = new Vocabulary(parseVocabulary(vocabulary.text).concepts);
		for (const entry of entries) {
			const tags = entry.data?.["tags"];
			if (!Array.isArray(tags)) continue;
			for (const tag of tags) {
				if (typeof tag !== "string") continue;
				const term = words.canonicalTag(tag);
				if (term === tag) continue;
				report({
					file: entry.path,
					line: tagsLine(entry.text),
					message: `标签「${tag}」是概念「${term}」的另一种写法：请改用「${term}」（npm run lint:content -- --fix 会自动改）`,
				});
			}
		}
	},
};
