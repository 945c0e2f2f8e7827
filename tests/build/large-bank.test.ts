import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { select, selectAll } from "hast-util-select";
import { toString as textOf } from "hast-util-to-string";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticCorpus, writeCorpus } from "../../scripts/bench/synthetic-corpus.ts";
import { RESULTS_BATCH_SIZE } from "../../src/lib/list-settings.ts";
import { pageCount } from "../../src/lib/pagination.ts";
import { decodeManifest } from "../../src/practice/compact-manifest.ts";
import type { BankItem } from "../../src/practice/facets.ts";
import { CATEGORIES } from "../../src/schemas/taxonomy.ts";
import { astroBuild } from "../helpers/astro-build.ts";
import { axeViolations } from "../helpers/axe.ts";
import { launchChromium, SCREENSHOTS, type Site, startSite } from "../helpers/browser.ts";
import { listFiles } from "../helpers/files.ts";

// A bank too large to list on one page, made so by low list settings on a small synthetic corpus
// (the site's own limits, 500 questions and 100 a page, behave the same way at 10,000 questions),
// built under the sub-path /kb/.
const ROOT = "tests/.tmp/large-bank";
const SITE_DIR = join(ROOT, "kb");
const QUESTIONS = 300;
const PAGE_SIZE = 20;
const TAGS_PER_PAGE = 10;
const BANK_PAGE_BUDGET = 300 * 1024;

const read = (file: string) => readFileSync(join(SITE_DIR, file), "utf8");
const parsed = new Map<string, Root>();
const tree = (file: string) => {
	let root = parsed.get(file);
	if (!root) {
		root = fromHtml(read(file));
		parsed.set(file, root);
	}
	return root;
};
const exists = (file: string) => files.includes(file);
const rowIds = (file: string) =>
	selectAll("main li[data-question-id]", tree(file)).map((node) => String(node.properties["dataQuestionId"]));
let files: string[] = [];
let bank: BankItem[] = [];

beforeAll(() => {
	rmSync(ROOT, { recursive: true, force: true });
	const content = `./${ROOT}/content`;
	writeCorpus(content, syntheticCorpus(QUESTIONS));
	const { status, output } = astroBuild(SITE_DIR, {
		CONTENT_DIR: content,
		BASE_PATH: "/kb/",
		BANK_FULL_LIST_MAX: "100",
		LIST_PAGE_SIZE: String(PAGE_SIZE),
		TAGS_PER_PAGE: String(TAGS_PER_PAGE),
	});
	if (status !== 0) throw new Error(output);
	files = listFiles(SITE_DIR);
	bank = decodeManifest(JSON.parse(read("bank-manifest.json")), (id) => `/kb/questions/${id}/`);
}, 300_000);

describe("the bank manifest", () => {
	it("holds every question once, in bank order (category, then easiest first)", () => {
		const ids = files.filter((file) => /^questions\/synthetic-question-\d+\/index\.html$/.test(file));
		expect(bank).toHaveLength(QUESTIONS);
		expect(ids).toHaveLength(QUESTIONS);
		expect(new Set(bank.map((item) => `questions/${item.id}/index.html`))).toEqual(new Set(ids));
		const categoryOrder = bank.map((item) => CATEGORIES.findIndex((term) => term.label === item.category));
		expect(categoryOrder).toEqual([...categoryOrder].sort((a, b) => a - b));
	});

	it("is not embedded in any page", () => {
		const embedding = files.filter(
			(file) => file.endsWith(".html") && read(file).includes('id="bank-manifest"'),
		);
		expect(embedding).toEqual([]);
		expect(Buffer.byteLength(read("practice/index.html"))).toBeLessThan(30 * 1024);
	});
});

