import type { Code, Root } from "mdast";
import { visit } from "unist-util-visit";
import type { ImportNote } from "./problems.ts";

/** The fence meta word that marks an example the importer could not verify. */
export const UNVERIFIED = "unverified";

export type PythonCheck = (sources: readonly string[]) => [number, number, string][];

/**
 * Marks every Python example that does not compile as `unverified` (```python unverified), so the
 * page can tell readers and the linter accepts it, and reports each with its source line. Example
 * code that does not compile is the source's bug: it is kept as written.
 */
export function markUnverifiedPython(trees: readonly Root[], check: PythonCheck): ImportNote[] {
	const blocks: Code[] = [];
	for (const tree of trees) {
		visit(tree, "code", (node) => {
			if (node.lang === "python" || node.lang === "py") blocks.push(node);
		});
	}
	if (blocks.length === 0) return [];
	return check(blocks.map((block) => block.value)).flatMap(([index, line, message]) => {
		const block = blocks[index];
		if (!block) return [];
		const words = (block.meta ?? "").split(/\s+/).filter(Boolean);
		if (!words.includes(UNVERIFIED)) block.meta = [...words, UNVERIFIED].join(" ");
		const at = (block.position?.start.line ?? 0) + line;
		return [{ line: at, message: `Python 示例有语法错误（${message}）：已标为「未验证」，请修正源文档` }];
	});
}
