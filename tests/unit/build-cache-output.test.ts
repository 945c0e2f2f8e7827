import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fileStamp } from "../../src/build-cache/file-stamp.ts";
import { checkOutDir, keptOutputs, markBuildStart, sweepOutDir } from "../../src/build-cache/kept-pages.ts";
import {
	folderFingerprint,
	hashPages,
	searchBundleKey,
	searchBundleState,
} from "../../src/build-cache/search-bundle.ts";
import { stampMemo } from "../../src/build-cache/stamp-memo.ts";

let dir: string;
let outDir: string;
let stateFile: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), "build-cache-output-"));
	outDir = join(dir, "dist");
	stateFile = join(dir, "out-dir.json");
});
afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

/**
 * Writes `files` under `root`: now, as a build would, or dated `secondsAgo` in the past. (A date
 * set by hand has whole milliseconds and could fall before a mark written in the same one.)
 */
function write(root: string, files: Record<string, string>, secondsAgo = 0): void {
	const when = new Date(Date.now() - secondsAgo * 1000);
	for (const [name, text] of Object.entries(files)) {
		const path = join(root, name);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, text);
		if (secondsAgo > 0) utimesSync(path, when, when);
	}
}

const listed = (root: string) =>
	existsSync(root) ? readdirSync(root, { recursive: true, encoding: "utf8" }).sort() : [];

describe("keptOutputs", () => {
	it("lists the output file of every page in Astro's incremental manifest, decoded", () => {
		const manifest = {
			routes: {
				"src/pages/questions/[id].astro": {
					paths: {
						"/questions/a/": { cacheKey: "1", outputFile: "questions/a/index.html" },
						"/questions/中文/": { cacheKey: "2", outputFile: "questions/%E4%B8%AD%E6%96%87/index.html" },
					},
				},
			},
		};
		expect(keptOutputs(manifest)).toEqual(["questions/a/index.html", "questions/中文/index.html"]);
		expect(keptOutputs(undefined)).toEqual([]);
		expect(keptOutputs({ routes: { x: { paths: { "/y/": { outputFile: 3 } } } } })).toEqual([]);
	});
});

describe("the kept output folder", () => {
	/** A build: `written` files are new, the rest stays; then the sweep records what was kept. */
	function build(written: Record<string, string>, kept: string[], skip: string[] = []): number {
		const started = markBuildStart(join(dir, "build-started"));
		write(outDir, written);
		return sweepOutDir(outDir, { stateFile, started, kept, skip });
	}

	it("deletes what the build neither wrote nor kept, with the folders it leaves empty", () => {
		write(
			outDir,
			{ "questions/a/index.html": "甲", "questions/gone/index.html": "旧", "_astro/old.css": "x" },
			60,
		);
		const deleted = build({ "index.html": "首页", "_astro/new.css": "y" }, ["questions/a/index.html"]);
		expect(deleted).toBe(2);
		expect(listed(outDir)).toEqual([
			"_astro",
			"_astro/new.css",
			"index.html",
			"questions",
			"questions/a",
			"questions/a/index.html",
		]);
	});

	it("leaves the files and folders of later steps alone, at the top level only", () => {
		write(outDir, { "pagefind/pagefind.js": "旧索引", "sw.js": "旧", "a/sw.js": "旧" }, 60);
		expect(build({ "index.html": "首页" }, [], ["pagefind", "sw.js"])).toBe(1);
		expect(listed(outDir)).toContain("pagefind/pagefind.js");
		expect(listed(outDir)).toContain("sw.js");
		expect(listed(outDir)).not.toContain("a/sw.js");
	});

	it("trusts the folder the last build left, and deletes a kept page changed since", () => {
		write(outDir, { "questions/a/index.html": "甲", "questions/b/index.html": "乙" }, 60);
		build({}, ["questions/a/index.html", "questions/b/index.html"]);
		expect(checkOutDir(outDir, stateFile)).toEqual({ deleted: 0 });
		writeFileSync(join(outDir, "questions/b/index.html"), "别人改过");
		expect(checkOutDir(outDir, stateFile)).toEqual({ deleted: 1 });
		expect(listed(outDir)).not.toContain("questions/b/index.html");
		expect(listed(outDir)).toContain("questions/a/index.html");
	});

	it("empties a folder that no build with this cache left", () => {
		write(outDir, { "index.html": "别的构建", "pagefind/x.js": "x" });
		expect(checkOutDir(outDir, stateFile)).toBe("emptied");
		expect(listed(outDir)).toEqual([]);
		expect(checkOutDir(join(dir, "missing"), stateFile)).toEqual({ deleted: 0 });
	});

	it("empties the folder when the record is corrupt or names another folder", () => {
		write(outDir, { "questions/a/index.html": "甲" }, 60);
		build({}, ["questions/a/index.html"]);
		writeFileSync(stateFile, "{not json");
		expect(checkOutDir(outDir, stateFile)).toBe("emptied");
		write(outDir, { "questions/a/index.html": "甲" }, 60);
		sweepOutDir(join(dir, "other"), {
			stateFile,
			started: markBuildStart(join(dir, "mark")),
			kept: [],
			skip: [],
		});
		expect(checkOutDir(outDir, stateFile)).toBe("emptied");
	});
});

