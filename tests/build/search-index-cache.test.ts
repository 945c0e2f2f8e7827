import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../scripts/build-search-index.ts";
import { unreferencedBundleFiles } from "../../src/build-cache/pagefind-bundle.ts";
import { differingFiles, fileHashes } from "../helpers/files.ts";

/** A page Pagefind indexes. */
const page = (title: string, text: string) =>
	`<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

let dir: string;
const site = (name: string) => join(dir, name);

function writeSite(root: string, pages: Record<string, string>): void {
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), html);
	}
}

const PAGES = {
	"a/index.html": page("注意力机制", "缩放点积注意力把查询与键的点积除以维度的平方根。"),
	"b/index.html": page("检索增强", "检索增强生成先从知识库取回相关段落，再交给模型回答。"),
	"c/index.html": page("量化推理", "把权重从十六位浮点压到八位整数，显存减半。"),
};
const EDITED = {
	"b/index.html": page("检索增强", "检索增强生成先取回段落；这一句是后来改的，带着新词：重排序。"),
};

let reused: boolean;
let afterEdit: boolean;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), "search-index-cache-"));
	writeSite(site("warm"), PAGES);
	await buildSearchIndex(site("warm"), site("warm-cache"));
	({ reused } = await buildSearchIndex(site("warm"), site("warm-cache")));
	writeSite(site("warm"), EDITED);
	({ reused: afterEdit } = await buildSearchIndex(site("warm"), site("warm-cache")));
	writeSite(site("cold"), { ...PAGES, ...EDITED });
	await buildSearchIndex(site("cold"), site("cold-cache"));
}, 180_000);

afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
});

describe("the search index with the build cache", () => {
	it("is not built again for the same pages", () => {
		expect(reused).toBe(true);
	});

	it("after an edit, written over the old one and pruned, equals an index built from nothing", () => {
		expect(afterEdit).toBe(false);
		expect(unreferencedBundleFiles(join(site("warm"), "pagefind"))).toEqual([]);
		expect(differingFiles(fileHashes(site("warm")), fileHashes(site("cold")))).toEqual([]);
	});
});
