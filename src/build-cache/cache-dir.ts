/**
 * Where one build leaves its work for the next: Astro's `cacheDir` (content store, page copies),
 * the Markdown renderings and the search index's state. Outside `node_modules`, so CI can keep it
 * (`.github/workflows/deploy.yml`); `ASTRO_CACHE_DIR` gives a build of other content its own.
 */
export function buildCacheDir(env: Readonly<Record<string, string | undefined>>): string {
	return env["ASTRO_CACHE_DIR"] ?? ".cache/build";
}
