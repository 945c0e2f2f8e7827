import type { Element, Root } from "hast";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { hasClass } from "./hast-props.ts";

/**
 * Makes display formulas scroll inside their own box: each `.katex-display` becomes a focusable,
 * labelled region, so a formula wider than a phone screen scrolls by touch or keyboard instead of
 * widening the page. KaTeX's own markup is large and never holds another formula, so the walk
 * skips over it.
 */
export const rehypeScrollableMath: Plugin<[], Root> = () => (tree) => {
	visit(tree, "element", (node: Element) => {
		if (node.tagName !== "span") return;
		if (hasClass(node, "katex-display")) {
			node.properties["tabIndex"] = 0;
			node.properties["role"] = "group";
			node.properties["ariaLabel"] = "公式";
			return SKIP;
		}
		return hasClass(node, "katex") ? SKIP : undefined;
	});
};
