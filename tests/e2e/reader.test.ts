import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../helpers/axe.ts";
import { SCREENSHOTS, useBrowserSession } from "../helpers/browser.ts";
import { CONTENT_DIR, entryIds } from "../helpers/content.ts";

const session = useBrowserSession();

async function open(path: string, options: { width?: number; scheme?: "light" | "dark" } = {}) {
	const context: BrowserContext = await session.browser.newContext({
		viewport: { width: options.width ?? 1280, height: 900 },
		colorScheme: options.scheme ?? "light",
	});
	const page: Page = await context.newPage();
	const errors: string[] = [];
	page.on("pageerror", (error) => errors.push(error.message));
	page.on("console", (message) => {
		if (message.type() === "error") errors.push(message.text());
	});
	await page.goto(session.site.url(path));
	return { page, context, errors };
}

const article = entryIds("articles")[0] ?? "";
const articleWithWideFormula = "finance-llm-risk-control";

describe("reading an article", () => {
	it("shows the title, formulas, highlighted code and a diagram, with no console errors", async () => {
		const { page, context, errors } = await open(`/articles/${article}/`);
		await expect(page.locator("h1").textContent()).resolves.toBeTruthy();
		expect(await page.locator(".katex-display").count()).toBeGreaterThan(0);
		// KaTeX's own font is loaded from dist/, not a fallback.
		await page.evaluate(() => document.fonts.ready);
		expect(await page.evaluate(() => document.fonts.check("16px KaTeX_Main"))).toBe(true);
		expect(await page.locator("figure.code pre.astro-code").count()).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await context.close();
	});

	it("copies a code block with its button", async () => {
		const { page, context } = await open(`/articles/${article}/`);
		await context.grantPermissions(["clipboard-read", "clipboard-write"]);
		const figure = page.locator("figure.code").first();
		await figure.locator("button.code-copy").click();
		await expect.poll(() => figure.locator("button.code-copy").textContent()).toBe("已复制");
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(((await figure.locator("pre").textContent()) ?? "").replace(/\n$/, ""));
		expect(copied.length).toBeGreaterThan(10);
		await context.close();
	});

	it("keeps a 360 px page from scrolling sideways: wide formulas scroll in their own box", async () => {
		const { page, context } = await open(`/articles/${articleWithWideFormula}/`, { width: 360 });
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBe(0);
		const scrollers = await page
			.locator(".katex-display")
			.evaluateAll((nodes) => nodes.filter((node) => node.scrollWidth > node.clientWidth + 1).length);
		expect(scrollers).toBeGreaterThan(0);
		await page.screenshot({ path: `${SCREENSHOTS}/article-360-light.png`, fullPage: false });
		await context.close();
	});
});

describe("theme", () => {
	/** Records the theme and background at the first animation frame, i.e. before the first paint. */
	const recordFirstFrame = () => {
		requestAnimationFrame(() => {
			const root = document.documentElement;
			(window as unknown as { firstFrame: unknown }).firstFrame = {
				theme: root.dataset["theme"] ?? null,
				background: getComputedStyle(document.body).backgroundColor,
			};
		});
	};

	it("switches to dark, keeps the choice across a reload and paints dark from the first frame", async () => {
		const { page, context } = await open(`/articles/${article}/`, { scheme: "light" });
		const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(await background()).toBe("rgb(255, 255, 255)");
		await page.locator("[data-theme-toggle]").click();
		expect(await page.evaluate(() => document.documentElement.dataset["theme"])).toBe("dark");
		expect(await background()).toBe("rgb(15, 20, 26)");

		await page.addInitScript(recordFirstFrame);
		await page.reload();
		await page.waitForFunction(() => "firstFrame" in window);
		expect(await page.evaluate(() => (window as unknown as { firstFrame: unknown }).firstFrame)).toEqual({
			theme: "dark",
			background: "rgb(15, 20, 26)",
		});
		expect(await page.locator("[data-theme-toggle]").getAttribute("aria-pressed")).toBe("true");
		await page.screenshot({ path: `${SCREENSHOTS}/article-1280-dark.png` });
		await context.close();
	});

	it("follows a dark system setting when the reader has not chosen", async () => {
		const { page, context } = await open("/", { scheme: "dark" });
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
			"rgb(15, 20, 26)",
		);
		expect(await page.evaluate(() => document.documentElement.dataset["theme"] ?? null)).toBeNull();
		await context.close();
	});
});

