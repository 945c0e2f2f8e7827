/**
 * Indexes the built site in `dist/` with Pagefind (its Node API runs `pagefind_extended`, which
 * segments Chinese into words at index time) and writes the index to `dist/pagefind/`.
 *
 * A large site is indexed in shards, one Pagefind run after another, so that no run holds more
 * pages than memory allows (search-index/shard-plan.ts; `SEARCH_SHARDS=2` forces a split), and the
 * runs' bundles are merged into the one published (search-index/merge-index.ts): the browser loads
 * and ranks it exactly as if one run had indexed every page. A single run's bundle goes through the
 * same step, which gives pages shorter names.
 *
 * The build cache keeps each run's bundle (search-index/index-cache.ts). The merged index depends on
 * the pages alone, not on how they were split, so a later build indexes only the pages that changed
 * since, in one small run, and merges it with the kept runs minus those pages' old versions
 * (search-index/delta-plan.ts); when more than a tenth of the site changed it indexes everything
 * again, and when no page changed and `dist/pagefind/` is as this step left it, nothing runs at all.
 *
 * Usage: node scripts/build-search-index.ts [distDir]
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import { buildCacheDir } from "../src/build-cache/cache-dir.ts";
import { codeVersion } from "../src/build-cache/code-version.ts";
import { hashParts } from "../src/build-cache/hash.ts";
import { deltaPlan, hasPagefindBody, pagefindUrl, type RecordedPage } from "./search-index/delta-plan.ts";
import { indexCache } from "./search-index/index-cache.ts";
import { type MergeSource, mergeIndexes } from "./search-index/merge-index.ts";
import { bundlePageHashes } from "./search-index/pagefind-files.ts";
import {
	assignShards,
	MAX_PAGES_PER_SHARD,
	type ShardSettings,
	shardCount,
} from "./search-index/shard-plan.ts";
import { stageFiles } from "./search-index/stage-files.ts";

/** Parts of a page that are not prose: formula markup, diagram text, code chrome, navigation. */
export const EXCLUDED_FROM_SEARCH = [".katex", ".diagram", ".code-header", ".toc", ".entry-nav", ".related"];

/** One Pagefind run: the HTML files it read, the pages it indexed and how long it took. */
export interface ShardReport {
	/** HTML files read (those without `data-pagefind-body` are read and skipped). */
	files: number;
	pages: number;
	seconds: number;
}

export interface SearchIndexOptions {
	/** Environment that chooses the split (defaults to `process.env`). */
	settings?: ShardSettings;
	/** Called after each run, before the next starts (the benchmark reads memory here). */
	onShard?: (report: ShardReport) => void;
	/** Called before the runs' bundles are merged into the published one. */
	onMergeStart?: () => void;
	/** The build cache (`.cache/build`, or `ASTRO_CACHE_DIR`), where the runs' bundles are kept. */
	cacheDir?: string;
}

export interface SearchIndexReport {
	/** HTML files read. */
	files: number;
	/** Pages in the index. */
	pages: number;
	shards: ShardReport[];
	/** Time spent merging the runs' bundles into the published one. */
	mergeSeconds: number;
	/** No page had changed and the published index was untouched: nothing ran. */
	reused: boolean;
	/** Earlier runs merged again (without their changed pages) instead of being run again. */
	keptRuns: number;
}

/** Every HTML file under `dir`, relative to it, with `/` separators. */
function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"));
}

