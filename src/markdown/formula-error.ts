import katex from "katex";
import type { Math as DisplayMath, InlineMath } from "mdast-util-math";

/** Why KaTeX cannot render a formula node, or undefined when it can (same settings as the site). */
export function formulaError(node: DisplayMath | InlineMath): string | undefined {
	try {
		katex.renderToString(node.value, {
			throwOnError: true,
			displayMode: node.type === "math",
			strict: "ignore",
		});
		return undefined;
	} catch (error) {
		return error instanceof Error ? error.message.replace(/^KaTeX parse error:\s*/, "") : String(error);
	}
}
