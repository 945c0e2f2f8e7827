import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
	assignShards,
	bundleDir,
	MAX_PAGES_PER_SHARD,
	shardCount,
} from "../../scripts/search-index/shard-plan.ts";
import { stageFiles } from "../../scripts/search-index/stage-files.ts";
import { countsAgree, inverseDocumentFrequency, mergeBundleResults } from "../../src/search/merge-bundles.ts";

describe("shardCount", () => {
	it("keeps a site that fits one Pagefind run in one bundle", () => {
		expect(shardCount(750)).toBe(1);
		expect(shardCount(MAX_PAGES_PER_SHARD)).toBe(1);
	});

	it("splits a larger site into as few bundles as keep each within the limit", () => {
		expect(shardCount(MAX_PAGES_PER_SHARD + 1)).toBe(2);
		expect(shardCount(10_243, { SEARCH_SHARD_PAGES: "6000" })).toBe(2);
		expect(shardCount(102_005, { SEARCH_SHARD_PAGES: "20000" })).toBe(6);
	});

	it("obeys a forced count, but never makes more bundles than pages", () => {
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

describe("bundleDir", () => {
	it("puts the first bundle where Pagefind's script is loaded from and the others inside it", () => {
		expect(bundleDir(0)).toBe("pagefind");
		expect(bundleDir(1)).toBe("pagefind/shard-2");
	});
});

describe("stageFiles", () => {
	it("lays out only the chosen files under a temporary folder, as linked copies, and removes it", () => {
		const root = "tests/.tmp/unit-stage";
		rmSync(root, { recursive: true, force: true });
		mkdirSync(join(root, "questions", "a"), { recursive: true });
		mkdirSync(join(root, "questions", "b"), { recursive: true });
		writeFileSync(join(root, "questions", "a", "index.html"), "<p>a</p>");
		writeFileSync(join(root, "questions", "b", "index.html"), "<p>b</p>");
		const stage = stageFiles(root, ["questions/a/index.html"]);
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

describe("mergeBundleResults", () => {
	const hit = (id: string, score: number) => ({ id, score });

	it("gives a rarer word a larger inverse document frequency", () => {
		expect(inverseDocumentFrequency(1, 1000)).toBeGreaterThan(inverseDocumentFrequency(100, 1000));
		expect(inverseDocumentFrequency(1000, 1000)).toBeGreaterThan(0);
	});

	it("ranks as one index would: a bundle where the word is rarer no longer wins by that alone", () => {
		// The same page quality in both bundles; bundle A holds the word on 10 of 500 pages, B on 20.
		const a = { results: [hit("a1", 1.0 * inverseDocumentFrequency(10, 500))], matches: 10, pages: 500 };
		const b = { results: [hit("b1", 1.05 * inverseDocumentFrequency(20, 500))], matches: 20, pages: 500 };
		expect([...a.results, ...b.results].sort((x, y) => y.score - x.score)[0]?.id).toBe("a1");
		const merged = mergeBundleResults([a, b]);
		expect(merged.map((result) => result.id)).toEqual(["b1", "a1"]);
		const site = inverseDocumentFrequency(30, 1000);
		expect(merged[0]?.score).toBeCloseTo(1.05 * site);
		expect(merged[1]?.score).toBeCloseTo(1.0 * site);
	});

	it("keeps every result, and a single bundle's scores, as they are", () => {
		const only = mergeBundleResults([{ results: [hit("x", 3), hit("y", 2)], matches: 2, pages: 50 }]);
		expect(only).toEqual([hit("x", 3), hit("y", 2)]);
	});

	it("keeps the raw scores when one bundle's count cannot be the same word's (a shorter prefix matched)", () => {
		// 反洗钱 is on one page of bundle A; bundle B lacks it, and Pagefind matched 反 on 17 pages.
		const bundles = [
			{ results: [hit("aml", 23.4)], matches: 1, pages: 162 },
			{ results: [hit("feedback", 7.6), hit("reflect", 7.4)], matches: 17, pages: 162 },
		];
		expect(countsAgree(bundles)).toBe(false);
		expect(mergeBundleResults(bundles)).toEqual([
			hit("aml", 23.4),
			hit("feedback", 7.6),
			hit("reflect", 7.4),
		]);
	});

	it("holds counts that differ by chance to agree", () => {
		expect(
			countsAgree([
				{ matches: 480, pages: 5000 },
				{ matches: 520, pages: 5000 },
			]),
		).toBe(true);
		expect(
			countsAgree([
				{ matches: 2, pages: 160 },
				{ matches: 3, pages: 160 },
			]),
		).toBe(true);
		expect(
			countsAgree([
				{ matches: 0, pages: 0 },
				{ matches: 0, pages: 10 },
			]),
		).toBe(true);
	});
});