describe("the bank page of a large bank", () => {
	it(`lists only the first ${RESULTS_BATCH_SIZE} questions and stays under ${BANK_PAGE_BUDGET / 1024} KB`, () => {
		expect(Buffer.byteLength(read("questions/index.html"))).toBeLessThan(BANK_PAGE_BUDGET);
		expect(rowIds("questions/index.html")).toEqual(bank.slice(0, RESULTS_BATCH_SIZE).map((item) => item.id));
		const more = select("[data-results-more]", tree("questions/index.html"));
		expect(textOf(more ?? tree("questions/index.html")).trim()).toBe(
			`显示更多（还有 ${QUESTIONS - RESULTS_BATCH_SIZE} 题）`,
		);
	});

	it("links to the first page of every category, with its count and pages", () => {
		const nav = select('nav[aria-label="题目分类"]', tree("questions/index.html"));
		const links = selectAll("a", nav ?? tree("questions/index.html")).map((node) => ({
			href: node.properties["href"],
			text: textOf(node).replace(/\s+/g, " ").trim(),
		}));
		expect(links).toEqual(
			CATEGORIES.map(({ label, slug }) => {
				const count = bank.filter((item) => item.category === label).length;
				return {
					href: `/kb/questions/${slug}/`,
					text: `${label} ${count} 题 · ${pageCount(count, PAGE_SIZE)} 页`,
				};
			}),
		);
	});
});

describe("category pages", () => {
	it.each(CATEGORIES.map((term) => [term.label, term.slug]))(
		`%s: every question once, in bank order, ${PAGE_SIZE} a page, the pages linked in order`,
		(label, slug) => {
			const expected = bank.filter((item) => item.category === label).map((item) => item.id);
			const last = pageCount(expected.length, PAGE_SIZE);
			expect(last).toBeGreaterThan(1);
			const fileOf = (page: number) => `questions/${slug}/${page > 1 ? `${page}/` : ""}index.html`;
			const listed: string[] = [];
			for (let page = 1; page <= last; page += 1) {
				const ids = rowIds(fileOf(page));
				expect(ids.length).toBe(page < last ? PAGE_SIZE : expected.length - PAGE_SIZE * (last - 1));
				listed.push(...ids);
				const nav = select("nav.pagination", tree(fileOf(page)));
				expect(select('a[aria-current="page"]', nav ?? tree(fileOf(page)))?.properties["href"]).toBe(
					`/kb/questions/${slug}/${page > 1 ? `${page}/` : ""}`,
				);
				const previous = select('a[rel="prev"]', nav ?? tree(fileOf(page)))?.properties["href"];
				const next = select('a[rel="next"]', nav ?? tree(fileOf(page)))?.properties["href"];
				expect(previous).toBe(
					page === 1 ? undefined : `/kb/questions/${slug}/${page > 2 ? `${page - 1}/` : ""}`,
				);
				expect(next).toBe(page === last ? undefined : `/kb/questions/${slug}/${page + 1}/`);
			}
			expect(listed).toEqual(expected);
			expect(exists(fileOf(last + 1))).toBe(false);
			expect(exists(`questions/${slug}/1/index.html`)).toBe(false);
		},
	);

	it("are where a question page's category link leads: the page that lists the question", () => {
		for (const item of [bank[0], bank[PAGE_SIZE], bank.at(-1)] as BankItem[]) {
			const kicker = select(".kicker a[data-pagefind-meta]", tree(`questions/${item.id}/index.html`));
			const href = String(kicker?.properties["href"]);
			const file = `${href.replace(/^\/kb\//, "")}index.html`;
			expect(rowIds(file)).toContain(item.id);
		}
	});
});

