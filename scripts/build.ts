/**
 * `npm run build`: `astro build`, the search index (scripts/build-search-index.ts), then offline
 * use (scripts/build-offline.ts, which covers the index), each in its own process. A build reuses
 * what the last one left in the build cache (`.cache/build/`, see src/integrations/build-cache.ts):
 * Markdown renderings, the content store, unchanged pages and an unchanged search index.
 * `npm run build -- --clean` deletes the cache and `dist/` first: a build from nothing, which
 * leaves a fresh cache behind.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { buildCacheDir } from "../src/build-cache/cache-dir.ts";

const { values } = parseArgs({ options: { clean: { type: "boolean", default: false } } });
const distDir = "dist";

if (values.clean) {
	rmSync(buildCacheDir(process.env), { recursive: true, force: true });
	rmSync(distDir, { recursive: true, force: true });
}

/** Runs a Node script in its own process; a failure ends the build with its exit code. */
function run(script: string, args: string[] = []): void {
	const { status } = spawnSync(process.execPath, [script, ...args], { stdio: "inherit" });
	if (status !== 0) process.exit(status ?? 1);
}

const astroPackage = createRequire(import.meta.url).resolve("astro/package.json");
run(join(dirname(astroPackage), "bin", "astro.mjs"), ["build"]);
run("scripts/build-search-index.ts", [distDir]);
run("scripts/build-offline.ts", [distDir]);
