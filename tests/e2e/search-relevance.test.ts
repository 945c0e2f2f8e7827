import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useBrowserSession } from "../helpers/browser.ts";

interface Case {
	query: string;
	/** `questions/<id>` or `articles/<id>`: the page that must be among the first three results. */
	expect: string;
}

const CASES = JSON.parse(readFileSync("tests/fixtures/search-relevance.json", "utf8")) as Case[];
const MIN_RECALL = 0.9;

const session = useBrowserSession();

describe("search relevance on the real Pagefind index", () => {
	it(`finds the expected page in the top 3 for at least ${MIN_RECALL * 100}% of ${CASES.length} queries`, async () => {
		expect(CASES.length).toBeGreaterThanOrEqual(40);
		const page = await session.browser.newPage();
		await page.goto(session.site.url("/search/"));
		// A string, not a function: the test runner would rewrite `import()` inside a function.
		const script = `(async () => {
			const pagefind = await import(${JSON.stringify(`${session.site.base}pagefind/pagefind.js`)});
			await pagefind.options({ baseUrl: ${JSON.stringify(session.site.base)} });
			const found = [];
			for (const query of ${JSON.stringify(CASES.map((entry) => entry.query))}) {
				const { results } = await pagefind.search(query);
				found.push(await Promise.all(results.slice(0, 3).map(async (result) => (await result.data()).url)));
			}
			return found;
		})()`;
		const tops = (await page.evaluate(script)) as string[][];
		const misses = CASES.filter(
			(entry, index) => !tops[index]?.includes(session.site.path(`/${entry.expect}/`)),
		).map(
			(entry) =>
				`${entry.query} → ${entry.expect}（前三：${tops[CASES.indexOf(entry)]?.join("、") || "无"}）`,
		);
		const recall = (CASES.length - misses.length) / CASES.length;
		console.log(
			`搜索相关性：recall@3 = ${(recall * 100).toFixed(1)}%（${CASES.length - misses.length}/${CASES.length}）`,
		);
		for (const miss of misses) console.log(`  未命中：${miss}`);
		expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
		await page.close();
	});
});
