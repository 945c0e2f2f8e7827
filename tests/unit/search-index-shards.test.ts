import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { type CborValue, decodeCbor, encodeCbor } from "../../scripts/search-index/cbor.ts";
import { mergeIndexes, pageNames } from "../../scripts/search-index/merge-index.ts";
import {
	asDifferences,
	CHUNK_UNITS,
	capPositions,
	chunkBoundary,
	chunkTarget,
	closesChunk,
	collectPages,
	compareCodePoints,
	MIN_CHUNK_UNITS,
	type NumberedEntry,
} from "../../scripts/search-index/merge-words.ts";
import {
	type FilterIndex,
	fragmentUrl,
	type PageEntry,
	pagefindFileBytes,
	readFilter,
	readMeta,
	readWordChunk,
	type WordEntry,
} from "../../scripts/search-index/pagefind-files.ts";
import { assignShards, MAX_PAGES_PER_SHARD, shardCount } from "../../scripts/search-index/shard-plan.ts";
import { stageFiles } from "../../scripts/search-index/stage-files.ts";
import { differingFiles, fileHashes } from "../helpers/files.ts";

describe("shardCount", () => {
	it("keeps a site that fits one Pagefind run in one shard", () => {
		expect(shardCount(750)).toBe(1);
		expect(shardCount(MAX_PAGES_PER_SHARD)).toBe(1);
	});

	it("splits a larger site into as few shards as keep each within the limit", () => {
		expect(shardCount(MAX_PAGES_PER_SHARD + 1)).toBe(2);
		expect(shardCount(10_243)).toBe(3);
		expect(shardCount(10_243, { SEARCH_SHARD_PAGES: "6000" })).toBe(2);
		expect(shardCount(102_005, { SEARCH_SHARD_PAGES: "20000" })).toBe(6);
	});

	it("obeys a forced count, but never makes more shards than pages", () => {
		expect(shardCount(750, { SEARCH_SHARDS: "2" })).toBe(2);
		expect(shardCount(3, { SEARCH_SHARDS: "8" })).toBe(3);
		expect(shardCount(750, { SEARCH_SHARDS: " " })).toBe(1);
	});

	it("refuses a setting that is not a positive integer, naming it", () => {
		expect(() => shardCount(750, { SEARCH_SHARDS: "two" })).toThrow(/SEARCH_SHARDS.*two/);
		expect(() => shardCount(750, { SEARCH_SHARDS: "0" })).toThrow(/SEARCH_SHARDS/);
		expect(() => shardCount(750, { SEARCH_SHARD_PAGES: "1.5" })).toThrow(/SEARCH_SHARD_PAGES/);
	});
});

describe("chunkTarget", () => {
	it("sizes chunks near the square root of the index, between 1,000 and Pagefind's 20,000", () => {
		expect(chunkTarget(60 * CHUNK_UNITS, "")).toBe(1095);
		expect(chunkTarget(40_000, "")).toBe(MIN_CHUNK_UNITS);
		expect(chunkTarget(1_800 * CHUNK_UNITS, "")).toBe(6000);
		expect(chunkTarget(50_000 * CHUNK_UNITS, "")).toBe(CHUNK_UNITS);
	});

	it("takes SEARCH_CHUNK_UNITS when set, and refuses one that is not a positive integer", () => {
		expect(chunkTarget(60 * CHUNK_UNITS, "2500")).toBe(2500);
		expect(() => chunkTarget(1, "big")).toThrow(/SEARCH_CHUNK_UNITS.*big/);
		expect(() => chunkTarget(1, "0")).toThrow(/SEARCH_CHUNK_UNITS/);
	});
});

describe("closesChunk", () => {
	it("closes only once the target is reached, and only between words that start differently", () => {
		expect(closesChunk(999, 1000, "模型", "泛化")).toBe(false);
		expect(closesChunk(1000, 1000, "模型", "泛化")).toBe(true);
		expect(closesChunk(1999, 1000, "模型", "模块")).toBe(false);
		expect(closesChunk(1000, 1000, "a", "ab")).toBe(false);
	});

	it("splits a family twice the target between its two-character families only", () => {
		expect(closesChunk(2000, 1000, "模型", "模块")).toBe(true);
		expect(closesChunk(2000, 1000, "模型", "模型库")).toBe(false);
		// Characters beyond the basic plane count as one.
		expect(closesChunk(1000, 1000, "𠀀a", "𠀀b")).toBe(false);
		expect(closesChunk(1000, 1000, "𠀀a", "𠀁a")).toBe(true);
	});
});

