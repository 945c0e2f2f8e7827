import type { Element, Root } from "hast";
import { h } from "hastscript";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { dataAttribute, hasClass } from "./hast-props.ts";

/** The language of a Shiki `<pre>`, from its `data-language` attribute. */
function languageOf(pre: Element): string | undefined {
	const language = dataAttribute(pre, "language");
	return language !== "plaintext" ? language : undefined;
}

/**
 * Wraps each highlighted code block in a `<figure class="code">` with a header that names the
 * language and holds a copy button. The button does nothing until `code-copy.ts` wires it up.
 * The figure stays out of the search index (`data-pagefind-ignore`): readers search in words, and
 * code (identifiers, numbers, the header's 复制) only made result fragments heavier and
 * rankings noisier.
 */
export const rehypeCodeFigure: Plugin<[], Root> = () => (tree) => {
	visit(tree, "element", (node: Element, index, parent) => {
		if (node.tagName !== "pre" || !parent || index === undefined) return;
		if (!hasClass(node, "astro-code")) return;
		const language = languageOf(node);
		// Shiki writes attribute names as is (`tabindex`); hast's own spelling is `tabIndex`.
		delete node.properties["tabindex"];
		node.properties["tabIndex"] = 0;
		const header = h("div.code-header", [
			h("span.code-lang", language ?? "text"),
			h("button.code-copy", { type: "button", "data-copy": "", "aria-label": "复制代码" }, "复制"),
		]);
		parent.children[index] = h("figure.code", { dataPagefindIgnore: "" }, [header, node]);
		return SKIP;
	});
};
