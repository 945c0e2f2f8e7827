import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { syntheticCorpus, writeCorpus } from "../../scripts/bench/synthetic-corpus.ts";
import { buildOffline } from "../../scripts/build-offline.ts";
import { buildSearchIndex } from "../../scripts/build-search-index.ts";
import { astroBuild } from "../helpers/astro-build.ts";
import { differingFiles, fileHashes } from "../helpers/files.ts";

// A small synthetic bank built with the build cache: again unchanged, again after an edit and a
// deletion, and from nothing after the edit, to compare.
const ROOT = "tests/.tmp/build-cache";
const CONTENT = `./${ROOT}/content`;
const WARM = join(ROOT, "warm");
const COLD = join(ROOT, "cold");
const EDITED = "synthetic-question-3";
const DELETED = "synthetic-question-11";
const EDIT = "\n补充：这一句是构建缓存测试后来加上的。\n";

/** `astro build`, the search index and offline use, each with the cache kept beside the output folder. */
async function build(outDir: string): Promise<{ output: string; searchReused: boolean }> {
	const { status, output } = astroBuild(outDir, { CONTENT_DIR: CONTENT });
	if (status !== 0) throw new Error(output);
	const { reused } = await buildSearchIndex(outDir, { cacheDir: `${outDir}-cache` });
	await buildOffline(outDir, `${outDir}-cache`);
	return { output, searchReused: reused };
}

/**
 * Pages Astro's incremental build kept instead of rendering, from its log (`/questions/a/index.html`).
 * Pages are built several at a time, so a kept page's line may follow another page's path.
 */
const keptPages = (output: string) =>
	[...output.matchAll(/(\/[^\s]+\.html) \(cached\)/g)].map((match) => match[1] ?? "");

let first: Map<string, string>;
let second: Map<string, string>;
let unchanged: { output: string; searchReused: boolean };
let afterEdit: { output: string; searchReused: boolean };
let entries: number;

beforeAll(async () => {
	rmSync(ROOT, { recursive: true, force: true });
	const corpus = syntheticCorpus(12);
	entries = corpus.length;
	writeCorpus(CONTENT, corpus);
	await build(WARM);
	first = fileHashes(WARM);
	unchanged = await build(WARM);
	second = fileHashes(WARM);
	const edited = join(CONTENT, "questions", `${EDITED}.md`);
	writeFileSync(edited, readFileSync(edited, "utf8") + EDIT);
	rmSync(join(CONTENT, "questions", `${DELETED}.md`));
	afterEdit = await build(WARM);
	await build(COLD);
}, 600_000);

describe("a build with the cache of the last one", () => {
	it("writes the same files, byte for byte, and renders no entry and no search index again", () => {
		expect(second.size).toBeGreaterThan(entries);
		expect(differingFiles(first, second)).toEqual([]);
		expect(keptPages(unchanged.output)).toHaveLength(entries);
		expect(unchanged.searchReused).toBe(true);
	});

	it("shows an edited question and drops a deleted one", () => {
		const page = readFileSync(join(WARM, "questions", EDITED, "index.html"), "utf8");
		expect(page).toContain("这一句是构建缓存测试后来加上的");
		expect(fileHashes(WARM).has(`questions/${DELETED}/index.html`)).toBe(false);
		expect(afterEdit.searchReused).toBe(false);
	});

	it("renders again only the pages that show the edited or the deleted question", () => {
		const kept = keptPages(afterEdit.output);
		expect(kept).not.toContain(`/questions/${EDITED}/index.html`);
		// Each shows up on its own page, its two neighbours' and its article's at most.
		expect(kept.length).toBeGreaterThanOrEqual(entries - 1 - 7);
	});

	it("ends with the same files, byte for byte, as a build from nothing", () => {
		expect(differingFiles(fileHashes(WARM), fileHashes(COLD))).toEqual([]);
	});
});
