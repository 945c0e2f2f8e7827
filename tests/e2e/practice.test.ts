import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { BankItem } from "../../src/practice/facets.ts";
import { axeViolations } from "../helpers/axe.ts";
import { bankOfSite } from "../helpers/bank-manifest.ts";
import { SCREENSHOTS, useBrowserSession } from "../helpers/browser.ts";

const session = useBrowserSession();

const TRAINING = "训练与优化";
const INTERMEDIATE = "进阶";

async function open(
	path: string,
	options: { context?: BrowserContext; width?: number; scheme?: "light" | "dark" } = {},
) {
	const context =
		options.context ??
		(await session.browser.newContext({
			viewport: { width: options.width ?? 1280, height: 900 },
			colorScheme: options.scheme ?? "light",
			acceptDownloads: true,
		}));
	const page = await context.newPage();
	const errors: string[] = [];
	page.on("pageerror", (error) => errors.push(error.message));
	await page.goto(session.site.url(path));
	if (path.startsWith("/practice/")) await practiceReady(page);
	return { page, context, errors };
}

/** The practice page has its questions (it reads the bank manifest after loading) and says how many. */
const practiceReady = (page: Page) =>
	expect.poll(() => page.locator("[data-practice-scope]").textContent()).toMatch(/共 \d+ 题/);

/** The bank as the page's scripts read it. */
const manifest = (page: Page): Promise<BankItem[]> => bankOfSite(page, session.site.base);
const stored = (page: Page) =>
	page.evaluate(
		() =>
			JSON.parse(localStorage.getItem("practice-progress") ?? "null") as {
				questions: Record<string, { grade: string }>;
			} | null,
	);

/** A filter checkbox of the bank page. */
const facet = (page: Page, name: string, value: string) =>
	page.locator(`input[name="${name}"][value="${value}"]`);

/** Presses Tab until the element matching `selector` has focus (keyboard only). */
async function tabTo(page: Page, selector: string) {
	for (let step = 0; step < 60; step += 1) {
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
		await page.keyboard.press("Tab");
	}
	throw new Error(`Tab never reached ${selector}`);
}

describe("browsing and filtering the bank", () => {
	it("combines two facets, shows live counts and keeps the filter in the URL", async () => {
		const { page, context, errors } = await open("/questions/");
		const items = await manifest(page);
		await facet(page, "category", TRAINING).check();
		await facet(page, "difficulty", INTERMEDIATE).check();
		const expected = items.filter((item) => item.category === TRAINING && item.difficulty === INTERMEDIATE);
		expect(expected.length).toBeGreaterThan(0);
		await expect
			.poll(() => page.locator("[data-bank-total]").textContent())
			.toBe(`筛选出 ${expected.length} / ${items.length} 题`);
		const visible = await page
			.locator("li[data-question-id]:visible")
			.evaluateAll((rows) => rows.map((row) => row.getAttribute("data-question-id")));
		expect(visible.sort()).toEqual(expected.map((item) => item.id).sort());
		// The count beside 入门 says how many training questions are 入门 (the other facet applied).
		const beginners = items.filter((item) => item.category === TRAINING && item.difficulty === "入门").length;
		expect(await page.locator('[data-count-for="difficulty:入门"]').textContent()).toBe(String(beginners));
		const url = new URL(page.url());
		expect(url.searchParams.getAll("category")).toEqual([TRAINING]);
		expect(url.searchParams.getAll("difficulty")).toEqual([INTERMEDIATE]);
		expect(await page.locator("[data-practice-link]").getAttribute("href")).toBe(
			`${session.site.path("/practice/")}${url.search}`,
		);

		// The shared URL opens the same view.
		const shared = await context.newPage();
		await shared.goto(page.url());
		await expect
			.poll(() => shared.locator("[data-bank-total]").textContent())
			.toBe(`筛选出 ${expected.length} / ${items.length} 题`);
		expect(errors).toEqual([]);
		await context.close();
	});

	it("is the full grouped list without JavaScript", async () => {
		const context = await session.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(session.site.url("/questions/?category=%E8%AE%AD%E7%BB%83%E4%B8%8E%E4%BC%98%E5%8C%96"));
		const rows = await page.locator("li[data-question-id]").count();
		expect(await page.locator("li[data-question-id]:visible").count()).toBe(rows);
		expect(await page.locator("[data-bank-tools]").isVisible()).toBe(false);
		await context.close();
	});

	it("prints the filtered questions with their answers", async () => {
		const context = await session.browser.newContext();
		await context.addInitScript(() => {
			window.print = () => document.body.setAttribute("data-printed", "");
		});
		const page = await context.newPage();
		await page.goto(
			session.site.url(
				`/questions/?category=${encodeURIComponent(TRAINING)}&difficulty=${encodeURIComponent(INTERMEDIATE)}`,
			),
		);
		await expect
			.poll(() => page.locator("[data-bank-total]").textContent())
			.toMatch(/^筛选出 \d+ \/ \d+ 题$/);
		const count = await page.locator("li[data-question-id]:visible").count();
		await page.locator("[data-print-bank]").click();
		await page.waitForSelector("body[data-printed]", { state: "attached" });
		expect(await page.locator("[data-print-area] .print-question").count()).toBe(count);
		expect(
			await page
				.locator("[data-print-area] .print-question .katex, [data-print-area] .print-question pre")
				.count(),
		).toBeGreaterThan(0);
		await page.emulateMedia({ media: "print" });
		expect(await page.locator("[data-print-area]").isVisible()).toBe(true);
		expect(await page.locator("section.category").first().isVisible()).toBe(false);
		expect(await page.locator("header.site-header").isVisible()).toBe(false);
		await context.close();
	});
});

