import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { formulaError } from "../markdown/formula-error.ts";
import { ImportError } from "./problems.ts";

/**
 * Throws an {@link ImportError} at the source line of the first formula KaTeX cannot render, as the
 * content linter would later; returns how many formulas there are.
 */
export function checkFormulas(tree: Root, file: string): number {
	let count = 0;
	visit(tree, (node) => {
		if (node.type !== "math" && node.type !== "inlineMath") return;
		count += 1;
		const reason = formulaError(node);
		if (reason)
			throw new ImportError(
				file,
				node.position?.start.line ?? 1,
				`KaTeX 无法解析公式：${reason}：请修正公式`,
			);
	});
	return count;
}
