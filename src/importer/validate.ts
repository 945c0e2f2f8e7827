import { join } from "node:path";
import { parseEntry } from "../content-lint/collect.ts";
import { lintEntries, RULES } from "../content-lint/lint-content.ts";
import type { LintContext, LintEntry, Problem, Rule } from "../content-lint/types.ts";
import { ImportError } from "./problems.ts";

/** An entry the import would write, with the source line it comes from. */
export interface WriteToCheck {
	/** Path relative to the content folder, e.g. `questions/kv-cache.md`. */
	path: string;
	text: string;
	/** Source document and line, for the error message. */
	file: string;
	line: number;
}

const collectionOf = (path: string): LintEntry["collection"] =>
	path.startsWith("articles/") ? "articles" : "questions";

const keyOf = (problem: Problem) => `${problem.file}\u0000${problem.rule}\u0000${problem.message}`;

/**
 * Checks, in memory, the content folder as it would be after the writes, with every rule of the
 * content linter (the schemas included). Problems the folder already had are not the import's;
 * every new error becomes an {@link ImportError} naming the source document and line. Pure apart
 * from the rules themselves (the Python rule runs `python3`).
 */
export async function checkWrites(
	root: string,
	existing: readonly LintEntry[],
	writes: readonly WriteToCheck[],
	rules: readonly Rule[] = RULES,
	/** The vocabulary file, so tags are checked for its spellings as `npm run lint:content` does. */
	context: LintContext = {},
): Promise<ImportError[]> {
	const byPath = new Map(writes.map((write) => [join(root, write.path), write]));
	const after = [
		...existing.filter((entry) => !byPath.has(entry.path)),
		...writes.map((write) => parseEntry(collectionOf(write.path), join(root, write.path), write.text)),
	].sort((a, b) => a.collection.localeCompare(b.collection) || a.path.localeCompare(b.path));
	const before = new Set(
		(await lintEntries(existing, rules, context)).filter((p) => p.severity === "error").map(keyOf),
	);
	const problems = (await lintEntries(after, rules, context)).filter(
		(problem) => problem.severity === "error" && !before.has(keyOf(problem)),
	);
	return problems.map((problem) => {
		const write =
			byPath.get(problem.file) ?? [...byPath.entries()].find(([path]) => problem.message.includes(path))?.[1];
		const where = `${problem.file}:${problem.line}（${problem.rule}）`;
		return write
			? new ImportError(write.file, write.line, `导入后的 ${where} 通不过检查：${problem.message}`)
			: new ImportError(
					problem.file,
					problem.line,
					`导入后通不过检查（${problem.rule}）：${problem.message}`,
				);
	});
}
