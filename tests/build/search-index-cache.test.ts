import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	utimesSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex, type SearchIndexReport } from "../../scripts/build-search-index.ts";
import { differingFiles, fileHashes } from "../helpers/files.ts";

/** A page Pagefind indexes. */
const page = (title: string, text: string) =>
	`<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

/** A list page: Pagefind skips it, as it skips every page without `data-pagefind-body`. */
const list = (title: string) =>
	`<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><h1>${title}</h1><ul><li>注意力机制</li></ul></body></html>`;

const PAGES = {
	"index.html": list("首页"),
	"tags/index.html": list("标签"),
	"a/index.html": page("注意力机制", "缩放点积注意力把查询与键的点积除以维度的平方根。"),
	"b/index.html": page("检索增强", "检索增强生成先从知识库取回相关段落，再交给模型回答。"),
	"c/index.html": page("量化推理", "把权重从十六位浮点压到八位整数，显存减半。"),
	"d/index.html": page("知识蒸馏", "让小模型学习大模型输出的概率分布，而不只是标签。"),
};
const EDITED = {
	"b/index.html": page("检索增强", "检索增强生成先取回段落；这一句是后来改的，带着新词：重排序。"),
};
/** Two runs, as a large site is indexed: a, c and the home page in one, b, d and the tags in the other. */
const settings = { SEARCH_SHARDS: "2" };

let dir: string;
const site = (name: string) => join(dir, name);

function writeSite(root: string, pages: Record<string, string>): void {
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), html);
	}
}

const build = (name: string, shards = settings) =>
	buildSearchIndex(site(name), { settings: shards, cacheDir: site(`${name}-cache`) });

let first: SearchIndexReport;
let unchanged: SearchIndexReport;
let afterEdit: SearchIndexReport;
let afterMove: SearchIndexReport;
let afterRestore: SearchIndexReport;
let afterTouch: SearchIndexReport;
let warmAfterRestore: Map<string, string>;
let warmAfterEdit: Map<string, string>;
let warmAfterMove: Map<string, string>;
let wholeAfterEdit: SearchIndexReport;

/** The pages after the second round of changes: d deleted, e added, b as edited. */
const MOVED = {
	...PAGES,
	...EDITED,
	"e/index.html": page("混合专家", "每个词元只经过少数几个专家，算力随之省下。"),
};
delete (MOVED as Record<string, string>)["d/index.html"];
/** Then c edited, after the cache was restored as a CI host restores it. */
const RESTORED_EDIT = { "c/index.html": page("量化推理", "把权重压到四位整数，显存只剩四分之一。") };

/** Writes every file under `dir` again, same bytes: new files with other times, as a cache restored by a CI host. */
function copyInPlace(dir: string): void {
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const bytes = readFileSync(path);
		rmSync(path);
		writeFileSync(path, bytes);
		utimesSync(path, new Date(2000, 0, 1), new Date(2000, 0, 1));
	}
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), "search-index-cache-"));
	writeSite(site("warm"), PAGES);
	first = await build("warm");
	unchanged = await build("warm");
	writeSite(site("warm"), EDITED);
	afterEdit = await build("warm");
	warmAfterEdit = fileHashes(join(site("warm"), "pagefind"));
	rmSync(join(site("warm"), "d"), { recursive: true });
	writeSite(site("warm"), { "e/index.html": MOVED["e/index.html"] });
	afterMove = await build("warm");
	warmAfterMove = fileHashes(join(site("warm"), "pagefind"));
	// The cache restored on a CI host: the same bytes in new files. The kept runs still count.
	copyInPlace(join(site("warm-cache"), "search", "runs"));
	writeSite(site("warm"), RESTORED_EDIT);
	afterRestore = await build("warm");
	warmAfterRestore = fileHashes(join(site("warm"), "pagefind"));
	// A kept run's folder changed by hand: it is not trusted, everything is indexed again.
	const runs = join(site("warm-cache"), "search", "runs");
	const [folder] = readdirSync(runs);
	writeFileSync(join(runs, folder ?? "", "1-of-2", "pagefind.js"), "// changed");
	writeSite(site("warm"), { "a/index.html": page("注意力机制", "改过一次。") });
	afterTouch = await build("warm");
	writeSite(site("cold"), { ...PAGES, ...EDITED });
	await build("cold");
	writeSite(site("one-run"), { ...PAGES, ...EDITED });
	await build("one-run", { SEARCH_SHARDS: "1" });
	writeSite(site("cold-moved"), MOVED);
	await build("cold-moved", { SEARCH_SHARDS: "3" });
	writeSite(site("cold-restored"), { ...MOVED, ...RESTORED_EDIT });
	await build("cold-restored");
	// No page marks its body: Pagefind indexes every page whole, and an edit indexes everything again.
	writeSite(site("whole"), { "a/index.html": list("注意力机制"), "b/index.html": list("检索增强") });
	await build("whole");
	writeSite(site("whole"), { "b/index.html": list("检索增强与重排序") });
	wholeAfterEdit = await build("whole");
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

	it("after an edit indexes only the edited page, in a run of its own, and keeps both runs", () => {
		expect(afterEdit).toMatchObject({ reused: false, keptRuns: 2, pages: 4 });
		expect(afterEdit.shards).toEqual([expect.objectContaining({ pages: 1 })]);
	});

	it("after the edit, publishes the same index, byte for byte, as a build from nothing", () => {
		expect(differingFiles(warmAfterEdit, fileHashes(join(site("cold"), "pagefind")))).toEqual([]);
	});

	it("publishes the same index however the pages were split into runs", () => {
		expect(
			differingFiles(
				fileHashes(join(site("one-run"), "pagefind")),
				fileHashes(join(site("cold"), "pagefind")),
			),
		).toEqual([]);
	});

	it("after a page is deleted and another added, indexes the new one and matches a build from nothing", () => {
		expect(afterMove).toMatchObject({ reused: false, keptRuns: 2, pages: 4 });
		// The run of changed pages is made again: b (edited before) and e.
		expect(afterMove.shards).toEqual([expect.objectContaining({ pages: 2 })]);
		expect(differingFiles(warmAfterMove, fileHashes(join(site("cold-moved"), "pagefind")))).toEqual([]);
	});

	it("keeps its runs when the cache was copied (restored on a CI host), and matches a build from nothing", () => {
		expect(afterRestore).toMatchObject({ reused: false, keptRuns: 2, pages: 4 });
		// The changed pages since the kept runs: b (edited), e (added) and now c.
		expect(afterRestore.shards).toEqual([expect.objectContaining({ pages: 3 })]);
		expect(differingFiles(warmAfterRestore, fileHashes(join(site("cold-restored"), "pagefind")))).toEqual([]);
	});

	it("indexes everything again on a site whose pages are indexed whole", () => {
		expect(wholeAfterEdit).toMatchObject({ reused: false, keptRuns: 0, pages: 2 });
		expect(wholeAfterEdit.shards).toHaveLength(2);
	});

	it("indexes everything again when a kept run's folder was changed", () => {
		expect(afterTouch).toMatchObject({ reused: false, keptRuns: 0, pages: 4 });
		expect(afterTouch.shards).toHaveLength(2);
	});
});
