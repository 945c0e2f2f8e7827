import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Site, startSite, useBrowserSession } from "../helpers/browser.ts";
import {
	groupFigures,
	type RelevanceCase,
	type RelevanceRun,
	reportRelevance,
	runRelevanceCases,
} from "../helpers/search-relevance.ts";
import { copyWithSplitIndex, type SplitSite } from "../helpers/split-index.ts";

const CASES = JSON.parse(readFileSync("tests/fixtures/search-relevance.json", "utf8")) as RelevanceCase[];
/**
 * The issue's goals, which fail the build on a regression: recall@3 ≥ 95 % and no empty answer.
 * Measured here (BENCHMARKS.md): 95.9 % overall (213 of 222), 97.8 % on the held-out queries.
 */
const GOALS = { recallAt3: 0.95, termRecallAt3: 0.95, zeroResults: 0 };
/** The phrasings the issue was filed with: each must put its page in the top three. */
const ISSUE_EXAMPLES = [
	"模型一本正经地编造事实",
	"大模型会取代程序员吗",
	"为什么大模型需要人类反馈",
	"RAG的文档切多大合适",
	"怎么判断题目被模型背过",
	"KV缓存占多少显存怎么算",
	"模型越大效果越好吗",
];
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

const session = useBrowserSession();

/** Runs every case on the search page of `site` and checks the floors; returns the run. */
async function measure(browser: Browser, site: Site, title: string): Promise<RelevanceRun> {
	const page = await browser.newPage();
	await page.goto(site.url("/search/"));
	const run = await runRelevanceCases(page, CASES, site.path);
	await page.close();
	const all = reportRelevance(title, CASES, run);
	expect(all.zeroResults).toBeLessThanOrEqual(GOALS.zeroResults);
	// Single index words (the first 63 queries) were found before query understanding: keep them.
	expect(groupFigures(CASES, run, (entry) => entry.kind === "term").recallAt3).toBeGreaterThanOrEqual(
		GOALS.termRecallAt3,
	);
	expect(all.recallAt3).toBeGreaterThanOrEqual(GOALS.recallAt3);
	return run;
}

/** The ranks the single index gave, to compare the split build's with. */
let singleIndex: RelevanceRun | undefined;

describe("search relevance, typed into the search page as a reader would", () => {
	it(`keeps recall@3 ≥ ${percent(GOALS.recallAt3)} with no empty answer over ${CASES.length} queries`, {
		timeout: 600_000,
	}, async () => {
		expect(CASES.length).toBeGreaterThanOrEqual(150);
		// Most queries are what readers type (questions, phrases and their variants), not index words.
		expect(CASES.filter((entry) => entry.kind !== "term").length).toBeGreaterThan(CASES.length / 2);
		singleIndex = await measure(session.browser, session.site, "搜索相关性");
		const run = singleIndex;
		const rankOf = (query: string) => {
			const index = CASES.findIndex((entry) => entry.query === query);
			expect(index, `${query} is in the relevance set`).toBeGreaterThanOrEqual(0);
			return run.ranks[index];
		};
		for (const query of ISSUE_EXAMPLES) expect(rankOf(query), query).toBeLessThanOrEqual(3);
	});
});

/** The hits the search page lists for a query and filters, as site paths. */
async function listed(browser: Browser, site: Site, query: string, filters: Record<string, string>) {
	const page = await browser.newPage();
	const params = new URLSearchParams({ q: query, ...filters });
	await page.goto(site.url(`/search/?${params}`));
	await page.locator("main [data-search-status][data-state]").waitFor();
	const paths = await page
		.locator("#search-page-results a[role=option]")
		.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
	await page.close();
	return paths;
}

/**
 * A large site is indexed in several Pagefind runs whose bundles are merged into one
 * (scripts/build-search-index.ts). The same built site indexed in two runs must answer every query
 * as the single run does.
 */
describe("search over an index built in two Pagefind runs and merged", () => {
	let split: SplitSite | undefined;
	let site: Site | undefined;
	beforeAll(async () => {
		split = await copyWithSplitIndex(2);
		site = await startSite(split.root, split.base);
	}, 300_000);
	afterAll(async () => {
		await site?.close();
	});

	it("puts every expected page where the single index puts it", { timeout: 600_000 }, async () => {
		if (!site || !split) throw new Error("the split site is not ready");
		expect(split.shards).toBe(2);
		const run = await measure(session.browser, site, "搜索相关性（两次索引合并）");
		if (singleIndex) expect(run.ranks).toEqual(singleIndex.ranks);
	});

	it("filters as the single index does", { timeout: 120_000 }, async () => {
		if (!site) throw new Error("the split site is not ready");
		for (const [query, filters] of [
			["大模型", { type: "文章" }],
			["评估", { category: "评估与可解释性" }],
		] as const) {
			const merged = await listed(session.browser, site, query, filters);
			expect(merged.length).toBeGreaterThan(1);
			expect(merged).toEqual(await listed(session.browser, session.site, query, filters));
		}
	});
});
