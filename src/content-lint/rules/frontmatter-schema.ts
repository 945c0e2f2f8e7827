import { parseDocument } from "yaml";
import { lineOfValue } from "../../lib/references.ts";
import { articleSchema } from "../../schemas/article.ts";
import { questionSchema } from "../../schemas/question.ts";
import type { Rule } from "../types.ts";

const schemas = { articles: articleSchema, questions: questionSchema };

/** Frontmatter must exist, be valid YAML and match the collection's schema. */
export const frontmatterSchema: Rule = {
	id: "frontmatter-schema",
	description: "frontmatter 是合法的 YAML，并符合文章/面试题的字段要求",
	check(entries, report) {
		for (const entry of entries) {
			const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(entry.text);
			if (!match) {
				report({
					file: entry.path,
					line: 1,
					message: "缺少 frontmatter：文件应以 --- 开头、--- 结束的 YAML 块开始",
				});
				continue;
			}
			const document = parseDocument(match[1] ?? "");
			if (document.errors.length > 0) {
				for (const error of document.errors) {
					const line = (error.linePos?.[0].line ?? 0) + 1;
					report({ file: entry.path, line, message: `YAML 语法错误：${error.message.split("\n")[0]}` });
				}
				continue;
			}
			const result = schemas[entry.collection].safeParse(entry.data ?? {});
			if (result.success) continue;
			for (const issue of result.error.issues) {
				const field = String(issue.path[0] ?? "");
				const value =
					issue.path.length > 1
						? String((entry.data?.[field] as unknown[] | undefined)?.[Number(issue.path[1])] ?? "")
						: "";
				const line = field ? lineOfValue(entry.text, field, value || field) : 1;
				report({
					file: entry.path,
					line,
					message: `${issue.path.join(".") || "frontmatter"}: ${issue.message}`,
				});
			}
		}
	},
};
