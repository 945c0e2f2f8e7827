/**
 * Checks every article and question: frontmatter schema, balanced ``` and $$, formulas KaTeX can parse,
 * code fences with a language, Python that compiles, duplicate questions, references to missing entries,
 * the vocabulary file, and tags spelled as the vocabulary spells them.
 * Usage: node scripts/lint-content.ts [contentDir] [--fix]   (exit 1 when any error is found)
 * `--fix` first rewrites tags to the vocabulary's spelling (the only automatic repair).
 */
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { collectEntries } from "../src/content-lint/collect.ts";
import { formatProblems, lintEntries } from "../src/content-lint/lint-content.ts";
import { fixTagSpelling } from "../src/content-lint/tag-spelling-fix.ts";
import { readVocabularyFile } from "../src/lib/load-vocabulary.ts";
import { parseVocabulary, Vocabulary } from "../src/lib/vocabulary.ts";

const { values, positionals } = parseArgs({
	options: { fix: { type: "boolean", default: false } },
	allowPositionals: true,
});
const root = positionals[0] ?? "content";
const vocabulary = await readVocabularyFile(root);

if (values.fix && vocabulary) {
	const { concepts, problems } = parseVocabulary(vocabulary.text);
	if (problems.length > 0) console.log("词表有错误，标签不自动修改。");
	else {
		const words = new Vocabulary(concepts);
		for (const entry of await collectEntries(root)) {
			const fixed = fixTagSpelling(entry.text, words);
			if (fixed !== entry.text) {
				await writeFile(entry.path, fixed);
				console.log(`已统一标签写法：${entry.path}`);
			}
		}
	}
}

const entries = await collectEntries(root);
const problems = await lintEntries(entries, undefined, { vocabulary });
const errors = problems.filter((problem) => problem.severity === "error").length;
if (problems.length > 0) console.log(formatProblems(problems));
console.log(`内容检查：${entries.length} 个条目，${errors} 个错误，${problems.length - errors} 个警告。`);
process.exitCode = errors > 0 ? 1 : 0;
