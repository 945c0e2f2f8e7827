import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex, type SearchIndexReport } from "../../scripts/build-search-index.ts";
import { indexCache } from "../../scripts/search-index/index-cache.ts";
import { unreferencedBundleFiles } from "../../scripts/search-index/prune-bundle.ts";
import { differingFiles, fileHashes } from "../helpers/files.ts";

/** A page Pagefind indexes. */
const page = (title: string, text: string) =>
	`<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

const PAGES = {
	"a/index.html": page("注意力机制", "缩放点积注意力把查询与键的点积除以维度的平方根。"),
	"b/index.html": page("检索增强", "检索增强生成先从知识库取回相关段落，再交给模型回答。"),
	"c/index.html": page("量化推理", "把权重从十六位浮点压到八位整数，显存减半。"),
	"d/index.html": page("知识蒸馏", "让小模型学习大模型输出的概率分布，而不只是标签。"),
};
const EDITED = {
	"b/index.html": page("检索增强", "检索增强生成先取回段落；这一句是后来改的，带着新词：重排序。"),
};
/** Two runs, as a large site is indexed: a, c in one and b, d in the other. */
const settings = { SEARCH_SHARDS: "2" };

let dir: string;
const site = (name: string) => join(dir, name);

function writeSite(root: string, pages: Record<string, string>): void {
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), html);
	}
}

const build = (name: string) => buildSearchIndex(site(name), { settings, cacheDir: site(`${name}-cache`) });

let first: SearchIndexReport;
let unchanged: SearchIndexReport;
let afterEdit: SearchIndexReport;
let otherSplit: SearchIndexReport;
let warmAfterEdit: Map<string, string>;
/** Files of the old index left in each run's bundle after the edit. */
let leftovers: string[][];

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), "search-index-cache-"));
	writeSite(site("warm"), PAGES);
	first = await build("warm");
	unchanged = await build("warm");
	writeSite(site("warm"), EDITED);
	afterEdit = await build("warm");
	warmAfterEdit = fileHashes(site("warm"));
	const cache = indexCache(site("warm-cache"), "");
	leftovers = [0, 1].map((index) =>
		unreferencedBundleFiles(cache.runDir(join(site("warm"), "pagefind"), 2, index)),
	);
	writeSite(site("cold"), { ...PAGES, ...EDITED });
	await build("cold");
	writeSite(site("one-run"), { ...PAGES, ...EDITED });
	await buildSearchIndex(site("one-run"), {
		settings: { SEARCH_SHARDS: "1" },
		cacheDir: site("one-run-cache"),
	});
	// The edited site again, in one run instead of two: the merged index is not the same.
	otherSplit = await buildSearchIndex(site("warm"), {
		settings: { SEARCH_SHARDS: "1" },
		cacheDir: site("warm-cache"),
	});
}, 180_000);

afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
});

describe("the search index with the build cache", () => {
	it("runs Pagefind once per run the first time", () => {
		expect(first).toMatchObject({ reused: false, keptRuns: 0, pages: 4 });
		expect(first.shards).toHaveLength(2);
	});

	it("is not built again for the same pages", () => {
		expect(unchanged).toMatchObject({ reused: true, pages: 4, shards: [] });
	});

	it("after an edit runs Pagefind again only for the run holding the edited page", () => {
		expect(afterEdit).toMatchObject({ reused: false, keptRuns: 1, pages: 4 });
		expect(afterEdit.shards).toHaveLength(1);
	});

	it("leaves no file of the old index in the run's bundle it wrote over", () => {
		expect(leftovers).toEqual([[], []]);
	});

	it("after the edit, publishes the same index, byte for byte, as a build from nothing", () => {
		expect(differingFiles(warmAfterEdit, fileHashes(site("cold")))).toEqual([]);
	});

	it("is built again when the pages are split into another number of runs", () => {
		expect(otherSplit).toMatchObject({ reused: false, pages: 4 });
		expect(differingFiles(fileHashes(site("warm")), fileHashes(site("one-run")))).toEqual([]);
	});
});
