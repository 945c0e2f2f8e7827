import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../helpers/axe.ts";
import { SCREENSHOTS, useBrowserSession } from "../helpers/browser.ts";

const session = useBrowserSession();

/** Types a query into the search page and waits until its results are on screen. */
async function searchFor(page: Page, query: string) {
	await page.locator("#search-page-input").fill(query);
	await page.waitForFunction((typed) => new URLSearchParams(location.search).get("q") === typed, query);
	const status = page.locator("main [data-search-status]");
	return {
		state: await status.getAttribute("data-state"),
		text: (await status.textContent()) ?? "",
		urls: await page
			.locator("#search-page-results a[role=option]")
			.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)),
	};
}

/** The search page in a fresh 1280 px browser context with the given colour scheme. */
async function openSearchPage(scheme: "light" | "dark") {
	const context = await session.browser.newContext({
		viewport: { width: 1280, height: 900 },
		colorScheme: scheme,
	});
	const page = await context.newPage();
	await page.goto(session.site.url("/search/"));
	return { context, page };
}

/** Screenshots at 1280 px and at a phone's 360 px. */
async function screenshots(page: Page, name: string) {
	await page.screenshot({ path: `${SCREENSHOTS}/${name}-1280.png` });
	await page.setViewportSize({ width: 360, height: 800 });
	await page.screenshot({ path: `${SCREENSHOTS}/${name}-360.png` });
	await page.setViewportSize({ width: 1280, height: 900 });
}

describe.each(["light", "dark"] as const)("what a reader sees when a search is not exact (%s)", (scheme) => {
	it("a question no page answers word for word: related pages, said so, with tags to try", async () => {
		const { context, page } = await openSearchPage(scheme);
		const result = await searchFor(page, "大模型会取代程序员吗");
		expect(result.state).toBe("relaxed");
		expect(result.text).toContain("没有完全匹配的结果，以下是相关内容");
		expect(result.urls.slice(0, 3)).toContain(session.site.path("/articles/jobs-skills-llm-era/"));
		// Each hit says what it is: a question shows its category and difficulty.
		const kinds = await page.locator("#search-page-results .hit-kind").allTextContents();
		expect(kinds.some((kind) => /^面试题 · .+ · (入门|进阶|高级)$/.test(kind))).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
		await screenshots(page, `search-relaxed-${scheme}`);
		await context.close();
	});

	it("a query nothing matches: no dead end, but popular questions to open", async () => {
		const { context, page } = await openSearchPage(scheme);
		const result = await searchFor(page, "矿山");
		expect(result.state).toBe("empty");
		expect(result.urls).toEqual([]);
		const suggestions = page.locator("main [data-search-suggestions]");
		await expect(suggestions.isVisible()).resolves.toBe(true);
		const links = await suggestions
			.locator(".suggested-questions a")
			.evaluateAll((anchors) =>
				anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname),
			);
		expect(links.length).toBeGreaterThan(0);
		expect(links.every((link) => link.startsWith(session.site.path("/questions/")))).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
		await screenshots(page, `search-empty-${scheme}`);
		// A new query that finds pages clears the suggestions.
		await searchFor(page, "KV 缓存");
		await expect(suggestions.isHidden()).resolves.toBe(true);
		await context.close();
	});
});

describe("excerpts", () => {
	it("mark every place of the query's words, also of a word on most pages (its index keeps one place a page)", async () => {
		const { context, page } = await openSearchPage("light");
		// 模型 is on nearly every page of the site, so the index keeps only its first place on each.
		const result = await searchFor(page, "大模型幻觉");
		expect(result.urls.length).toBeGreaterThan(3);
		const excerpts = await page.locator("#search-page-results .hit-excerpt").evaluateAll((nodes) =>
			nodes.map((node) => ({
				marked: [...node.querySelectorAll("mark")].map((mark) => mark.textContent ?? ""),
				plain: [...node.childNodes]
					.filter((child) => child.nodeType === Node.TEXT_NODE)
					.map((child) => child.textContent ?? "")
					.join("|"),
			})),
		);
		expect(excerpts.some(({ marked }) => marked.some((text) => text.includes("模型")))).toBe(true);
		for (const { plain } of excerpts) {
			expect(plain).not.toContain("模型");
			expect(plain).not.toContain("幻觉");
		}
		await context.close();
	});
});

describe("the same understanding in the header's search dialog", () => {
	it("finds the hallucination question from a colloquial phrase, with traditional characters", async () => {
		const page = await session.browser.newPage();
		await page.goto(session.site.url("/"));
		await page.keyboard.press("Control+k");
		const input = page.locator("#site-search-input");
		await input.fill("模型一本正經地編造事實");
		const first = page.locator("#site-search-results a[role=option]").first();
		await first.waitFor();
		const top = await page
			.locator("#site-search-results a[role=option]")
			.evaluateAll((links) =>
				links.slice(0, 3).map((link) => new URL((link as HTMLAnchorElement).href).pathname),
			);
		expect(top.some((path) => path.includes("/questions/hallucination-"))).toBe(true);
		await page.close();
	});

	it("never shows a question's aliases on its page", async () => {
		const page = await session.browser.newPage();
		await page.goto(session.site.url("/questions/kv-cache/"));
		const hidden = page.locator("[data-pagefind-weight='10'][hidden]");
		expect(await hidden.count()).toBe(1);
		await expect(hidden.isVisible()).resolves.toBe(false);
		// biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point; textContent includes hidden nodes
		expect(await page.locator("main").innerText()).not.toContain("KV cache 原理");
		await page.close();
	});
});
