import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** Where Astro keeps the content layer's store in a build (its `cacheDir`). */
const STORE_FILES = ["data-store.json", "data-store"];
const VERSION_FILE = "content-store.version";

/**
 * Deletes Astro's content store in `cacheDir` unless it was written by code of `version`.
 * Astro re-parses an entry only when its file changes, or when `content.config.ts` itself, the
 * Astro config or Astro's version does, so without this a changed schema or loader (imported by
 * the content config) would leave every unchanged entry with its old data. Returns whether the
 * store was deleted.
 */
export async function dropStaleContentStore(cacheDir: string, version: string): Promise<boolean> {
	const versionFile = join(cacheDir, VERSION_FILE);
	const previous = await readFile(versionFile, "utf8").catch(() => undefined);
	if (previous === version) return false;
	await Promise.all(STORE_FILES.map((name) => rm(join(cacheDir, name), { recursive: true, force: true })));
	await mkdir(cacheDir, { recursive: true });
	await writeFile(versionFile, version);
	return previous !== undefined;
}
