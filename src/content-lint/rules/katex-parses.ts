import { visit } from "unist-util-visit";
import { formulaError } from "../../markdown/formula-error.ts";
import type { Rule } from "../types.ts";

/** Every formula is one KaTeX can render. */
export const katexParses: Rule = {
	id: "katex-parses",
	description: "每个公式都能被 KaTeX 解析",
	check(entries, report) {
		for (const entry of entries) {
			visit(entry.tree, (node) => {
				if (node.type !== "math" && node.type !== "inlineMath") return;
				const reason = formulaError(node);
				if (reason)
					report({
						file: entry.path,
						line: node.position?.start.line ?? 1,
						message: `KaTeX 无法解析公式：${reason}`,
					});
			});
		}
	},
};
