import { findBrokenReferences } from "../../lib/references.ts";
import type { Rule } from "../types.ts";

const ids = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [];

/** `related` names existing questions and `source` an existing article. */
export const references: Rule = {
	id: "references",
	description: "related 指向已有的面试题，source 指向已有的文章",
	check(entries, report) {
		const articleIds = new Set(
			entries.filter((entry) => entry.collection === "articles").map((entry) => entry.id),
		);
		const questions = entries
			.filter((entry) => entry.collection === "questions")
			.map((entry) => {
				const source = entry.data?.["source"];
				return {
					id: entry.id,
					filePath: entry.path,
					source: entry.text,
					data: {
						related: ids(entry.data?.["related"]),
						source: typeof source === "string" ? source : undefined,
					},
				};
			});
		for (const problem of findBrokenReferences(questions, articleIds)) {
			report({ file: problem.file, line: problem.line, message: `${problem.field}: ${problem.message}` });
		}
	},
};
