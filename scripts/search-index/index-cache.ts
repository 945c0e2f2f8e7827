/**
 * What the search index step keeps in the build cache (`<cacheDir>/search/`), so a build indexes
 * only what changed: every run's bundle, keyed by the pages it read (a run whose pages are all
 * unchanged is not run again, and a changed one writes over its old bundle, so Pagefind writes only
 * the files that changed), and the key of the published index (an unchanged site skips the step).
 */
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { hashParts } from "../../src/build-cache/hash.ts";
import {
	hashPages,
	type IndexedPage,
	type PlacedBundle,
	searchBundleKey,
	searchBundleState,
} from "../../src/build-cache/search-bundle.ts";
import { stampMemo } from "../../src/build-cache/stamp-memo.ts";
import { pruneBundle } from "./prune-bundle.ts";

const isHash = (value: unknown): value is string => typeof value === "string" && /^[0-9a-f]{64}$/.test(value);

export interface IndexCache {
	/** Every page's path and content hash (hashing again only pages changed since the last build). */
	pages(distDir: string, files: readonly string[]): IndexedPage[];
	/** The key of an index of these pages by this indexer. */
	key(pages: readonly IndexedPage[]): string;
	/** What `dir` holds, when it is untouched since it was recorded. */
	placed(dir: string): PlacedBundle | undefined;
	record(dir: string, key: string, pages: number): void;
	/** Where run `index` of `count` for the index published at `outputPath` keeps its bundle. */
	runDir(outputPath: string, count: number, index: number): string;
	/** Gets `dir` ready for a run: kept when it holds an untouched earlier bundle, else emptied. */
	prepare(dir: string): { reusable: boolean };
	/** After a run into an earlier bundle's folder: deletes the files the new index no longer uses. */
	prune(dir: string): void;
	/** Deletes the bundles of `outputPath`'s runs that are not in `used` (another split). */
	dropOtherRuns(outputPath: string, used: readonly string[]): void;
}

export function indexCache(cacheDir: string, indexer: string): IndexCache {
	const root = join(cacheDir, "search");
	/** Each published index's runs apart: another site indexed with the same cache does not reuse them. */
	const runsOf = (outputPath: string) => join(root, "runs", hashParts([resolve(outputPath)]).slice(0, 16));
	const state = searchBundleState(join(root, "bundles.json"));
	const hashes = stampMemo(join(root, "page-hashes.json"), isHash);
	return {
		pages(distDir, files) {
			const pages = hashPages(distDir, files, hashes);
			hashes.save();
			return pages;
		},
		key: (pages) => searchBundleKey(indexer, pages),
		placed: (dir) => state.placed(dir),
		record: (dir, key, pages) => state.record(dir, key, pages),
		runDir: (outputPath, count, index) => join(runsOf(outputPath), `${index + 1}-of-${count}`),
		prepare(dir) {
			if (state.placed(dir)) return { reusable: true };
			rmSync(dir, { recursive: true, force: true });
			return { reusable: false };
		},
		prune(dir) {
			pruneBundle(dir);
		},
		dropOtherRuns(outputPath, used) {
			const runs = runsOf(outputPath);
			for (const name of existsSync(runs) ? readdirSync(runs) : []) {
				const dir = join(runs, name);
				if (!used.includes(dir)) rmSync(dir, { recursive: true, force: true });
			}
		},
	};
}
