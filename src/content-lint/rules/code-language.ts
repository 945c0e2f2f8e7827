import { visit } from "unist-util-visit";
import type { Rule } from "../types.ts";

/** Every fenced code block names its language, so it is highlighted and linted. */
export const codeLanguage: Rule = {
	id: "code-language",
	description: "代码块注明语言（```python、```text……）",
	check(entries, report) {
		for (const entry of entries) {
			visit(entry.tree, "code", (node) => {
				if (!node.lang) {
					report({
						file: entry.path,
						line: node.position?.start.line ?? 1,
						message: "代码块没有注明语言：请写成 ```python、```bash 或 ```text",
					});
				}
			});
		}
	},
};