describe("search", () => {
	// A word from the middle of a sentence in one question's answer, and nowhere else in the content.
	const word = "拣货";
	const target = "logistics-warehouse-slotting";

	it("uses a word found only inside the target question's answer", () => {
		const holders = [
			...entryIds("articles").map((id) => `articles/${id}`),
			...entryIds("questions").map((id) => `questions/${id}`),
		].filter((path) => readFileSync(`${CONTENT_DIR}/${path}.md`, "utf8").includes(word));
		expect(holders).toEqual([`questions/${target}`]);
		const answer =
			readFileSync(`${CONTENT_DIR}/questions/${target}.md`, "utf8").split("## 答案")[1]?.split("\n## ")[0] ??
			"";
		expect(answer).toMatch(new RegExp(`[\\u4e00-\\u9fff]${word}[\\u4e00-\\u9fff]`));
	});

	it("opens with Ctrl-K, finds the question by a word inside a sentence and opens it by keyboard alone", async () => {
		const { page, context, errors } = await open("/articles/");
		await page.keyboard.press("Control+k");
		const input = page.locator("#site-search-input");
		await expect(input.evaluate((node) => node === document.activeElement)).resolves.toBe(true);
		await page.keyboard.type(word);
		const options = page.locator("#site-search-results [role=option]");
		await options.first().waitFor();
		expect(await options.count()).toBe(1);
		await page.keyboard.press("ArrowDown");
		expect(await options.first().getAttribute("aria-selected")).toBe("true");
		expect(await input.getAttribute("aria-activedescendant")).toBe(await options.first().getAttribute("id"));
		await page.screenshot({ path: `${SCREENSHOTS}/search-dialog-1280-light.png` });
		await Promise.all([page.waitForURL(`**/questions/${target}/`), page.keyboard.press("Enter")]);
		const title = /^title: (.+)$/m.exec(readFileSync(`${CONTENT_DIR}/questions/${target}.md`, "utf8"))?.[1];
		await expect(page.locator("h1").textContent()).resolves.toBe(title);
		expect(errors).toEqual([]);
		await context.close();
	});

	it("closes with Escape and gives focus back", async () => {
		const { page, context } = await open("/");
		await page.locator("[data-search-open]").click();
		expect(
			await page.locator("[data-search-dialog]").evaluate((node) => (node as HTMLDialogElement).open),
		).toBe(true);
		await page.keyboard.press("Escape");
		expect(
			await page.locator("[data-search-dialog]").evaluate((node) => (node as HTMLDialogElement).open),
		).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-search-open"))).toBe(true);
		await context.close();
	});

	it("filters by type on the search page with the keyboard, and keeps query and filters in the URL", async () => {
		const { page, context } = await open("/search/?q=合规");
		const options = page.locator("#search-page-results [role=option]");
		await options.first().waitFor();
		const kinds = () => page.locator("#search-page-results .hit-kind").allTextContents();
		expect((await kinds()).some((kind) => kind.startsWith("文章"))).toBe(true);

		// Tab from the search field, past the search button, to the filter 类型：面试题, and tick it.
		await page.locator("#search-page-input").focus();
		for (let step = 0; step < 5; step += 1) {
			await page.keyboard.press("Tab");
			if ((await page.evaluate(() => (document.activeElement as HTMLInputElement).value)) === "面试题") break;
		}
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe("面试题");
		await page.keyboard.press("Space");
		await page.waitForFunction(() =>
			[...document.querySelectorAll("#search-page-results .hit-kind")].every((node) =>
				node.textContent?.startsWith("面试题"),
			),
		);
		expect((await kinds()).length).toBeGreaterThan(0);
		expect(new URL(page.url()).searchParams.getAll("type")).toEqual(["面试题"]);
		expect(new URL(page.url()).searchParams.get("q")).toBe("合规");
		await context.close();
	});
});

describe("accessibility", () => {
	const question = entryIds("questions")[0] ?? "";

	// Every page type, in both themes.
	const pageTypes = [
		"/",
		"/articles/",
		`/articles/${article}/`,
		"/questions/",
		"/questions/training/",
		`/questions/${question}/`,
		"/tags/",
		"/tags/feng-kong/",
		"/search/?q=模型",
		"/no-such-page/",
	];
	it.each(pageTypes.flatMap((path) => (["light", "dark"] as const).map((scheme) => [path, scheme] as const)))(
		"%s (%s) has no axe violations",
		async (path, scheme) => {
			const { page, context } = await open(path, { scheme });
			const violations = await axeViolations(page);
			expect(violations).toEqual([]);
			await context.close();
		},
	);

	it("has a skip link that is the first thing a keyboard reaches", async () => {
		const { page, context } = await open(`/questions/${question}/`);
		await page.keyboard.press("Tab");
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("跳到正文");
		await page.keyboard.press("Enter");
		expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
		await context.close();
	});
});

describe("screenshots for review", () => {
	const pages = [
		["article", `/articles/${articleWithWideFormula}/`],
		["question", `/questions/${entryIds("questions")[0]}/`],
	] as const;
	it.each(
		pages.flatMap(([name, path]) =>
			[360, 1280].flatMap((width) =>
				(["light", "dark"] as const).map((scheme) => [name, path, width, scheme] as const),
			),
		),
	)("%s (%s) at %i px, %s", async (name, path, width, scheme) => {
		const { page, context } = await open(path, { width, scheme });
		const file = `${SCREENSHOTS}/${name}-${width}-${scheme}.png`;
		const image = await page.screenshot({ path: file });
		expect(image.byteLength).toBeGreaterThan(10_000);
		await context.close();
	});
});

describe("search without an index", () => {
	it("says the index could not be loaded instead of failing silently", async () => {
		// Requests a service worker makes are out of the page's routes' reach: no worker here.
		const context = await session.browser.newContext({ serviceWorkers: "block" });
		const page = await context.newPage();
		await page.route("**/pagefind/**", (route) => route.abort());
		await page.goto(session.site.url("/"));
		await page.keyboard.press("Control+k");
		await page.keyboard.type("模型");
		const status = page.locator("[data-search-dialog] [data-search-status]");
		await expect.poll(() => status.textContent()).toContain("搜索索引无法加载");
		await context.close();
	});
});
