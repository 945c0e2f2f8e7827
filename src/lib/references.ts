/** A question's links to other entries, as the schema parsed them. */
export interface QuestionLinks {
	id: string;
	/** Path of the source file, relative to the project root. */
	filePath: string;
	/** The raw file text, used to point at the offending line. */
	source: string;
	data: { related: string[]; source?: string | undefined };
}

export interface ReferenceProblem {
	file: string;
	line: number;
	field: string;
	message: string;
}

/** 1-based line of the first frontmatter line that mentions `field`, then `value` after it. */
export function lineOfValue(text: string, field: string, value: string): number {
	const lines = text.split("\n");
	const fieldLine = lines.findIndex((line) => new RegExp(`^${field}\\s*:`).test(line));
	if (fieldLine === -1) return 1;
	const valueLine = lines.findIndex((line, index) => index >= fieldLine && line.includes(value));
	return (valueLine === -1 ? fieldLine : valueLine) + 1;
}

/**
 * Checks that every `related` id names another existing question and every `source` id an
 * existing article. Returns one problem per broken link, each saying what to change.
 */
export function findBrokenReferences(
	questions: readonly QuestionLinks[],
	articleIds: ReadonlySet<string>,
): ReferenceProblem[] {
	const questionIds = new Set(questions.map((question) => question.id));
	const problems: ReferenceProblem[] = [];
	for (const question of questions) {
		question.data.related.forEach((id, index) => {
			const field = `related[${index}]`;
			// The line is looked up only for a problem: reading `source` may read the file.
			const line = () => lineOfValue(question.source, "related", id);
			if (id === question.id) {
				problems.push({
					file: question.filePath,
					line: line(),
					field,
					message: `「${id}」指向本题自身，请删除这一项`,
				});
			} else if (!questionIds.has(id)) {
				problems.push({
					file: question.filePath,
					line: line(),
					field,
					message: `找不到面试题「${id}」：请改成 content/questions/ 下已有的文件名（不带 .md），或删除这一项`,
				});
			}
		});
		const sourceId = question.data.source;
		if (sourceId !== undefined && !articleIds.has(sourceId)) {
			problems.push({
				file: question.filePath,
				line: lineOfValue(question.source, "source", sourceId),
				field: "source",
				message: `找不到文章「${sourceId}」：请改成 content/articles/ 下已有的文件名（不带 .md），或删除 source`,
			});
		}
	}
	return problems;
}

/** One line per problem, `file:line  field: message`, for terminals and editors. */
export function formatProblems(problems: readonly ReferenceProblem[]): string {
	return problems
		.map((problem) => `${problem.file}:${problem.line}  ${problem.field}: ${problem.message}`)
		.join("\n");
}