describe("assignShards", () => {
	const files = ["questions/b/index.html", "articles/a/index.html", "index.html", "questions/a/index.html"];

	it("deals sorted paths out in turn: every file once, groups within one of each other", () => {
		const groups = assignShards(files, 3);
		expect(groups).toEqual([
			["articles/a/index.html", "questions/b/index.html"],
			["index.html"],
			["questions/a/index.html"],
		]);
		expect(groups.flat().sort()).toEqual([...files].sort());
	});

	it("splits the same files the same way whatever order they were listed in", () => {
		expect(assignShards([...files].reverse(), 2)).toEqual(assignShards(files, 2));
	});
});

describe("stageFiles", () => {
	it("lays out only the chosen files in a new folder, as hard links, and removes it", () => {
		const root = "tests/.tmp/unit-stage";
		rmSync(root, { recursive: true, force: true });
		mkdirSync(join(root, "questions", "a"), { recursive: true });
		mkdirSync(join(root, "questions", "b"), { recursive: true });
		writeFileSync(join(root, "questions", "a", "index.html"), "<p>a</p>");
		writeFileSync(join(root, "questions", "b", "index.html"), "<p>b</p>");
		const stage = stageFiles(root, ["questions/a/index.html"], "tests/.tmp");
		try {
			expect(readFileSync(join(stage.dir, "questions", "a", "index.html"), "utf8")).toBe("<p>a</p>");
			expect(existsSync(join(stage.dir, "questions", "b"))).toBe(false);
			expect(statSync(join(root, "questions", "a", "index.html")).nlink).toBe(2);
		} finally {
			stage.remove();
		}
		expect(existsSync(stage.dir)).toBe(false);
		rmSync(root, { recursive: true, force: true });
	});
});

describe("CBOR", () => {
	it("writes what it reads, with the shortest heads", () => {
		const value: CborValue = [
			"1.6.0",
			[0, 23, 24, 255, 256, 65_535, 65_536, 2 ** 32, -1, -25, -241],
			["反洗钱", ""],
			[],
		];
		expect(decodeCbor(encodeCbor(value))).toEqual(value);
		expect([...encodeCbor(23)]).toEqual([23]);
		expect([...encodeCbor(24)]).toEqual([24, 24]);
		expect([...encodeCbor(-25)]).toEqual([0x38, 24]);
		expect([...encodeCbor("a")]).toEqual([0x61, 0x61]);
	});

	it("refuses what Pagefind's files never hold, saying where", () => {
		expect(() => decodeCbor(new Uint8Array([0xa0]))).toThrow(/第 1 字节/);
		expect(() => decodeCbor(new Uint8Array([0x82, 0x01]))).toThrow(/提前结束/);
		expect(() => decodeCbor(new Uint8Array([0x01, 0x02]))).toThrow(/多余/);
		expect(() => encodeCbor(1.5)).toThrow(/整数/);
	});
});

describe("merging Pagefind bundles, piece by piece", () => {
	it("orders words by code point, as Pagefind sorts UTF-8 bytes", () => {
		expect(["𝑥", "ｚ", "z", "缓存", "a"].sort(compareCodePoints)).toEqual(["a", "z", "缓存", "ｚ", "𝑥"]);
		expect(compareCodePoints("缓存", "缓存区")).toBeLessThan(0);
		expect(compareCodePoints("ab", "ab")).toBe(0);
	});

	it("names chunk boundaries by the shortest prefixes that tell them apart, the end open to the family", () => {
		const last = String.fromCodePoint(0x10ffff);
		expect(chunkBoundary("2019", "2020")).toEqual([`201${last}`, "202"]);
		expect(chunkBoundary("cath", "cathartic")).toEqual(["cath", "catha"]);
		expect(chunkBoundary("按照", "显存")).toEqual([`按${last}`, "显"]);
		// Every word of the last family falls within the end, and before the next chunk's start.
		for (const word of ["按", "按照", "按需扩容", `按${"照".repeat(30)}`]) {
			expect(compareCodePoints(word, `按${last}`)).toBeLessThan(0);
			expect(compareCodePoints(word, "显")).toBeLessThan(0);
		}
	});

	it("cuts a common word's positions to its first, with the weight it stands at", () => {
		expect(capPositions([-13, 4, 9, -25, 30])).toEqual([-13, 4]);
		expect(capPositions([-13, -25, 6, 7])).toEqual([-25, 6]);
		expect(capPositions([8, 9, -13, 30])).toEqual([8]);
		// A word only in meta fields has no positions: nothing to cut.
		expect(capPositions([])).toEqual([]);
	});

	it("renumbers a bundle's pages into the merged order, leaving out dropped ones, as differences", () => {
		const entries: NumberedEntry[] = [[2, [-25, 7], []]];
		// The bundle's pages 1, 4 and 5 become 11, 0 and (left out) -1; its field 0 is merged field 2.
		const numbers = [3, 11, 5, 6, 0, -1];
		collectPages(
			entries,
			[
				[1, [-25, 3], [-1, 0]],
				[3, [5], []],
				[1, [9], []],
			],
			numbers,
			[2, 0],
		);
		expect(asDifferences(entries)).toEqual([
			[0, [5], []],
			[2, [-25, 7], []],
			[9, [-25, 3], [-3, 0]],
		]);
	});
});