describe("practice mode", () => {
	it("practises three questions with the keyboard only, keeps the progress over a reload, and exports and imports it", async () => {
		const { page, context, errors } = await open(`/practice/?category=${encodeURIComponent(TRAINING)}`);
		await tabTo(page, "[data-practice-start]");
		await page.keyboard.press("Enter");
		const titles: string[] = [];
		for (const grade of ["1", "3", "2"]) {
			titles.push((await page.locator("[data-practice-title]").textContent()) ?? "");
			expect(await page.locator("[data-practice-answer]").isVisible()).toBe(false);
			await page.keyboard.press(" ");
			expect(await page.locator("[data-practice-answer]").isVisible()).toBe(true);
			await page.locator("[data-practice-answer-body] h2").first().waitFor();
			await page.keyboard.press(grade);
		}
		expect(new Set(titles).size).toBe(3);
		const progress = await stored(page);
		expect(Object.values(progress?.questions ?? {}).map((entry) => entry.grade)).toEqual([
			"know",
			"unknown",
			"fuzzy",
		]);
		await page.screenshot({ path: `${SCREENSHOTS}/practice-card-1280-light.png` });

		// Reload: the bank shows each grade and the category's mastered count.
		// (The mastered counts need the bank manifest, which the page fetches because progress is stored.)
		await page.goto(session.site.url("/questions/"));
		await expect
			.poll(() => page.locator(`[data-mastered-in="${TRAINING}"]`).textContent())
			.toMatch(/^已掌握 1\/\d+$/);
		expect(await page.locator("[data-grade-of]:not(:empty)").allTextContents()).toEqual(
			expect.arrayContaining(["会", "不会", "模糊"]),
		);

		// The review queue: 不会 is due again at once and comes first; new questions follow; 模糊 (due
		// tomorrow) and 会 (due in three days) wait at the end, 模糊 first.
		await page.goto(session.site.url(`/practice/?category=${encodeURIComponent(TRAINING)}`));
		await practiceReady(page);
		await page.locator("[data-practice-start]").click();
		expect(await page.locator("[data-practice-title]").textContent()).toBe(titles[1]);
		const total = Number(
			(await page.locator("[data-practice-position]").textContent())?.match(/\/ (\d+)/)?.[1],
		);
		for (let step = 0; step < total - 2; step += 1) await page.keyboard.press("ArrowRight");
		expect(await page.locator("[data-practice-title]").textContent()).toBe(titles[2]);
		await page.keyboard.press("ArrowRight");
		expect(await page.locator("[data-practice-title]").textContent()).toBe(titles[0]);

		// Export, then import into a fresh browser profile.
		const [download] = await Promise.all([
			page.waitForEvent("download"),
			page.locator("[data-progress-export]").click(),
		]);
		const file = await download.path();
		expect(download.suggestedFilename()).toMatch(/^practice-progress-\d{4}-\d{2}-\d{2}\.json$/);
		const fresh = await open("/practice/");
		expect(await stored(fresh.page)).toBeNull();
		await fresh.page.locator("[data-progress-import]").setInputFiles(file);
		await expect
			.poll(() => fresh.page.locator("[data-practice-notice]").textContent())
			.toBe("已导入 3 道题的记录。");
		expect(await stored(fresh.page)).toEqual(JSON.parse(readFileSync(file, "utf8")));
		expect(errors).toEqual([]);
		await fresh.context.close();
		await context.close();
	});

	it("ends a round with a summary", async () => {
		const { page, context } = await open(
			`/practice/?category=${encodeURIComponent(TRAINING)}&difficulty=${encodeURIComponent("高级")}`,
		);
		await page.locator("[data-practice-start]").click();
		const total = Number(
			(await page.locator("[data-practice-position]").textContent())?.match(/\/ (\d+)/)?.[1],
		);
		for (let index = 0; index < total; index += 1) {
			await page.keyboard.press(" ");
			await page.keyboard.press(index === 0 ? "3" : "1");
		}
		expect(await page.locator("[data-practice-summary]").isVisible()).toBe(true);
		expect(await page.locator("[data-summary-counts]").textContent()).toBe(
			`本轮评了 ${total} 题：会 ${total - 1} · 模糊 0 · 不会 1。`,
		);
		expect(await page.locator("[data-summary-review] li").count()).toBe(1);
		await context.close();
	});
});

