import { rm } from "node:fs/promises";
import { join } from "node:path";

/** Where Astro keeps the content layer's store in a build (its `cacheDir`). */
const STORE_FILES = ["data-store.json", "data-store"];

/**
 * Deletes Astro's content store, so every entry is read and parsed again. Kept, it would save
 * nothing measurable (at 10,000 entries the build's CPU time is the same: BENCHMARKS.md) and it
 * would need its own invalidation: Astro parses an entry again only when its file changes, or
 * `content.config.ts` itself, not when a schema or loader that file imports does.
 */
export async function dropContentStore(cacheDir: string): Promise<void> {
	await Promise.all(STORE_FILES.map((name) => rm(join(cacheDir, name), { recursive: true, force: true })));
}