describe("tag pages and the tags index", () => {
	// A tag's pages: tags/<slug>/ and tags/<slug>/<n>/ (tags/<n>/ are pages of the index).
	const tagPages = () =>
		files.filter(
			(file) => /^tags\/[a-z0-9-]+\/(\d+\/)?index\.html$/.test(file) && !/^tags\/\d+\//.test(file),
		);

	it("split a much-used tag into pages that list its entries once each", () => {
		const firstPages = tagPages().filter((file) => /^tags\/[a-z0-9-]+\/index\.html$/.test(file));
		const lead = (file: string) => textOf(select("p.lead", tree(file)) ?? tree(file));
		const paged = firstPages.filter((file) => exists(file.replace(/index\.html$/, "2/index.html")));
		expect(paged.length).toBeGreaterThan(0);
		for (const first of paged) {
			const [, articles = 0, questions = 0] = (lead(first).match(/(\d+) 篇文章，(\d+) 道面试题/) ?? []).map(
				Number,
			);
			const last = pageCount(articles + questions, PAGE_SIZE);
			const pages = Array.from({ length: last }, (_, index) =>
				index === 0 ? first : first.replace(/index\.html$/, `${index + 1}/index.html`),
			);
			const entries = pages.flatMap((file) => [
				...selectAll("main article.card h3 a", tree(file)).map((node) => String(node.properties["href"])),
				...rowIds(file),
			]);
			expect(entries).toHaveLength(articles + questions);
			expect(new Set(entries).size).toBe(entries.length);
			expect(exists(first.replace(/index\.html$/, `${last + 1}/index.html`))).toBe(false);
		}
	});

	it("paginate the tags index, every tag on exactly one page", () => {
		const tagCount = new Set(tagPages().map((file) => file.split("/")[1])).size;
		const last = pageCount(tagCount, TAGS_PER_PAGE);
		expect(last).toBeGreaterThan(1);
		const listed = Array.from({ length: last }, (_, index) =>
			selectAll(
				'main ul[aria-label="全部标签"] a',
				tree(`tags/${index > 0 ? `${index + 1}/` : ""}index.html`),
			).map((node) => node.properties["href"]),
		).flat();
		expect(listed).toHaveLength(tagCount);
		expect(new Set(listed).size).toBe(tagCount);
	});
});

describe("the new kinds of page", () => {
	it.each([
		"questions/index.html",
		"questions/training/2/index.html",
		"tags/2/index.html",
		"tags/shi-jian/index.html",
	])("%s is valid HTML", async (file) => {
		const report = await new HtmlValidate(new FileSystemConfigLoader()).validateFile(join(SITE_DIR, file));
		expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([]);
	});
});