describe("bad stored progress and bad import files", () => {
	it("keeps the page working and the valid entries when stored progress is damaged", async () => {
		const context = await session.browser.newContext();
		await context.addInitScript(() => {
			if (sessionStorage.getItem("seeded")) return;
			sessionStorage.setItem("seeded", "1");
			localStorage.setItem(
				"practice-progress",
				JSON.stringify({
					version: 1,
					questions: { "kv-cache": { box: 3, grade: "know", reviews: 1, last: 1 }, broken: { box: "x" } },
				}),
			);
		});
		const { page, errors } = await open("/questions/", { context });
		expect(await page.locator("[data-progress-notice]").textContent()).toBe(
			"保存的练习进度中有 1 条已损坏，已跳过，其余进度保留。",
		);
		expect(await page.locator('[data-grade-of="kv-cache"]').first().textContent()).toBe("会");
		await facet(page, "category", TRAINING).check();
		await expect
			.poll(() => page.locator("[data-bank-total]").textContent())
			.toMatch(/^筛选出 \d+ \/ \d+ 题$/);
		const backups = await page.evaluate(() =>
			Object.keys(localStorage).filter((key) => key.startsWith("practice-progress-backup-")),
		);
		expect(backups).toHaveLength(1);
		expect(errors).toEqual([]);
		await context.close();
	});

	it("tells the reader when stored progress is not readable at all", async () => {
		const context = await session.browser.newContext();
		await context.addInitScript(() => localStorage.setItem("practice-progress", "{not json"));
		const { page, errors } = await open("/practice/", { context });
		expect(await page.locator("[data-practice-notice]").textContent()).toBe(
			"保存的练习进度无法读取（不是有效的 JSON），已另存一份备份并从头开始记录。",
		);
		await page.locator("[data-practice-start]").click();
		expect(await page.locator("[data-practice-card]").isVisible()).toBe(true);
		expect(errors).toEqual([]);
		await context.close();
	});

	it("refuses a bad import file and keeps the current progress", async () => {
		const context = await session.browser.newContext();
		await context.addInitScript(() => {
			localStorage.setItem(
				"practice-progress",
				JSON.stringify({
					version: 1,
					questions: { "kv-cache": { box: 2, grade: "fuzzy", reviews: 1, last: 5 } },
				}),
			);
		});
		const { page } = await open("/practice/", { context });
		await page.locator("[data-progress-import]").setInputFiles({
			name: "notes.json",
			mimeType: "application/json",
			buffer: Buffer.from('{"hello": "world"}'),
		});
		await expect
			.poll(() => page.locator("[data-practice-notice]").textContent())
			.toBe("无法导入「notes.json」：不是练习进度数据。现有进度没有改变。");
		expect(await stored(page)).toEqual({
			version: 1,
			questions: { "kv-cache": { box: 2, grade: "fuzzy", reviews: 1, last: 5 } },
		});
		await context.close();
	});
});

