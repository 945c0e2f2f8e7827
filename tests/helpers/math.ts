import type { Root } from "mdast";
import { visit } from "unist-util-visit";

/** How many display and inline formulas a tree holds. */
export function countMath(tree: Root): { display: number; inline: number } {
	let display = 0;
	let inline = 0;
	visit(tree, (node) => {
		if (node.type === "math") display += 1;
		if (node.type === "inlineMath") inline += 1;
	});
	return { display, inline };
}
