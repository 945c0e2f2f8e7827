import { cpSync, rmSync } from "node:fs";
import { buildSearchIndex } from "../../scripts/build-search-index.ts";

/** A copy of the built site whose search index was built in shards and merged. */
export interface SplitSite {
	/** Serve with `startSite(root, base)`. */
	root: string;
	base: string;
	/** Pagefind runs that built the index. */
	shards: number;
}

/**
 * Copies the built site the browser tests serve (`E2E_ROOT`, `E2E_BASE`, else `dist/` at `/`) and
 * indexes the copy again in `shards` Pagefind runs, as a large site is indexed, merging their
 * bundles into one.
 */
export async function copyWithSplitIndex(
	shards: number,
	root = process.env["E2E_ROOT"] ?? "dist",
	base = process.env["E2E_BASE"] ?? "/",
): Promise<SplitSite> {
	const copy = "tests/.tmp/split-index";
	// A build cache of its own, empty: every run is made (none kept from an earlier test).
	const cacheDir = `${copy}-cache`;
	rmSync(copy, { recursive: true, force: true });
	rmSync(cacheDir, { recursive: true, force: true });
	cpSync(root, copy, { recursive: true });
	const siteDir = base === "/" ? copy : `${copy}${base.replace(/\/$/, "")}`;
	const report = await buildSearchIndex(siteDir, { settings: { SEARCH_SHARDS: String(shards) }, cacheDir });
	return { root: copy, base, shards: report.shards.length };
}
