import katex from "katex";
import { visit } from "unist-util-visit";
import type { Rule } from "../types.ts";

/** Every formula is one KaTeX can render. */
export const katexParses: Rule = {
	id: "katex-parses",
	description: "每个公式都能被 KaTeX 解析",
	check(entries, report) {
		for (const entry of entries) {
			visit(entry.tree, (node) => {
				if (node.type !== "math" && node.type !== "inlineMath") return;
				try {
					katex.renderToString(node.value, {
						throwOnError: true,
						displayMode: node.type === "math",
						strict: "ignore",
					});
				} catch (error) {
					const reason =
						error instanceof Error ? error.message.replace(/^KaTeX parse error:\s*/, "") : String(error);
					report({
						file: entry.path,
						line: node.position?.start.line ?? 1,
						message: `KaTeX 无法解析公式：${reason}`,
					});
				}
			});
		}
	},
};
