import type { Root } from "hast";
import { raw } from "hast-util-raw";
import type { Options } from "rehype-raw";
import { EXIT, visit } from "unist-util-visit";
import type { VFile } from "vfile";

/** Whether a tree holds raw HTML (a `raw` node) that has to be parsed. */
export function hasRawHtml(tree: Root): boolean {
	let found = false;
	visit(tree, "raw", () => {
		found = true;
		return EXIT;
	});
	return found;
}

/**
 * `rehype-raw`, skipped when there is no raw HTML to parse. Re-parsing a whole tree through parse5
 * costs about as much as building it, and most entries hold no HTML at all; when one does, the
 * tree goes through `hast-util-raw` exactly as `rehype-raw` would send it.
 */
export function rehypeRawWhenNeeded(options?: Omit<Options, "file">) {
	return (tree: Root, file: VFile): Root | undefined =>
		hasRawHtml(tree) ? (raw(tree, { ...options, file }) as Root) : undefined;
}