/** A Pagefind 1.6 bundle written by hand: pages are [hash, word count, url], words hold page numbers. */
function writeBundle(
	dir: string,
	pages: [string, number][],
	words: [string, number[]][],
	filter: [string, number[]][],
	metaFields: string[],
	variants: Record<string, [string, number[]]> = {},
	urls: Record<string, string> = {},
) {
	rmSync(dir, { recursive: true, force: true });
	for (const sub of ["index", "filter", "fragment"]) mkdirSync(join(dir, sub), { recursive: true });
	const entries = (numbers: number[]): PageEntry[] =>
		// Where a word stands depends on its page alone (here its word count), as in Pagefind.
		numbers.map((page, index) => [page - (numbers[index - 1] ?? 0), [-25, pages[page]?.[1] ?? 0], [-1, 0]]);
	// Pagefind writes words in code point order.
	const sorted = [...words].sort(([a], [b]) => compareCodePoints(a, b));
	const chunk: WordEntry[] = sorted.map(([word, numbers]) => {
		const variant = variants[word];
		return [word, entries(numbers), variant ? [[variant[0], entries(variant[1])]] : []];
	});
	writeFileSync(join(dir, "index", "zh-cn_c1.pf_index"), pagefindFileBytes([chunk]));
	const filterFile: FilterIndex = ["type", filter];
	writeFileSync(join(dir, "filter", "zh-cn_f1.pf_filter"), pagefindFileBytes(filterFile));
	for (const [hash] of pages)
		writeFileSync(join(dir, "fragment", `${hash}.pf_fragment`), fragmentBytes(urls[hash] ?? `/${hash}/`));
	const meta: CborValue = [
		"1.6.0",
		pages.map(([hash, count]) => [hash, count, ""]),
		[[sorted[0]?.[0] ?? "", sorted.at(-1)?.[0] ?? "", "zh-cn_c1"]],
		[["type", "zh-cn_f1"]],
		[],
		metaFields,
	];
	writeFileSync(join(dir, "pagefind.zh-cn_m1.pf_meta"), pagefindFileBytes(meta));
	writeFileSync(
		join(dir, "pagefind-entry.json"),
		JSON.stringify({
			version: "1.6.0",
			languages: { "zh-cn": { hash: "zh-cn_m1", wasm: null, page_count: pages.length } },
			include_characters: ["_"],
		}),
	);
	writeFileSync(join(dir, "pagefind.js"), "// script");
}

/** A page's fragment as Pagefind writes it: gzip over the signature and JSON. */
function fragmentBytes(url: string): Buffer {
	return gzipSync(
		Buffer.concat([Buffer.from("pagefind_dcd"), Buffer.from(JSON.stringify({ url, content: url }))]),
	);
}

/** Absolute page numbers from a list of differences. */
const absolute = (entries: readonly PageEntry[]) => {
	let page = 0;
	return entries.map(([delta]) => {
		page += delta;
		return page;
	});
};