/** Runs Pagefind once over `dir` and writes its bundle to `outputPath`; returns the HTML files read. */
async function indexDirectory(dir: string, outputPath: string): Promise<number> {
	const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_FROM_SEARCH });
	if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join("; ")}`);
	try {
		const added = await index.addDirectory({ path: dir });
		if (added.errors.length > 0) throw new Error(`Pagefind 索引失败：${added.errors.join("; ")}`);
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length > 0) throw new Error(`Pagefind 写入失败：${written.errors.join("; ")}`);
		return added.page_count;
	} finally {
		// Ends the indexer process, and with it the memory this run held.
		await pagefind.close();
	}
}

/** Pages in the bundle written to `dir` (all languages). */
function indexedPages(dir: string): number {
	const entry = JSON.parse(readFileSync(join(dir, "pagefind-entry.json"), "utf8")) as {
		languages: Record<string, { page_count: number }>;
	};
	return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** This indexer's version: its code and what it imports, Pagefind's version among them. */
function indexerVersion(): string {
	const root = fileURLToPath(new URL("..", import.meta.url));
	return codeVersion(root, [fileURLToPath(import.meta.url)]);
}

/** The run that re-indexes the pages changed since the kept runs. */
const DELTA_RUN = "changed";

/**
 * Most pages a build re-indexes in a run of their own, against the kept runs, before it indexes
 * everything again: a tenth of the site (at least 200), and never more than one run may hold.
 */
export function deltaLimit(files: number): number {
	return Math.min(MAX_PAGES_PER_SHARD, Math.max(200, Math.ceil(files / 10)));
}

/**
 * What the run that read `files` into `bundle` recorded: each file's hash and page hash there; or
 * undefined when the run cannot be patched later, only redone: a page whose file is not known
 * (another URL rule), or no sign that Pagefind indexed only `data-pagefind-body` elements (some
 * file skipped, an indexed one with a body). Without any such element Pagefind indexes every page
 * whole, and the pages that changed could not be told by their bodies.
 */
function runRecord(
	bundle: string,
	files: readonly string[],
	hashOf: ReadonlyMap<string, string>,
	hasBody: (path: string) => boolean,
): Map<string, RecordedPage> | undefined {
	const byUrl = bundlePageHashes(bundle);
	const read = new Map<string, RecordedPage>();
	for (const path of files)
		read.set(path, { hash: hashOf.get(path) ?? "", pagefind: byUrl.get(pagefindUrl(path)) ?? null });
	const indexed = [...read].filter(([, page]) => page.pagefind !== null);
	const [first] = indexed[0] ?? [];
	const bodiesOnly = indexed.length < read.size && first !== undefined && hasBody(first);
	return indexed.length === byUrl.size && bodiesOnly ? read : undefined;
}

export async function buildSearchIndex(
	distDir: string,
	options: SearchIndexOptions = {},
): Promise<SearchIndexReport> {
	const outputPath = resolve(distDir, "pagefind");
	if (!existsSync(distDir)) throw new Error(`${distDir} 不存在：请先运行 astro build`);
	const cache = indexCache(options.cacheDir ?? buildCacheDir(process.env), indexerVersion());
	const files = htmlFiles(distDir);
	const pageHashes = cache.pages(distDir, files);
	// The merged index depends on the pages alone (not on the split), and on the chunk size.
	const key = hashParts([cache.key(pageHashes), process.env["SEARCH_CHUNK_UNITS"] ?? ""]);
	const published = cache.placed(outputPath);
	if (published?.key === key)
		return { files: 0, pages: published.pages, shards: [], mergeSeconds: 0, reused: true, keptRuns: 0 };
	const hashOf = new Map(pageHashes.map((page) => [page.path, page.hash]));
	// Files from an earlier index must not linger.
	rmSync(outputPath, { recursive: true, force: true });
	const shards: ShardReport[] = [];
	// Next to the site, on its file system: pages are hard-linked in.
	const work = mkdtempSync(join(dirname(resolve(distDir)), ".search-index-"));
	const hasBody = (path: string) => hasPagefindBody(readFileSync(join(distDir, path), "utf8"));
	/** Indexes `group` (all files: the site in place) into `bundle`; returns the pages indexed. */
	const run = async (group: readonly string[], bundle: string): Promise<number> => {
		const start = performance.now();
		rmSync(bundle, { recursive: true, force: true });
		const stage = group.length === files.length ? undefined : stageFiles(distDir, group, work);
		try {
			const read = await indexDirectory(stage?.dir ?? distDir, bundle);
			const pages = indexedPages(bundle);
			const report = { files: read, pages, seconds: (performance.now() - start) / 1000 };
			shards.push(report);
			options.onShard?.(report);
			return pages;
		} finally {
			stage?.remove();
		}
	};
	let mergeSeconds = 0;
	let keptRuns = 0;
	try {
		const kept = cache.keptRuns(outputPath, [DELTA_RUN]);
		const plan = kept && deltaPlan(kept, hashOf, hasBody, deltaLimit(files.length));
		let sources: MergeSource[];
		if (kept && plan) {
			// The kept runs, without the pages that changed; those come from a run of their own.
			keptRuns = kept.length;
			sources = kept.map(({ dir }) => ({ dir, drop: plan.drop.get(dir) }));
			const changed = cache.runDir(outputPath, DELTA_RUN);
			rmSync(changed, { recursive: true, force: true });
			if (plan.index.length > 0) {
				await run(plan.index, changed);
				sources.push({ dir: changed });
			}
		} else {
			cache.dropRuns(outputPath);
			const groups = assignShards(files, shardCount(files.length, options.settings ?? process.env));
			sources = [];
			for (const [index, group] of groups.entries()) {
				const bundle = cache.runDir(outputPath, `${index + 1}-of-${groups.length}`);
				const pages = await run(group, bundle);
				// Kept for the next build to patch (the run of changed pages is made again each time).
				const record = runRecord(bundle, group, hashOf, hasBody);
				if (record) cache.recordRun(bundle, record, pages);
				sources.push({ dir: bundle });
			}
		}
		options.onMergeStart?.();
		const start = performance.now();
		// The runs' bundles stay in the cache: their files are linked into the published index.
		await mergeIndexes(sources, outputPath, { keepBundles: true });
		mergeSeconds = (performance.now() - start) / 1000;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	const pages = indexedPages(outputPath);
	if (pages === 0) throw new Error(`${distDir} 中没有可索引的页面：请先运行 astro build`);
	cache.record(outputPath, key, pages);
	return {
		files: shards.reduce((sum, shard) => sum + shard.files, 0),
		pages,
		shards,
		mergeSeconds,
		reused: false,
		keptRuns,
	};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const distDir = resolve(process.argv[2] ?? "dist");
	const { files, pages, shards, reused, keptRuns } = await buildSearchIndex(distDir);
	const split = shards.length + keptRuns > 1 ? `（分 ${shards.length + keptRuns} 次索引后合并）` : "";
	const kept = keptRuns > 0 ? `，${keptRuns} 次的页面没有变化、沿用上次的结果` : "";
	console.log(
		reused
			? `Pagefind：${pages} 个页面都没有变化，沿用已有的搜索索引 → ${distDir}/pagefind/`
			: `Pagefind：读了 ${files} 个 HTML 文件，为 ${pages} 个页面建立搜索索引${split}${kept} → ${distDir}/pagefind/`,
	);
}
