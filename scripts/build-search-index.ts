/**
 * Indexes the built site in `dist/` with Pagefind (its Node API runs `pagefind_extended`, which
 * segments Chinese into words at index time) and writes the index to `dist/pagefind/`.
 *
 * A large site is indexed in several bundles, one Pagefind run after another, so that no run holds
 * more pages than memory allows (see search-index/shard-plan.ts; `SEARCH_SHARDS=2` forces a split).
 * The extra bundles go to `dist/pagefind/shard-N/` and are listed in `dist/search-data.json`,
 * where the search client finds them and merges them into the first.
 *
 * Usage: node scripts/build-search-index.ts [distDir]
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import { assignShards, bundleDir, type ShardSettings, shardCount } from "./search-index/shard-plan.ts";
import { stageFiles } from "./search-index/stage-files.ts";

/** Parts of a page that are not prose: formula markup, diagram text, code chrome, navigation. */
export const EXCLUDED_FROM_SEARCH = [".katex", ".diagram", ".code-header", ".toc", ".entry-nav", ".related"];

/** One Pagefind run: the bundle it wrote, what it read and indexed, and how long it took. */
export interface ShardReport {
	/** Its folder under the site's root, e.g. `pagefind/shard-2`. */
	bundle: string;
	/** HTML files Pagefind read (those without `data-pagefind-body` are read and skipped). */
	files: number;
	/** Pages in the bundle's index. */
	pages: number;
	seconds: number;
}

export interface SearchIndexOptions {
	/** Environment that chooses the split (defaults to `process.env`). */
	settings?: ShardSettings;
	/** Called after each bundle is written, before the next run starts (the benchmark reads memory here). */
	onShard?: (report: ShardReport) => void;
}

/** Every HTML file under `dir`, relative to it, with `/` separators. */
function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"));
}

/** Pages in the index of the bundle written to `dir` (all languages). */
function indexedPages(dir: string): number {
	const entry = JSON.parse(readFileSync(join(dir, "pagefind-entry.json"), "utf8")) as {
		languages: Record<string, { page_count: number }>;
	};
	return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Runs Pagefind once over `dir` and writes its bundle to `outputPath`; returns the HTML files it read. */
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

/** An extra bundle is only searched: the browser loads Pagefind's script and WebAssembly from the first. */
function pruneSecondaryBundle(dir: string): void {
	for (const name of readdirSync(dir))
		if (/\.(js|css)$/.test(name) || name.startsWith("wasm.")) rmSync(join(dir, name));
}

/**
 * Lists a split index's bundles in the site's search data, where the client finds them: each one's
 * path under the site's base (`pagefind/shard-2/`) and its pages. One bundle leaves the file as
 * Astro wrote it.
 */
function recordBundles(distDir: string, shards: readonly ShardReport[]): void {
	const path = join(distDir, "search-data.json");
	if (!existsSync(path)) {
		if (shards.length < 2) return;
		throw new Error(`${path} 不存在：搜索页无从得知索引的 ${shards.length} 个分片（请先运行 astro build）`);
	}
	const text = readFileSync(path, "utf8");
	const data = JSON.parse(text) as Record<string, unknown>;
	if (shards.length > 1) data["bundles"] = shards.map((shard) => [`${shard.bundle}/`, shard.pages]);
	else delete data["bundles"];
	const next = JSON.stringify(data);
	if (next !== text) writeFileSync(path, next);
}

export async function buildSearchIndex(
	distDir: string,
	options: SearchIndexOptions = {},
): Promise<{ files: number; pages: number; shards: ShardReport[] }> {
	const files = htmlFiles(distDir);
	const groups = assignShards(files, shardCount(files.length, options.settings ?? process.env));
	// Bundles from an earlier run (another split) must not linger beside the new ones.
	rmSync(join(distDir, bundleDir(0)), { recursive: true, force: true });
	const shards: ShardReport[] = [];
	// Extra bundles first: the primary bundle's directory holds them, and is written last.
	for (let index = groups.length - 1; index >= 0; index -= 1) {
		const start = performance.now();
		const bundle = bundleDir(index);
		const outputPath = resolve(distDir, bundle);
		const stage = groups.length > 1 ? stageFiles(distDir, groups[index] ?? []) : undefined;
		let files: number;
		try {
			files = await indexDirectory(stage?.dir ?? distDir, outputPath);
		} finally {
			stage?.remove();
		}
		if (index > 0) pruneSecondaryBundle(outputPath);
		const report = {
			bundle,
			files,
			pages: indexedPages(outputPath),
			seconds: (performance.now() - start) / 1000,
		};
		shards.unshift(report);
		options.onShard?.(report);
	}
	const total = (key: "files" | "pages") => shards.reduce((sum, shard) => sum + shard[key], 0);
	if (total("pages") === 0) throw new Error(`${distDir} 中没有可索引的页面：请先运行 astro build`);
	recordBundles(distDir, shards);
	return { files: total("files"), pages: total("pages"), shards };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const distDir = resolve(process.argv[2] ?? "dist");
	const { files, pages, shards } = await buildSearchIndex(distDir);
	const split = shards.length > 1 ? `，分 ${shards.length} 个分片` : "";
	console.log(
		`Pagefind：读了 ${files} 个 HTML 文件，为 ${pages} 个页面建立搜索索引${split} → ${distDir}/pagefind/`,
	);
}
