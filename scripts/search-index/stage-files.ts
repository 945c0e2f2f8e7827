import { copyFileSync, linkSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/**
 * A temporary directory holding only `files` (paths relative to `root`), laid out as under `root`,
 * so that Pagefind indexes just those pages and computes the same URLs for them. Files are
 * hard links (no bytes copied) where the file system allows, copies elsewhere. `remove()` deletes it.
 */
export function stageFiles(root: string, files: readonly string[]): { dir: string; remove: () => void } {
	const dir = mkdtempSync(join(tmpdir(), "search-shard-"));
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