describe("links", () => {
	it("stay inside /kb/ and reach a built file", () => {
		const broken: string[] = [];
		for (const file of files.filter((name) => name.endsWith(".html"))) {
			for (const node of selectAll("a[href], link[href], script[src]", tree(file))) {
				const url = String(node.properties["href"] ?? node.properties["src"]).split(/[?#]/)[0] ?? "";
				if (!url.startsWith("/")) continue;
				const target = url.replace(/^\/kb\//, "");
				if (!url.startsWith("/kb/") || !(exists(target) || exists(`${target}index.html`)))
					broken.push(`${file}: ${url}`);
			}
		}
		expect(broken).toEqual([]);
	});
});

describe("in the browser", () => {
	let site: Site;
	let browser: Awaited<ReturnType<typeof launchChromium>>;
	beforeAll(async () => {
		site = await startSite(ROOT, "/kb/");
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});

	async function open(
		path: string,
		options: { width?: number; scheme?: "light" | "dark"; javaScript?: boolean } = {},
	) {
		const context = await browser.newContext({
			viewport: { width: options.width ?? 1280, height: 900 },
			colorScheme: options.scheme ?? "light",
			javaScriptEnabled: options.javaScript ?? true,
		});
		const page = await context.newPage();
		const errors: string[] = [];
		page.on("pageerror", (error) => errors.push(error.message));
		await page.goto(site.url(path));
		return { page, context, errors };
	}
	const total = (page: Page) => page.locator("[data-bank-total]").textContent();
	const shownIds = (page: Page) =>
		page
			.locator("[data-results-list] li")
			.evaluateAll((rows) => rows.map((row) => row.getAttribute("data-question-id")));

	it("shows the first 50 questions without fetching the manifest, then 50 more on 显示更多, with focus on the first new one", async () => {
		const { page, context, errors } = await open("/questions/");
		const network = await context.newCDPSession(page);
		await network.send("Network.enable");
		const manifestFrom: string[] = [];
		network.on("Network.responseReceived", ({ type, response }) => {
			if (type === "Fetch" && response.url.endsWith("/bank-manifest.json"))
				manifestFrom.push(response.fromPrefetchCache || response.fromDiskCache ? "cache" : "network");
		});
		// Script fetches only: the page asks the browser to prefetch the manifest when idle, but reads nothing yet.
		const fetched: string[] = [];
		page.on("request", (request) => {
			if (request.resourceType() === "fetch") fetched.push(new URL(request.url()).pathname);
		});
		expect(await shownIds(page)).toEqual(bank.slice(0, 50).map((item) => item.id));
		await page.waitForLoadState("networkidle");
		expect(fetched).toEqual([]);
		expect(await page.locator('link[rel="prefetch"]').getAttribute("href")).toBe("/kb/bank-manifest.json");
		const more = page.locator("[data-results-more]");
		await more.focus();
		await page.keyboard.press("Enter");
		await expect.poll(() => shownIds(page)).toEqual(bank.slice(0, 100).map((item) => item.id));
		await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(bank[50]?.title);
		expect(await more.textContent()).toBe(`显示更多（还有 ${QUESTIONS - 100} 题）`);
		expect(await page.locator("[data-results-list] li a").nth(50).getAttribute("href")).toBe(
			`/kb/questions/${bank[50]?.id}/`,
		);
		expect(fetched).toContain("/kb/bank-manifest.json");
		// What the browser prefetched when idle served the first 显示更多 (the manifest may be cached for an hour).
		expect(manifestFrom).toEqual(["cache"]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it("filters over the manifest, keeps the filter in the URL and opens the same view from it", async () => {
		const { page, context, errors } = await open("/questions/");
		await page.locator('input[name="category"][value="训练与优化"]').check();
		await page.locator('input[name="difficulty"][value="进阶"]').check();
		await page.locator("[data-tag-options] summary").click();
		const tag =
			bank.find((item) => item.category === "训练与优化" && item.difficulty === "进阶")?.tags[0] ?? "";
		await page.locator(`input[name="tag"][value="${tag}"]`).check();
		const expected = bank.filter(
			(item) => item.category === "训练与优化" && item.difficulty === "进阶" && item.tags.includes(tag),
		);
		expect(expected.length).toBeGreaterThan(0);
		await expect.poll(() => total(page)).toBe(`筛选出 ${expected.length} / ${QUESTIONS} 题`);
		expect(await shownIds(page)).toEqual(expected.map((item) => item.id));
		expect(await page.locator("[data-results-more]").isVisible()).toBe(false);
		const url = new URL(page.url());
		expect(url.searchParams.getAll("tag")).toEqual([tag]);

		const shared = await context.newPage();
		await shared.goto(page.url());
		await expect.poll(() => total(shared)).toBe(`筛选出 ${expected.length} / ${QUESTIONS} 题`);
		expect(await shared.locator('input[name="category"][value="训练与优化"]').isChecked()).toBe(true);
		expect(await shared.locator("[data-selected-tags]").textContent()).toBe(`已选：${tag}`);
		// Changing another group keeps the tag, although its box has not been made yet.
		await shared.locator('input[name="difficulty"][value="进阶"]').uncheck();
		await expect.poll(() => new URL(shared.url()).searchParams.getAll("tag")).toEqual([tag]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it("narrows to the reader's starred questions over the manifest, with their count and ★ on the rows it draws", async () => {
		const starred = [bank[3], bank[120]].map((item) => item?.id ?? "");
		const { page, context, errors } = await open("/questions/");
		await page.evaluate((ids) => {
			const stars = Object.fromEntries(ids.map((id) => [id, 1]));
			localStorage.setItem(
				"practice-progress",
				JSON.stringify({ version: 1, questions: {}, log: {}, stars, notes: {} }),
			);
		}, starred);
		await page.goto(site.url("/questions/?starred=1"));
		await expect.poll(() => total(page)).toBe(`筛选出 2 / ${QUESTIONS} 题`);
		expect(await shownIds(page)).toEqual(starred);
		expect(await page.locator("[data-starred-count]").textContent()).toBe("2");
		expect(await page.locator("[data-results-list] [data-star-of]:not(:empty)").count()).toBe(2);
		expect(await page.locator("[data-results-list] [data-star-of]").first().textContent()).toBe("★已收藏");
		// A category page marks the starred question in its list too.
		await page.goto(site.url(`/questions/${bank[3]?.id}/`));
		await page.locator(`a[data-pagefind-meta="category"]`).click();
		await expect.poll(() => page.locator(`[data-star-of="${bank[3]?.id}"]`).textContent()).toBe("★已收藏");
		expect(errors).toEqual([]);
		await context.close();
	});

	it("tells the reader when the manifest cannot be loaded or read, and shows the page's questions again", async () => {
		const filtered = `/questions/?category=${encodeURIComponent("训练与优化")}`;
		for (const [body, status, message] of [
			["", 500, "题库数据下载失败（HTTP 500），请稍后刷新页面"],
			['{"v":1,"c":[]', 200, "题库数据不是有效的 JSON（可能没有下载完整），请刷新页面"],
			['{"v":9}', 200, "题库数据的版本是 9，这个页面只能读版本 1"],
		] as const) {
			const context = await browser.newContext();
			await context.route("**/bank-manifest.json", (route) => route.fulfill({ status, body }));
			const page = await context.newPage();
			await page.goto(site.url(filtered));
			await expect.poll(() => page.locator("[data-progress-notice]").textContent()).toBe(message);
			expect(await total(page)).toBe("题目加载失败");
			expect(await page.locator("[data-results-list] li:visible").count()).toBe(RESULTS_BATCH_SIZE);
			await page.goto(site.url("/practice/"));
			await expect.poll(() => page.locator("[data-practice-notice]").textContent()).toBe(message);
			await context.close();
		}
	});

	it("hides the whole bank while a filter from the URL waits for the manifest", async () => {
		const context = await browser.newContext();
		let release = () => {};
		const held = new Promise<void>((done) => {
			release = done;
		});
		await context.route("**/bank-manifest.json", async (route) => {
			await held;
			await route.continue();
		});
		const page = await context.newPage();
		await page.goto(site.url(`/questions/?category=${encodeURIComponent("训练与优化")}`));
		expect(await page.locator("[data-results-list]").isVisible()).toBe(false);
		expect(await page.locator("[data-results-status]").textContent()).toBe("正在加载题目…");
		expect(await total(page)).toBe("正在加载题库…");
		release();
		const expected = bank.filter((item) => item.category === "训练与优化").slice(0, RESULTS_BATCH_SIZE);
		await expect.poll(() => shownIds(page)).toEqual(expected.map((item) => item.id));
		expect(await page.locator("[data-results-list]").isVisible()).toBe(true);
		expect(await page.locator("[data-results-status]").textContent()).toBe("");
		await context.close();
	});

	it("browses every category page by page without JavaScript", async () => {
		const { page, context } = await open("/questions/", { javaScript: false });
		expect(await page.locator("[data-bank-results]").isVisible()).toBe(false);
		await page.getByRole("link", { name: /^训练与优化/ }).click();
		await page.waitForURL("**/kb/questions/training/");
		await page.getByRole("link", { name: "下一页 →" }).click();
		await page.waitForURL("**/kb/questions/training/2/");
		expect(await page.locator("main li[data-question-id]").count()).toBe(PAGE_SIZE);
		await context.close();
	});

	it.each([
		["/questions/", "light"],
		["/questions/", "dark"],
		["/questions/training/2/", "light"],
		["/questions/training/2/", "dark"],
		["/tags/2/", "dark"],
	] as const)("%s (%s) has no axe violations", async (path, scheme) => {
		const { page, context } = await open(path, { scheme });
		if (path === "/questions/") {
			await page.locator('input[name="category"][value="训练与优化"]').check();
			await page.locator("[data-results-list] li").first().waitFor();
		}
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	it.for(
		[360, 1280].flatMap((width) => (["light", "dark"] as const).map((scheme) => [width, scheme] as const)),
	)("screenshots the large bank and a category page at %i px, %s", async ([width, scheme]) => {
		const { page, context } = await open("/questions/", { width, scheme });
		await page.locator("[data-results-list] li").first().waitFor();
		const bankShot = await page.screenshot({ path: `${SCREENSHOTS}/large-bank-${width}-${scheme}.png` });
		await page.goto(site.url("/questions/training/2/"));
		const categoryShot = await page.screenshot({
			path: `${SCREENSHOTS}/category-page-${width}-${scheme}.png`,
			fullPage: true,
		});
		expect(bankShot.byteLength).toBeGreaterThan(10_000);
		expect(categoryShot.byteLength).toBeGreaterThan(10_000);
		await context.close();
	});
});
