import type { Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import type { Math as MathNode } from "mdast-util-math";
import { visit } from "unist-util-visit";

/**
 * Makes every `$$…$$` display math wherever it stands: remark reads `$$ x $$` written inside a line
 * as inline math, so a paragraph holding such a formula is split around it into paragraphs and a
 * display `math` block (in list items and block quotes too). `source` is the document text.
 * Returns how many formulas were promoted.
 */
export function promoteDisplayMath(tree: Root, source: string): number {
	let promoted = 0;
	visit(tree, "paragraph", (node, index, parent) => {
		if (!parent || index === undefined) return;
		const isDisplay = (child: PhrasingContent) => {
			const start = child.position?.start.offset;
			return child.type === "inlineMath" && start !== undefined && source.startsWith("$$", start);
		};
		if (!node.children.some(isDisplay)) return;
		const blocks: (Paragraph | MathNode)[] = [];
		let run: PhrasingContent[] = [];
		const flush = () => {
			const first = run[0];
			const last = run.at(-1);
			if (first?.type === "text") first.value = first.value.replace(/^\s+/, "");
			if (last?.type === "text") last.value = last.value.replace(/\s+$/, "");
			const kept = run.filter((child) => !(child.type === "text" && child.value === ""));
			if (kept.length > 0) {
				const paragraph: Paragraph = { type: "paragraph", children: kept };
				const start = kept[0]?.position?.start;
				const end = kept.at(-1)?.position?.end;
				if (start && end) paragraph.position = { start, end };
				blocks.push(paragraph);
			}
			run = [];
		};
		for (const child of node.children) {
			if (!isDisplay(child) || child.type !== "inlineMath") {
				run.push(child);
				continue;
			}
			flush();
			const math: MathNode = { type: "math", value: child.value.trim() };
			if (child.position) math.position = child.position;
			blocks.push(math);
			promoted += 1;
		}
		flush();
		(parent.children as RootContent[]).splice(index, 1, ...blocks);
		return index + blocks.length;
	});
	return promoted;
}
