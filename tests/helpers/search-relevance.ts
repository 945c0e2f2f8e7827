import type { Page } from "playwright-core";

/** One query of the relevance set: what a reader types and the page that should come first. */
export interface RelevanceCase {
	query: string;
	/** `questions/<id>` or `articles/<id>`. */
	expect: string;
	/** term: an index word; natural: a question or phrase; typo, traditional, fullwidth, mixed: variants. */
	kind: "term" | "natural" | "typo" | "traditional" | "fullwidth" | "mixed";
	/** "heldout": written by someone who saw neither the vocabulary nor the aliases, never tuned on. */
	set?: "heldout";
}

export interface RelevanceFigures {
	queries: number;
	recallAt1: number;
	recallAt3: number;
	/** Mean reciprocal rank over the first ten results (0 when the page is not among them). */
	mrr: number;
	/** Share of queries that returned no result at all. */
	zeroResults: number;
}

/** Figures from the 1-based rank of the expected page for each query (undefined: not in the top ten). */
export function relevanceFigures(
	ranks: readonly (number | undefined)[],
	resultCounts: readonly number[],
): RelevanceFigures {
	const n = ranks.length;
	const share = (count: number) => (n === 0 ? 0 : count / n);
	return {
		queries: n,
		recallAt1: share(ranks.filter((rank) => rank === 1).length),
		recallAt3: share(ranks.filter((rank) => rank !== undefined && rank <= 3).length),
		mrr: n === 0 ? 0 : ranks.reduce<number>((sum, rank) => sum + (rank === undefined ? 0 : 1 / rank), 0) / n,
		zeroResults: share(resultCounts.filter((count) => count === 0).length),
	};
}

/** Where the search page puts its results, and how the expected page's rank is read from them. */
export interface RelevanceRun {
	/** 1-based rank of each case's expected page among the first ten results, or undefined. */
	ranks: (number | undefined)[];
	/** Number of results shown for each case. */
	counts: number[];
	/** One line for each case whose page was not among the first three. */
	misses: string[];
}

/**
 * Types every case into the search page (`page` must be on it), as a reader would, and reads the
 * results. `sitePath` turns `/questions/x/` into the path the site serves it under.
 */
export async function runRelevanceCases(
	page: Page,
	cases: readonly RelevanceCase[],
	sitePath: (path: string) => string,
): Promise<RelevanceRun> {
	const input = page.locator("#search-page-input");
	const run: RelevanceRun = { ranks: [], counts: [], misses: [] };
	for (const entry of cases) {
		await input.fill(entry.query);
		// The page writes the query into the URL once its results are on screen.
		await page.waitForFunction(
			(query) => new URLSearchParams(location.search).get("q") === query,
			entry.query,
		);
		const urls = await page
			.locator("#search-page-results a[role=option]")
			.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
		const rank = urls.slice(0, 10).indexOf(sitePath(`/${entry.expect}/`)) + 1 || undefined;
		run.ranks.push(rank);
		run.counts.push(urls.length);
		if (rank === undefined || rank > 3)
			run.misses.push(
				`  ${entry.kind}  ${entry.query} → ${entry.expect}（名次：${rank ?? "十名外"}；前三：${urls.slice(0, 3).join("、") || "无结果"}）`,
			);
	}
	return run;
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The figures of a run, overall and by kind of query, held-out and development sets; printed. */
export function reportRelevance(
	title: string,
	cases: readonly RelevanceCase[],
	run: RelevanceRun,
): RelevanceFigures {
	const all = relevanceFigures(run.ranks, run.counts);
	const line = (figures: RelevanceFigures) =>
		`recall@1 ${percent(figures.recallAt1)}，recall@3 ${percent(figures.recallAt3)}，MRR ${figures.mrr.toFixed(3)}，零结果 ${percent(figures.zeroResults)}`;
	const lines = [`${title}（${all.queries} 条）：${line(all)}`];
	for (const group of [...new Set(cases.map((entry) => entry.kind)), "heldout", "dev"]) {
		const inGroup = (entry: RelevanceCase) =>
			group === "heldout"
				? entry.set === "heldout"
				: group === "dev"
					? entry.set !== "heldout"
					: entry.kind === group;
		const figures = groupFigures(cases, run, inGroup);
		lines.push(`  ${group}（${figures.queries} 条）：${line(figures)}`);
	}
	if (run.misses.length > 0) lines.push(`前三未命中：\n${run.misses.join("\n")}`);
	console.log(lines.join("\n"));
	return all;
}

/** Figures over the cases `picked` selects. */
export function groupFigures(
	cases: readonly RelevanceCase[],
	run: RelevanceRun,
	picked: (entry: RelevanceCase) => boolean,
): RelevanceFigures {
	const indexes = cases.flatMap((entry, index) => (picked(entry) ? [index] : []));
	return relevanceFigures(
		indexes.map((index) => run.ranks[index]),
		indexes.map((index) => run.counts[index] ?? 0),
	);
}
