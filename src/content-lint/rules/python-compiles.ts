import { execFileSync } from "node:child_process";
import type { Code } from "mdast";
import { visit } from "unist-util-visit";
import type { Rule } from "../types.ts";

const COMPILE_ALL = `
import json, sys
errors = []
for index, source in enumerate(json.load(sys.stdin)):
    try:
        compile(source, "<example>", "exec")
    except SyntaxError as error:
        errors.append([index, error.lineno or 1, error.msg])
print(json.dumps(errors))
`;

/** Syntax errors of Python sources as `[index, line within source, message]`, via one `python3` run. */
export function compilePython(sources: readonly string[], python = "python3"): [number, number, string][] {
	const output = execFileSync(python, ["-c", COMPILE_ALL], {
		input: JSON.stringify(sources),
		encoding: "utf8",
	});
	return JSON.parse(output) as [number, number, string][];
}

/** True for a block the importer marked ```python unverified (its source did not compile). */
export function isUnverified(node: Code): boolean {
	return (node.meta ?? "").split(/\s+/).includes("unverified");
}

/**
 * Every ```python example compiles (its syntax is valid Python 3), except blocks marked
 * `unverified`, which are counted in one warning per entry.
 */
export const pythonCompiles: Rule = {
	id: "python-compiles",
	description: "每个 ```python 示例都能被 Python 3 编译（标为 unverified 的只计数）",
	check(entries, report) {
		const blocks: { path: string; node: Code }[] = [];
		for (const entry of entries) {
			let unverified = 0;
			let first = 0;
			visit(entry.tree, "code", (node) => {
				if (node.lang !== "python" && node.lang !== "py") return;
				if (!isUnverified(node)) blocks.push({ path: entry.path, node });
				else if (unverified++ === 0) first = node.position?.start.line ?? 1;
			});
			if (unverified > 0)
				report({
					file: entry.path,
					line: first,
					severity: "warning",
					message: `${unverified} 个 Python 示例标为 unverified（导入时编译失败，未检查语法）`,
				});
		}
		if (blocks.length === 0) return;
		let errors: [number, number, string][];
		try {
			errors = compilePython(blocks.map((block) => block.node.value));
		} catch {
			report({
				file: blocks[0]?.path ?? "",
				line: 1,
				severity: "warning",
				message: "找不到 python3，跳过了 Python 示例的语法检查",
			});
			return;
		}
		for (const [index, line, message] of errors) {
			const block = blocks[index];
			if (!block) continue;
			// The code starts on the line after the opening fence.
			const fileLine = (block.node.position?.start.line ?? 0) + line;
			report({ file: block.path, line: fileLine, message: `Python 示例有语法错误：${message}` });
		}
	},
};
