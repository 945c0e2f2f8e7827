import { parseVocabulary } from "../../lib/vocabulary.ts";
import type { Rule } from "../types.ts";

/** `content/vocabulary.yaml` parses, fits its schema, and gives each spelling one meaning. */
export const vocabularyFile: Rule = {
	id: "vocabulary",
	description: "词表 content/vocabulary.yaml 格式正确，每个写法只属于一个概念",
	check(_entries, report, { vocabulary }) {
		if (!vocabulary) return;
		for (const problem of parseVocabulary(vocabulary.text).problems)
			report({ file: vocabulary.path, line: problem.line, message: problem.message });
	},
};
