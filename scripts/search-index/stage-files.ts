import { copyFileSync, linkSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * A new directory inside `parent` holding only `files` (paths relative to `root`), laid out as
 * under `root`, so that Pagefind indexes just those pages and computes the same URLs for them.
 * Files are hard links (no bytes copied) when `parent` is on the same file system as `root`,
 * copies otherwise. `remove()` deletes the directory.
 */
export function stageFiles(
	root: string,
	files: readonly string[],
	parent: string,
): { dir: string; remove: () => void } {
	const dir = mkdtempSync(join(parent, "stage-"));
	const remove = () => rmSync(dir, { recursive: true, force: true });
	try {
		const made = new Set<string>();
		for (const file of files) {
			const target = join(dir, file);
			const parent = dirname(target);
			if (!made.has(parent)) {
				mkdirSync(parent, { recursive: true });
				made.add(parent);
			}
			try {
				linkSync(join(root, file), target);
			} catch {
				copyFileSync(join(root, file), target);
			}
		}
	} catch (error) {
		remove();
		throw error;
	}
	return { dir, remove };
}
