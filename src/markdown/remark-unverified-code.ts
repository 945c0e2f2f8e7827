import type { Code, Paragraph, Root } from "mdast";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";

/** The fence word the importer writes on examples that did not compile (```python unverified). */
export const UNVERIFIED_META = "unverified";

/** What readers see above such a block. */
export const UNVERIFIED_NOTE = "未经验证：下面的示例代码来自导入的原始文档，没有通过编译检查，请勿直接运行。";

/** Puts a visible note before every code block marked `unverified`, so readers know not to trust it. */
export const remarkUnverifiedCode: Plugin<[], Root> = () => (tree) => {
	visit(tree, "code", (node: Code, index, parent) => {
		if (!parent || index === undefined) return;
		if (!(node.meta ?? "").split(/\s+/).includes(UNVERIFIED_META)) return;
		const note: Paragraph = {
			type: "paragraph",
			data: { hProperties: { className: ["code-unverified"] } },
			children: [{ type: "text", value: UNVERIFIED_NOTE }],
		};
		parent.children.splice(index, 0, note);
		return [SKIP, index + 2];
	});
};