describe("mergeIndexes", () => {
	const root = "tests/.tmp/unit-merge";
	const first = join(root, "first");
	const second = join(root, "second");
	const out = join(root, "out");

	it("makes one index of two: pages numbered on, words and filters joined, fragments moved", async () => {
		// Pages are ordered by word count, then hash, then URL: both bundles have a page zh-cn_aaa of
		// 20 words, told apart by their URLs.
		writeBundle(
			first,
			[
				["zh-cn_aaa", 20],
				["zh-cn_bbb", 10],
			],
			[
				// Only its spelling with a diacritic is on a page here, as Pagefind writes "fernandez".
				["a", []],
				["模型", [0, 1]],
				["缓存", [1]],
			],
			[
				["文章", [0]],
				["面试题", [1]],
			],
			["title", "type"],
			{ a: ["ā", [0]] },
			{ "zh-cn_aaa": "/z/" },
		);
		writeBundle(
			second,
			[
				["zh-cn_aaa", 20],
				["zh-cn_ccc", 20],
				["zh-cn_ddd", 5],
			],
			[
				["a", [2]],
				["模型", [0, 2]],
				["显存", [1]],
			],
			[["面试题", [0, 1, 2]]],
			["category", "title", "type"],
			{ a: ["ā", [1]] },
			{ "zh-cn_aaa": "/y/" },
		);
		rmSync(out, { recursive: true, force: true });
		expect(await mergeIndexes([first, second], out)).toBe(5);

		const entry = JSON.parse(readFileSync(join(out, "pagefind-entry.json"), "utf8"));
		expect(entry.languages["zh-cn"].page_count).toBe(5);
		expect(entry.include_characters).toEqual(["_"]);
		const meta = readMeta(join(out, `pagefind.${entry.languages["zh-cn"].hash}.pf_meta`));
		// Short names under one folder, in the merged order; each fragment placed at its page's name.
		const names = pageNames(["zh-cn_ddd", "zh-cn_bbb", "zh-cn_aaa", "zh-cn_aaa", "zh-cn_ccc"]);
		expect(meta.pages).toEqual(names.map((name, index) => [name, [5, 10, 20, 20, 20][index], ""]));
		expect(names.map((name) => name.split("/")[1])).toEqual(["0", "1", "2", "3", "4"]);
		expect(names.map((name) => fragmentUrl(join(out, "fragment", `${name}.pf_fragment`)))).toEqual([
			"/zh-cn_ddd/",
			"/zh-cn_bbb/",
			"/y/",
			"/z/",
			"/zh-cn_ccc/",
		]);
		expect(existsSync(join(second, "fragment", "zh-cn_ccc.pf_fragment"))).toBe(false);
		expect(existsSync(join(out, "pagefind.js"))).toBe(true);
		expect(meta.metaFields).toEqual(["category", "title", "type"]);

		const words = meta.chunks.flatMap(([, , hash]) => readWordChunk(join(out, "index", `${hash}.pf_index`)));
		expect(words.map(([word]) => word)).toEqual(["a", "显存", "模型", "缓存"]);
		const pagesOf = (word: string) => absolute(words.find(([text]) => text === word)?.[1] ?? []);
		// First's pages 0, 1 are now 3, 1; second's 0, 1, 2 are 2, 4, 0.
		expect(pagesOf("模型")).toEqual([0, 1, 2, 3]);
		expect(pagesOf("显存")).toEqual([4]);
		expect(pagesOf("缓存")).toEqual([1]);
		expect(pagesOf("a")).toEqual([0]);
		const a = words.find(([text]) => text === "a");
		expect(absolute(a?.[2][0]?.[1] ?? [])).toEqual([3, 4]);
		// Meta field -1 was "title" in the first bundle and "category" in the second.
		const model = words.find(([text]) => text === "模型")?.[1] ?? [];
		expect(model.map(([, , metaPositions]) => metaPositions[0])).toEqual([-1, -2, -1, -2]);

		const [, filterHash] = meta.filters[0] ?? [];
		expect(readFilter(join(out, "filter", `${filterHash}.pf_filter`))).toEqual([
			"type",
			[
				["文章", [3]],
				["面试题", [0, 1, 2, 4]],
			],
		]);
	});

	it("keeps one position per page for a word on half the pages or more, every position for rarer words", async () => {
		writeBundle(
			first,
			[
				["zh-cn_aaa", 10],
				["zh-cn_bbb", 20],
				["zh-cn_ccc", 30],
				["zh-cn_ddd", 40],
			],
			[],
			[["文章", [0, 1, 2, 3]]],
			["title"],
		);
		// Two of four pages hold 模型 (common), one holds 缓存; positions after a weight marker, as Pagefind writes them.
		const chunk: WordEntry[] = [
			[
				"模型",
				[
					[0, [-13, 4, 9, -25, 30], [-1, 0]],
					[2, [7, 8, 9], []],
				],
				[],
			],
			["缓存", [[1, [-25, 3, 5, 11], []]], []],
		];
		writeFileSync(join(first, "index", "zh-cn_c1.pf_index"), pagefindFileBytes([chunk]));
		rmSync(out, { recursive: true, force: true });
		await mergeIndexes([first], out);
		const entry = JSON.parse(readFileSync(join(out, "pagefind-entry.json"), "utf8"));
		const meta = readMeta(join(out, `pagefind.${entry.languages["zh-cn"].hash}.pf_meta`));
		const words = meta.chunks.flatMap(([, , hash]) => readWordChunk(join(out, "index", `${hash}.pf_index`)));
		expect(words).toEqual([
			[
				"模型",
				[
					[0, [-13, 4], [-1, 0]],
					[2, [7], []],
				],
				[],
			],
			["缓存", [[1, [-25, 3, 5, 11], []]], []],
		]);
		rmSync(root, { recursive: true, force: true });
	});

	it("leaves out dropped pages, with the words and filter values only they held", async () => {
		writeBundle(
			first,
			[
				["zh-cn_aaa", 10],
				["zh-cn_bbb", 20],
			],
			[
				["模型", [0, 1]],
				["缓存", [1]],
			],
			[
				["文章", [1]],
				["面试题", [0]],
			],
			["title"],
		);
		writeBundle(second, [["zh-cn_ccc", 30]], [["模型", [0]]], [["面试题", [0]]], ["title"]);
		rmSync(out, { recursive: true, force: true });
		expect(await mergeIndexes([{ dir: first, drop: new Set(["zh-cn_bbb"]) }, { dir: second }], out)).toBe(2);
		const entry = JSON.parse(readFileSync(join(out, "pagefind-entry.json"), "utf8"));
		const meta = readMeta(join(out, `pagefind.${entry.languages["zh-cn"].hash}.pf_meta`));
		expect(meta.pages.map(([, wordCount]) => wordCount)).toEqual([10, 30]);
		const words = meta.chunks.flatMap(([, , hash]) => readWordChunk(join(out, "index", `${hash}.pf_index`)));
		expect(words.map(([word, pages]) => [word, absolute(pages)])).toEqual([["模型", [0, 1]]]);
		expect(readFilter(join(out, "filter", `${meta.filters[0]?.[1]}.pf_filter`))).toEqual([
			"type",
			[["面试题", [0, 1]]],
		]);
		// The same pages merged from other bundles give the same index, byte for byte.
		const again = join(root, "again");
		writeBundle(
			first,
			[
				["zh-cn_ccc", 30],
				["zh-cn_aaa", 10],
			],
			[["模型", [0, 1]]],
			[["面试题", [0, 1]]],
			["title"],
		);
		rmSync(again, { recursive: true, force: true });
		await mergeIndexes([first], again);
		expect(differingFiles(fileHashes(again), fileHashes(out))).toEqual([]);
	});

	it("cuts the merged words into chunks sized for the site, each word family in one chunk", async () => {
		// 40 families of 7 words (350 units each: 10 pages × 5 units a word) and one of 200 words
		// (10,000 units), spread over two bundles; each bundle is one Pagefind chunk, so the target is
		// √40,000 → the floor of 1,000 units.
		const families = Array.from({ length: 40 }, (_, index) => String.fromCodePoint(0x4e00 + index * 7));
		const small = families.flatMap((first) => Array.from({ length: 7 }, (_, index) => `${first}${index}`));
		const big = Array.from(
			{ length: 200 },
			(_, index) => `模${String.fromCodePoint(0x4e00 + (index >> 2))}${index % 4}`,
		);
		const words = [...small, ...big].sort(compareCodePoints);
		const pages = Array.from({ length: 20 }, (_, index): [string, number] => [`zh-cn_p${index}`, 100]);
		const tenPages = pages.slice(0, 10).map((_, index) => index);
		const half = (even: boolean) =>
			words
				.filter((_, index) => index % 2 === (even ? 0 : 1))
				.map((word): [string, number[]] => [word, tenPages]);
		writeBundle(first, pages.slice(0, 10), half(true), [], ["title"]);
		writeBundle(second, pages.slice(10), half(false), [], ["title"]);
		rmSync(out, { recursive: true, force: true });
		await mergeIndexes([first, second], out);
		const entry = JSON.parse(readFileSync(join(out, "pagefind-entry.json"), "utf8"));
		const meta = readMeta(join(out, `pagefind.${entry.languages["zh-cn"].hash}.pf_meta`));
		const chunks = meta.chunks.map(([, , hash]) =>
			readWordChunk(join(out, "index", `${hash}.pf_index`)).map(([word]) => word),
		);
		// Every word once, in order; every chunk but the last at least the target.
		expect(chunks.flat()).toEqual(words);
		for (const chunk of chunks.slice(0, -1))
			expect(chunk.length * 50).toBeGreaterThanOrEqual(chunkTarget(40_000));
		// A small family is never split; the big one only between its two-character families.
		const chunkOf = new Map(chunks.flatMap((chunk, index) => chunk.map((word) => [word, index] as const)));
		for (const family of families)
			expect(
				new Set(small.filter((word) => word.startsWith(family)).map((word) => chunkOf.get(word))).size,
			).toBe(1);
		const bigChunks = new Set(big.map((word) => chunkOf.get(word)));
		expect(bigChunks.size).toBeGreaterThan(1);
		for (const [index, chunk] of chunks.entries()) {
			const next = chunks[index + 1]?.[0];
			const last = chunk.at(-1) ?? "";
			if (next?.startsWith("模") && last.startsWith("模"))
				expect([...next].slice(0, 2)).not.toEqual([...last].slice(0, 2));
		}
		// Boundaries are the shortest prefixes that tell neighbours apart, and Pagefind finds each
		// word's chunk by them (from ≤ word ≤ to, the first such chunk).
		expect(meta.chunks[0]?.[0]).toBe(words[0]);
		expect(meta.chunks.at(-1)?.[1]).toBe(words.at(-1));
		for (const word of words) {
			const found = meta.chunks.findIndex(([from, to]) => word >= from && word <= to);
			expect([word, found]).toEqual([word, chunkOf.get(word)]);
		}
		rmSync(root, { recursive: true, force: true });
	});

	it("indexes a lone bundle the same way: its words re-chunked, its filters rewritten, its pages renamed", async () => {
		writeBundle(
			first,
			[
				["zh-cn_aaa", 10],
				["zh-cn_bbb", 20],
			],
			[["模型", [0, 1]]],
			[["文章", [0, 1]]],
			["title"],
		);
		const words = readWordChunk(join(first, "index", "zh-cn_c1.pf_index"));
		rmSync(out, { recursive: true, force: true });
		expect(await mergeIndexes([first], out)).toBe(2);
		const entry = JSON.parse(readFileSync(join(out, "pagefind-entry.json"), "utf8"));
		const meta = readMeta(join(out, `pagefind.${entry.languages["zh-cn"].hash}.pf_meta`));
		expect(readFilter(join(out, "filter", `${meta.filters[0]?.[1]}.pf_filter`))).toEqual([
			"type",
			[["文章", [0, 1]]],
		]);
		expect(meta.pages.map(([name]) => name)).toEqual(pageNames(["zh-cn_aaa", "zh-cn_bbb"]));
		expect(meta.chunks.map(([from, to]) => [from, to])).toEqual([["模型", "模型"]]);
		expect(readWordChunk(join(out, "index", `${meta.chunks[0]?.[2]}.pf_index`))).toEqual(words);
	});

	it("names pages after the whole set: another site's pages get other URLs", () => {
		const names = pageNames(["zh-cn_aaa", "zh-cn_bbb"]);
		expect(names[0]).toMatch(/^[0-9a-f]{8}\/0$/);
		expect(pageNames(["zh-cn_aaa", "zh-cn_bbc"])[0]).not.toBe(names[0]);
		expect(new Set(pageNames(Array.from({ length: 1000 }, (_, index) => `h${index}`))).size).toBe(1000);
	});

	it("refuses a bundle from a Pagefind version it does not know", async () => {
		writeBundle(first, [["zh-cn_aaa", 10]], [["模型", [0]]], [], ["title"]);
		writeFileSync(
			join(first, "pagefind.zh-cn_m1.pf_meta"),
			pagefindFileBytes(["2.0.0", [["zh-cn_aaa", 10, ""]], [], [], [], []]),
		);
		await expect(mergeIndexes([first, first], out)).rejects.toThrow(/Pagefind 1\.6.*版本 2\.0\.0/);
		rmSync(root, { recursive: true, force: true });
	});
});
