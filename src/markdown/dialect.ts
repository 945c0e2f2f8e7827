import type { Root } from "mdast";
import remarkCjkFriendly from "remark-cjk-friendly";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";

/** The Markdown dialect of the site: GFM, `$` math and CJK-friendly emphasis. */
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkCjkFriendly);

const printer = unified().use(remarkGfm).use(remarkMath).use(remarkStringify, {
	bullet: "-",
	fence: "`",
	fences: true,
	emphasis: "*",
	strong: "*",
	rule: "-",
	listItemIndent: "one",
});

export function parseMarkdown(text: string): Root {
	return parser.parse(text);
}

/** Prints mdast as Markdown in the house style: `-` bullets, fenced code, `$$` display math. */
export function printMarkdown(root: Root): string {
	return printer.stringify(root);
}
