import type { Nodes, Parent, PhrasingContent, Root, RootContent } from "mdast";
import { SKIP, visit } from "unist-util-visit";
import type { ImportNote } from "./problems.ts";

/** Elements whose content is code or an embedded page, never text for readers. */
const DROPPED = /<(script|style|iframe|object|embed|noscript|template)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const TAG = /<\/?[a-z][^>]*>|<!--[\s\S]*?(?:-->|$)/gi;
/** Link targets that run code instead of going somewhere. */
const UNSAFE_URL = /^\s*(?:javascript|vbscript|data(?!:image\/(?:png|jpe?g|gif|webp);))\s*:/i;

/** Text without HTML: scripts and embeds dropped with their content, other tags dropped, text kept. */
export function htmlToText(html: string): string {
	return html.replace(DROPPED, "").replace(TAG, "");
}

const excerpt = (html: string) => html.replace(/\s+/g, " ").trim().slice(0, 40);

/**
 * Removes raw HTML from an imported document: an HTML block becomes the paragraph of its text (or
 * nothing), an inline tag goes and its text stays, a `javascript:` link becomes its text. Each
 * removal is reported with its line. The renderer sanitizes too; the entry file should not carry it.
 */
export function stripRawHtml(tree: Root): ImportNote[] {
	const notes: ImportNote[] = [];
	const note = (node: { position?: { start: { line: number } } | undefined }, message: string) =>
		notes.push({ line: node.position?.start.line ?? 1, message });
	visit(tree, (visited, index, parent: Parent | undefined) => {
		if (!parent || index === undefined) return;
		const node = visited as Nodes;
		if (node.type === "html") {
			note(node, `原始 HTML 已删除：${excerpt(node.value)}`);
			const text = htmlToText(node.value).trim();
			const block = parent.type === "root" || parent.type === "blockquote" || parent.type === "listItem";
			const position = node.position ? { position: node.position } : {};
			const replacement: RootContent[] =
				text === ""
					? []
					: block
						? [{ type: "paragraph", children: [{ type: "text", value: text, ...position }], ...position }]
						: [{ type: "text", value: text, ...position }];
			(parent.children as RootContent[]).splice(index, 1, ...replacement);
			return [SKIP, index + replacement.length];
		}
		if ((node.type === "link" || node.type === "image") && UNSAFE_URL.test(node.url)) {
			note(node, `危险链接已删除：${excerpt(node.url)}`);
			const children: PhrasingContent[] =
				node.type === "link" ? [...node.children] : node.alt ? [{ type: "text", value: node.alt }] : [];
			(parent.children as RootContent[]).splice(index, 1, ...(children as RootContent[]));
			return [SKIP, index];
		}
		return undefined;
	});
	return notes;
}
