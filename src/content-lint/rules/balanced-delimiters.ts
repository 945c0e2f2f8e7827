import { findUnclosedFence, scanFences } from "../../markdown/fences.ts";
import type { Rule } from "../types.ts";

/** Lines (1-based) holding a lone `$$` outside code fences. */
export function displayMathDelimiters(lines: readonly string[]): number[] {
	const { inCode } = scanFences(lines);
	return lines.flatMap((line, index) => (!inCode[index] && /^\s*\$\$\s*$/.test(line) ? [index + 1] : []));
}

/** Every code fence is closed and every `$$` block has its closing `$$`. */
export const balancedDelimiters: Rule = {
	id: "balanced-delimiters",
	description: "代码块 ``` 与公式块 $$ 成对出现",
	check(entries, report) {
		for (const entry of entries) {
			const lines = entry.text.split("\n");
			const fence = findUnclosedFence(lines);
			if (fence) report({ file: entry.path, line: fence, message: "代码块没有结束：请在代码末尾加一行 ```" });
			const dollars = displayMathDelimiters(lines);
			if (dollars.length % 2 === 1) {
				report({
					file: entry.path,
					line: dollars.at(-1) ?? 1,
					message: "$$ 没有成对：这一行的公式块缺少开头或结尾的 $$",
				});
			}
		}
	},
};
