import { normalizeQuestion, SAME_QUESTION, similarity } from "../../lib/question-similarity.ts";
import { lineOfValue } from "../../lib/references.ts";
import type { Rule } from "../types.ts";

/** No question is in the bank twice, word for word or nearly. */
export const duplicateQuestions: Rule = {
	id: "duplicate-questions",
	description: "题库中没有重复（或几乎相同）的题目",
	check(entries, report) {
		const seen: { path: string; key: string; title: string }[] = [];
		for (const entry of entries) {
			const title = entry.data?.["title"];
			if (entry.collection !== "questions" || typeof title !== "string") continue;
			const key = normalizeQuestion(title);
			const twin = seen.find((other) => other.key === key || similarity(other.key, key) >= SAME_QUESTION);
			if (twin) {
				report({
					file: entry.path,
					line: lineOfValue(entry.text, "title", "title"),
					message: `与 ${twin.path} 的「${twin.title}」重复：请合并成一道题`,
				});
			}
			seen.push({ path: entry.path, key, title });
		}
	},
};
