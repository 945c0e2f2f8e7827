import type { Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import { toString as textOf } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { takePartLabel } from "./question-bank.ts";

/** A paragraph's children cut into its source lines (text nodes split at their line breaks). */
function linesOf(paragraph: Paragraph): PhrasingContent[][] {
	const lines: PhrasingContent[][] = [[]];
	for (const child of paragraph.children) {
		if (child.type !== "text" || !child.value.includes("\n")) {
			lines.at(-1)?.push(child);
			continue;
		}
		child.value.split("\n").forEach((piece, index) => {
			if (index > 0) lines.push([]);
			if (piece !== "") lines.at(-1)?.push({ type: "text", value: piece });
		});
	}
	return lines;
}

/** Adjacent text nodes joined into one, as a parser would have made them. */
function mergeTexts(children: readonly PhrasingContent[]): PhrasingContent[] {
	const merged: PhrasingContent[] = [];
	for (const child of children) {
		const last = merged.at(-1);
		if (child.type === "text" && last?.type === "text")
			merged[merged.length - 1] = { ...last, value: last.value + child.value };
		else merged.push(child);
	}
	return merged;
}

/**
 * Splits a paragraph where a line starts with a part label, so `Q：…？` and `A：…` written on
 * consecutive lines (one Markdown paragraph) read as a question and its answer; in such a paragraph,
 * a line that asks a numbered or bold question (`**2. ……？**`) starts the next item. Lines keep
 * their numbers. Returns how many paragraphs were split.
 */
export function splitLabelledLines(tree: Root): number {
	let split = 0;
	visit(tree, "paragraph", (node, index, parent) => {
		if (!parent || index === undefined) return;
		const lines = linesOf(node);
		if (lines.length < 2) return;
		const start = node.position?.start.line ?? 1;
		const groups: { line: number; children: PhrasingContent[] }[] = [];
		const labelled = lines.map(
			(children) => takePartLabel({ type: "paragraph", children: structuredClone(children) }) !== undefined,
		);
		// A line that asks a numbered or bold question opens the next item, when the paragraph has labels.
		const asks = lines.map((children) => {
			const text = textOf({ type: "paragraph", children }).trim();
			const bold = children.length === 1 && children[0]?.type === "strong";
			return /[？?]$/.test(text) && (bold || /^\d+\s*[.．、)]/.test(text));
		});
		const hasLabels = labelled.some((value, offset) => value && offset > 0);
		lines.forEach((children, offset) => {
			const last = groups.at(-1);
			if (!last || (offset > 0 && (labelled[offset] || (hasLabels && asks[offset])))) {
				groups.push({ line: start + offset, children });
			} else {
				last.children.push({ type: "text", value: "\n" }, ...children);
			}
		});
		if (groups.length < 2) return;
		const paragraphs: Paragraph[] = groups.map((group) => ({
			type: "paragraph",
			children: mergeTexts(group.children),
			position: { start: { line: group.line, column: 1 }, end: { line: group.line, column: 1 } },
		}));
		(parent.children as RootContent[]).splice(index, 1, ...paragraphs);
		split += 1;
		return index + paragraphs.length;
	});
	return split;
}
