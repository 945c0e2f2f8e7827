import { balancedDelimiters } from "./rules/balanced-delimiters.ts";
import { codeLanguage } from "./rules/code-language.ts";
import { duplicateQuestions } from "./rules/duplicate-questions.ts";
import { frontmatterSchema } from "./rules/frontmatter-schema.ts";
import { imagePath } from "./rules/image-path.ts";
import { katexParses } from "./rules/katex-parses.ts";
import { pythonCompiles } from "./rules/python-compiles.ts";
import { references } from "./rules/references.ts";
import { tagSpelling } from "./rules/tag-spelling.ts";
import { vocabularyFile } from "./rules/vocabulary-file.ts";
import type { LintContext, LintEntry, Problem, Rule } from "./types.ts";

export const RULES: readonly Rule[] = [
	frontmatterSchema,
	balancedDelimiters,
	katexParses,
	codeLanguage,
	imagePath,
	pythonCompiles,
	duplicateQuestions,
	references,
	vocabularyFile,
	tagSpelling,
];

/** Runs every rule over the entries; problems come back sorted by file and line. */
export async function lintEntries(
	entries: readonly LintEntry[],
	rules: readonly Rule[] = RULES,
	context: LintContext = {},
): Promise<Problem[]> {
	const problems: Problem[] = [];
	for (const rule of rules) {
		await rule.check(
			entries,
			({ severity = "error", ...problem }) => problems.push({ ...problem, rule: rule.id, severity }),
			context,
		);
	}
	return problems.sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule),
	);
}

/** `file:line  error  rule  message`, one problem a line. */
export function formatProblems(problems: readonly Problem[]): string {
	return problems
		.map(
			(problem) =>
				`${problem.file}:${problem.line}  ${problem.severity === "error" ? "错误" : "警告"}  ${problem.rule}  ${problem.message}`,
		)
		.join("\n");
}
