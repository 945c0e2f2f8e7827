import type { Root, RootContent } from "mdast";
import type { Math as MathNode } from "mdast-util-math";
import { visit } from "unist-util-visit";

/**
 * Makes every `$$…$$` display math: remark reads `$$ x $$` written on one line as inline math, so a
 * paragraph holding only such a formula becomes a display `math` block. `source` is the document text.
 */
export function promoteDisplayMath(tree: Root, source: string): number {
	let promoted = 0;
	visit(tree, "paragraph", (node, index, parent) => {
		if (!parent || index === undefined) return;
		const children = node.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
		const only = children[0];
		if (children.length !== 1 || only?.type !== "inlineMath") return;
		const start = only.position?.start.offset;
		if (start === undefined || !source.startsWith("$$", start)) return;
		const math: MathNode = { type: "math", value: only.value.trim() };
		if (node.position) math.position = node.position;
		(parent.children as RootContent[])[index] = math;
		promoted += 1;
	});
	return promoted;
}