describe("the search bundle", () => {
	const site = () => join(dir, "site");
	const bundle = () => join(site(), "pagefind");

	it("is keyed by the indexer and every page's path and bytes, in any order", () => {
		write(site(), { "a/index.html": "甲", "b/index.html": "乙" });
		const pages = hashPages(site(), ["a/index.html", "b/index.html"]);
		const key = searchBundleKey("pagefind@1.6.0", pages);
		expect(searchBundleKey("pagefind@1.6.0", [...pages].reverse())).toBe(key);
		expect(searchBundleKey("pagefind@1.7.0", pages)).not.toBe(key);
		write(site(), { "b/index.html": "乙（改）" });
		expect(searchBundleKey("pagefind@1.6.0", hashPages(site(), ["a/index.html", "b/index.html"]))).not.toBe(
			key,
		);
	});

	it("takes a page's hash from the memo while the page is unchanged, and hashes it again after an edit", () => {
		write(site(), { "a/index.html": "甲" });
		const memo = stampMemo(join(dir, "hashes.json"), (value): value is string => typeof value === "string");
		const remembered = "f".repeat(64);
		memo.set("a/index.html", fileStamp(join(site(), "a/index.html")) ?? "", remembered);
		expect(hashPages(site(), ["a/index.html"], memo)[0]?.hash).toBe(remembered);
		write(site(), { "a/index.html": "甲（改）" });
		expect(hashPages(site(), ["a/index.html"], memo)[0]?.hash).toBe(
			hashPages(site(), ["a/index.html"])[0]?.hash,
		);
	});

	it("counts as in place only while its folder is as the indexer left it", () => {
		const state = searchBundleState(join(dir, "search", "bundles.json"));
		write(bundle(), { "pagefind.js": "js", "fragment/a.pf_fragment": "f" });
		state.record(bundle(), "k1", 2);
		expect(state.placed(bundle())).toEqual({ key: "k1", pages: 2 });
		write(bundle(), { "fragment/a.pf_fragment": "f" });
		expect(state.placed(bundle())).toBeUndefined();
		state.record(bundle(), "k1", 2);
		rmSync(bundle(), { recursive: true });
		expect(state.placed(bundle())).toBeUndefined();
	});

	it("recorded by content, still counts when copied (same bytes, new files), not when a byte changed", () => {
		const state = searchBundleState(join(dir, "search", "bundles.json"));
		write(bundle(), { "pagefind.js": "js", "fragment/a.pf_fragment": "f" });
		state.record(bundle(), "k1", 2, { byContent: true });
		const before = folderFingerprint(bundle());
		// Deleted and written again, as a CI host restores a cache: new files, the same bytes.
		rmSync(bundle(), { recursive: true });
		write(bundle(), { "pagefind.js": "js", "fragment/a.pf_fragment": "f" });
		utimesSync(join(bundle(), "pagefind.js"), new Date(2000, 0, 1), new Date(2000, 0, 1));
		expect(folderFingerprint(bundle())).not.toBe(before);
		expect(state.placed(bundle())).toEqual({ key: "k1", pages: 2 });
		write(bundle(), { "fragment/a.pf_fragment": "g" });
		expect(state.placed(bundle())).toBeUndefined();
		// Recorded by its stamps alone, a copy does not count.
		state.record(bundle(), "k2", 2);
		rmSync(bundle(), { recursive: true });
		write(bundle(), { "pagefind.js": "js", "fragment/a.pf_fragment": "g" });
		expect(state.placed(bundle())).toBeUndefined();
	});

	it("ignores a corrupt record", () => {
		const file = join(dir, "search", "bundles.json");
		write(bundle(), { "pagefind.js": "js" });
		write(dirname(file), { "bundles.json": '{"broken' });
		const state = searchBundleState(file);
		expect(state.placed(bundle())).toBeUndefined();
		state.record(bundle(), "k1", 1);
		expect(state.placed(bundle())).toEqual({ key: "k1", pages: 1 });
	});

	it("has no fingerprint when its folder is missing", () => {
		expect(folderFingerprint(join(dir, "none"))).toBeUndefined();
	});
});

describe("stampMemo", () => {
	const isNumber = (value: unknown): value is number => typeof value === "number";

	it("gives back a value while its file is unchanged, and keeps only the paths of the last run", () => {
		const memoFile = join(dir, "memo", "files.json");
		write(dir, { "a.html": "甲", "b.html": "乙" });
		const stampA = fileStamp(join(dir, "a.html")) ?? "";
		const stampB = fileStamp(join(dir, "b.html")) ?? "";
		const first = stampMemo(memoFile, isNumber);
		first.set("a.html", stampA, 1);
		first.set("b.html", stampB, 2);
		first.save();
		const second = stampMemo(memoFile, isNumber);
		expect(second.get("a.html", stampA)).toBe(1);
		write(dir, { "b.html": "乙（改）" });
		expect(second.get("b.html", fileStamp(join(dir, "b.html")) ?? "")).toBeUndefined();
		second.save();
		expect(stampMemo(memoFile, isNumber).get("b.html", stampB)).toBeUndefined();
		expect(stampMemo(memoFile, isNumber).get("a.html", stampA)).toBe(1);
	});

	it.each([
		["not JSON", "{oops"],
		["another shape", '{"a.html":{"stamp":"1 2 3","value":"一"}}'],
	])("computes again when the memo is %s", (_, text) => {
		const memoFile = join(dir, "files.json");
		writeFileSync(memoFile, text);
		expect(stampMemo(memoFile, isNumber).get("a.html", "1 2 3")).toBeUndefined();
	});
});