describe("question pages join in", () => {
	it("hides the answer for self-testing, reveals it with Space and grades with 2", async () => {
		const { page, context } = await open("/questions/kv-cache/");
		await page.getByLabel("自测：先隐藏答案").check();
		expect(await page.locator("[data-answer]").isVisible()).toBe(false);
		await page.reload();
		expect(await page.locator("[data-answer]").isVisible()).toBe(false);
		await page.keyboard.press(" ");
		expect(await page.locator("[data-answer]").isVisible()).toBe(true);
		await page.keyboard.press("2");
		expect(await page.locator('[data-practice-bar] [data-grade="fuzzy"]').getAttribute("aria-pressed")).toBe(
			"true",
		);
		expect(await page.locator("[data-grade-status]").textContent()).toBe("上次：模糊（今天）");
		expect((await stored(page))?.questions["kv-cache"]?.grade).toBe("fuzzy");
		await context.close();
	});
});

describe("accessibility and looks", () => {
	it.each([
		["/questions/", "light"],
		["/questions/", "dark"],
		["/practice/", "light"],
		["/practice/", "dark"],
	] as const)("%s (%s) has no axe violations, in practice too", async (path, scheme) => {
		const { page, context } = await open(path, { scheme });
		if (path === "/practice/") {
			await page.locator("[data-practice-start]").click();
			await page.keyboard.press(" ");
			await page.locator("[data-practice-answer-body] h2").first().waitFor();
		} else {
			await facet(page, "category", TRAINING).check();
		}
		const violations = await axeViolations(page);
		expect(violations).toEqual([]);
		await context.close();
	});

	it.for(
		[360, 1280].flatMap((width) => (["light", "dark"] as const).map((scheme) => [width, scheme] as const)),
	)("screenshots the bank and a practice card at %i px, %s", async ([width, scheme]) => {
		const { page, context } = await open(`/questions/?category=${encodeURIComponent(TRAINING)}`, {
			width,
			scheme,
		});
		await expect.poll(() => page.locator("[data-bank-total]").textContent()).toMatch(/^筛选出/);
		const bank = await page.screenshot({ path: `${SCREENSHOTS}/bank-${width}-${scheme}.png` });
		await page.goto(session.site.url(`/practice/?category=${encodeURIComponent(TRAINING)}`));
		await practiceReady(page);
		await page.locator("[data-practice-start]").click();
		await page.keyboard.press(" ");
		await page.locator("[data-practice-answer-body] h2").first().waitFor();
		await page.evaluate(() => window.scrollTo(0, 0));
		const practice = await page.screenshot({ path: `${SCREENSHOTS}/practice-${width}-${scheme}.png` });
		expect(bank.byteLength).toBeGreaterThan(10_000);
		expect(practice.byteLength).toBeGreaterThan(10_000);
		await context.close();
	});
});
