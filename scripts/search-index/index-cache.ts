/**
 * What the search index step keeps in the build cache (`<cacheDir>/search/`), so a build indexes
 * only what changed: the bundle of every Pagefind run with a record of the pages it read (their
 * HTML's hash and their page hash in the bundle), and the key of the published index (an unchanged
 * site skips the step). A run's record counts only while its folder is as the run left it (its
 * files' stamps, or else their bytes: a cache restored on a CI host has new inodes and times).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
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
import type { KeptRun, RecordedPage } from "./delta-plan.ts";

const isHash = (value: unknown): value is string => typeof value === "string" && /^[0-9a-f]{64}$/.test(value);

export interface IndexCache {
	/** Every page's path and content hash (hashing again only pages changed since the last build). */
	pages(distDir: string, files: readonly string[]): IndexedPage[];
	/** The key of an index of these pages by this indexer. */
	key(pages: readonly IndexedPage[]): string;
	/** What `dir` holds, when it is untouched since it was recorded. */
	placed(dir: string): PlacedBundle | undefined;
	record(dir: string, key: string, pages: number): void;
	/** Where the run called `name` for the index published at `outputPath` keeps its bundle. */
	runDir(outputPath: string, name: string): string;
	/** Records the pages a run read into `dir`; `pages` counts those it indexed. */
	recordRun(dir: string, read: ReadonlyMap<string, RecordedPage>, pages: number): void;
	/** The runs kept for `outputPath`, all recorded and untouched, or undefined (index everything). */
	keptRuns(outputPath: string, except: readonly string[]): KeptRun[] | undefined;
	/** Deletes the runs kept for `outputPath`. */
	dropRuns(outputPath: string): void;
}

/** The file beside a run's folder that lists the pages it read. */
const recordFile = (dir: string) => `${dir}.pages.json`;

type StoredRecord = Record<string, [hash: string, pagefind: string | null]>;

/** The pages a run's record lists, or undefined when it is not a record this code wrote. */
function parseRecord(text: string): Map<string, RecordedPage> | undefined {
	try {
		const value: unknown = JSON.parse(text);
		if (typeof value !== "object" || value === null) return undefined;
		const pages = new Map<string, RecordedPage>();
		for (const [path, page] of Object.entries(value as StoredRecord)) {
			if (!Array.isArray(page) || !isHash(page[0]) || !(page[1] === null || typeof page[1] === "string"))
				return undefined;
			pages.set(path, { hash: page[0], pagefind: page[1] });
		}
		return pages;
	} catch {
		return undefined;
	}
}

export function indexCache(cacheDir: string, indexer: string): IndexCache {
	const root = join(cacheDir, "search");
	/** Each published index's runs apart: another site indexed with the same cache does not reuse them. */
	const runsOf = (outputPath: string) => join(root, "runs", hashParts([resolve(outputPath)]).slice(0, 16));
	const state = searchBundleState(join(root, "bundles.json"));
	const hashes = stampMemo(join(root, "page-hashes.json"), isHash);
	/** A run's key: the indexer and its record, so a record rewritten by hand does not match. */
	const runKey = (text: string) => hashParts([indexer, text]);
	return {
		pages(distDir, files) {
			const pages = hashPages(distDir, files, hashes);
			hashes.save();
			return pages;
		},
		key: (pages) => searchBundleKey(indexer, pages),
		placed: (dir) => state.placed(dir),
		record: (dir, key, pages) => state.record(dir, key, pages),
		runDir: (outputPath, name) => join(runsOf(outputPath), name),
		recordRun(dir, read, pages) {
			const stored: StoredRecord = {};
			for (const [path, page] of read) stored[path] = [page.hash, page.pagefind];
			const text = JSON.stringify(stored);
			const temporary = `${recordFile(dir)}.${process.pid}.tmp`;
			mkdirSync(resolve(dir, ".."), { recursive: true });
			writeFileSync(temporary, text);
			renameSync(temporary, recordFile(dir));
			// By content too: a CI host restores the cache with new inodes, and the runs still count.
			state.record(dir, runKey(text), pages, { byContent: true });
		},
		keptRuns(outputPath, except) {
			const runs = runsOf(outputPath);
			if (!existsSync(runs)) return undefined;
			const kept: KeptRun[] = [];
			for (const entry of readdirSync(runs, { withFileTypes: true })) {
				if (!entry.isDirectory() || except.includes(entry.name)) continue;
				const dir = join(runs, entry.name);
				const text = existsSync(recordFile(dir)) ? readFileSync(recordFile(dir), "utf8") : "";
				const pages = parseRecord(text);
				if (!pages || state.placed(dir)?.key !== runKey(text)) return undefined;
				kept.push({ dir, pages });
			}
			return kept.length > 0 ? kept.sort((a, b) => (a.dir < b.dir ? -1 : 1)) : undefined;
		},
		dropRuns(outputPath) {
			rmSync(runsOf(outputPath), { recursive: true, force: true });
		},
	};
}
