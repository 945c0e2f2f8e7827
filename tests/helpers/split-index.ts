import { cpSync, rmSync } from "node:fs";
import { buildSearchIndex } from "../../scripts/build-search-index.ts";
import { assignShards } from "../../scripts/search-index/shard-plan.ts";
import { listFiles } from "./files.ts";

/** A copy of the built site whose search index is split into bundles. */
export interface SplitSite {
	/** Serve with `startSite(root, base)`. */
	root: string;
	base: string;
	/** Bundles written. */
	bundles: number;
	/** The bundle (0-based) that indexed the page at a site path such as `/kb/questions/x/`. */
	bundleOf: (path: string) => number | undefined;
}

/**
 * Copies the built site the browser tests serve (`E2E_ROOT`, `E2E_BASE`, else `dist/` at `/`) and
 * indexes the copy again with its index split into `bundles` bundles, as a large site's is. The
 * pages stay as built: the search client finds the bundles in the site's search data at run time.
 */
export async function copyWithSplitIndex(
	bundles: number,
	root = process.env["E2E_ROOT"] ?? "dist",
	base = process.env["E2E_BASE"] ?? "/",
): Promise<SplitSite> {
	const copy = "tests/.tmp/split-index";
	rmSync(copy, { recursive: true, force: true });
	cpSync(root, copy, { recursive: true });
	const siteDir = base === "/" ? copy : `${copy}${base.replace(/\/$/, "")}`;
	const { shards } = await buildSearchIndex(siteDir, { settings: { SEARCH_SHARDS: String(bundles) } });
	const groups = assignShards(
		listFiles(siteDir).filter((file) => file.endsWith(".html")),
		shards.length,
	);
	const bundleOfFile = new Map(groups.flatMap((files, index) => files.map((file) => [file, index] as const)));
	return {
		root: copy,
		base,
		bundles: shards.length,
		bundleOf: (path) => bundleOfFile.get(`${decodeURI(path).slice(base.length)}index.html`),
	};
}
