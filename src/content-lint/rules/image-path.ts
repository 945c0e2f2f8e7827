import { visit } from "unist-util-visit";
import type { Rule } from "../types.ts";

/** An image address that names a file on this site by a path relative to the Markdown file. */
export function isRelativeImage(url: string): boolean {
	return !url.startsWith("/") && !URL.canParse(url);
}

/**
 * Images live in `public/` and are linked from the site root. Pages render Markdown themselves
 * (on worker threads), so a path relative to the content file would not be found in `dist/`.
 */
export const imagePath: Rule = {
	id: "image-path",
	description: "图片放在 public/ 下，用站点根路径引用（/images/x.png）",
	check(entries, report) {
		for (const entry of entries) {
			visit(entry.tree, "image", (node) => {
				if (isRelativeImage(node.url)) {
					report({
						file: entry.path,
						line: node.position?.start.line ?? 1,
						message: `图片「${node.url}」是相对路径：请把文件放到 public/images/ 下，写成 /images/文件名`,
					});
				}
			});
		}
	},
};
