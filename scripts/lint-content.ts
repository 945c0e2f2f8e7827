/**
 * Checks every article and question: frontmatter schema, balanced ``` and $$, formulas KaTeX can parse,
 * code fences with a language, Python that compiles, duplicate questions, references to missing entries.
 * Usage: node scripts/lint-content.ts [contentDir]   (exit 1 when any error is found)
 */
import { collectEntries } from "../src/content-lint/collect.ts";
import { formatProblems, lintEntries } from "../src/content-lint/lint-content.ts";

const root = process.argv[2] ?? "content";
const entries = await collectEntries(root);
const problems = await lintEntries(entries);
const errors = problems.filter((problem) => problem.severity === "error").length;
if (problems.length > 0) console.log(formatProblems(problems));
console.log(`内容检查：${entries.length} 个条目，${errors} 个错误，${problems.length - errors} 个警告。`);
process.exitCode = errors > 0 ? 1 : 0;
