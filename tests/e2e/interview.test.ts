import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { InterviewReport } from "../../src/practice/interview-report.ts";
import { axeViolations } from "../helpers/axe.ts";
import { bankOfSite } from "../helpers/bank-manifest.ts";
import { SCREENSHOTS, useBrowserSession } from "../helpers/browser.ts";

const session = useBrowserSession();

async function open(
	options: { context?: BrowserContext; width?: number; scheme?: "light" | "dark"; clock?: boolean } = {},
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
	if (options.clock) await page.clock.install({ time: new Date("2026-03-02T09:00:00+08:00") });
	await page.goto(session.site.url("/interview/"));
	return { page, context, errors };
}

const stored = (page: Page) =>
	page.evaluate(
		() =>
			JSON.parse(localStorage.getItem("interview-reports") ?? "null") as {
				version: 1;
				reports: InterviewReport[];
			} | null,
	);

/** Presses Tab until the element matching `selector` has focus (keyboard only). */
async function tabTo(page: Page, selector: string) {
	for (let step = 0; step < 80; step += 1) {
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
		await page.keyboard.press("Tab");
	}
	throw new Error(`Tab never reached ${selector}`);
}

const position = (page: Page) => page.locator("[data-interview-position]").textContent();
const title = (page: Page) => page.locator("[data-interview-title]").textContent();
const points = (page: Page) => page.locator("[data-interview-points] input[type=checkbox]");

/** Reveals the answer and waits for its key points. */
async function reveal(page: Page) {
	await page.locator("[data-interview-reveal]").click();
	await points(page).first().waitFor();
}

/** Sets up a five-question interview over two categories, evenly mixed. */
async function configure(page: Page) {
	await page.getByLabel(/^训练与优化/).check();
	await page.getByLabel(/^推理与部署/).check();
	await page.getByLabel(/^三种难度各占三分之一/).check();
	await page.getByLabel(/^题数/).fill("5");
	await expect
		.poll(() => page.locator("[data-interview-available]").textContent())
		.toMatch(/^从符合条件的 \d+ 道题中抽 5 题。$/);
}

describe("a mock interview", () => {
	it("runs five questions, reports them, retries the missed ones, keeps the report over a reload and exports it", async () => {
		const { page, context, errors } = await open();
		await configure(page);
		// Start and answer the first question with the keyboard only.
		await tabTo(page, "[data-interview-start]");
		await page.keyboard.press("Enter");
		expect(await position(page)).toBe("第 1 / 5 题");
		expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-interview-title"))).toBe(
			true,
		);
		await tabTo(page, "[data-interview-text]");
		await page.keyboard.type("先说结论，再讲原因。");
		await tabTo(page, "[data-interview-reveal]");
		await page.keyboard.press("Enter");
		await points(page).first().waitFor();
		await tabTo(page, "[data-key-point]");
		await page.keyboard.press("Space");
		expect(await points(page).first().isChecked()).toBe(true);

		// Ticks per question: all, none, all, the first only, all.
		const plan: ("all" | "none" | "first")[] = ["all", "none", "all", "first", "all"];
		const asked: { title: string; total: number; checked: number; category: string; difficulty: string }[] =
			[];
		for (const [index, ticks] of plan.entries()) {
			if (index > 0) {
				expect(await position(page)).toBe(`第 ${index + 1} / 5 题`);
				expect(await page.locator("[data-interview-review]").isVisible()).toBe(false);
				await reveal(page);
			}
			const total = await points(page).count();
			for (let point = 0; point < total; point += 1) {
				const box = points(page).nth(point);
				await box.setChecked(ticks === "all" || (ticks === "first" && point === 0));
			}
			const checked = ticks === "all" ? total : ticks === "first" ? 1 : 0;
			const [category, difficulty] = (
				(await page.locator("[data-interview-meta]").textContent()) ?? ""
			).split(" · ");
			asked.push({
				title: (await title(page)) ?? "",
				total,
				checked,
				category: category ?? "",
				difficulty: difficulty ?? "",
			});
			// The checklist is the answer's first paragraph, then its pitfalls, and the whole answer is there too.
			expect(await page.locator("[data-interview-points] .kind").first().textContent()).toBe("核心答案");
			expect(await page.locator("[data-interview-answer] h2").first().textContent()).toContain("答案");
			await page.locator("[data-interview-next]").click();
		}
		expect(new Set(asked.map((entry) => entry.title)).size).toBe(5);
		for (const entry of asked) expect(["训练与优化", "推理与部署"]).toContain(entry.category);
		const ranks = asked.map((entry) => ["入门", "进阶", "高级"].indexOf(entry.difficulty));
		expect(ranks).toEqual([...ranks].sort());
		expect(new Set(asked.map((entry) => entry.difficulty)).size).toBe(3);

		// The report.
		const report = page.locator("[data-interview-report]");
		await report.waitFor();
		expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-interview-report"))).toBe(
			true,
		);
		const scores = asked.map((entry) => entry.checked / entry.total);
		const overall = scores.reduce((sum, score) => sum + score, 0) / scores.length;
		expect(await page.locator("[data-report-summary]").textContent()).toMatch(
			new RegExp(`共 5 题 · 作答用时 \\d+:\\d\\d · 总分 ${Math.round(overall * 100)}%$`),
		);
		const rows = await page.locator("[data-report-items] li").allTextContents();
		expect(rows).toHaveLength(5);
		rows.forEach((row, index) => {
			const entry = asked[index];
			expect(row).toContain(entry?.title);
			expect(row).toContain(`要点 ${entry?.checked}/${entry?.total}`);
			expect(row).toMatch(/用时 \d+:\d\d/);
		});
		const categoryRows = await page
			.locator("[data-report-categories] tr")
			.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
		expect(categoryRows.map((row) => row[0])).toEqual(
			["训练与优化", "推理与部署"].filter((label) => asked.some((entry) => entry.category === label)),
		);
		expect(categoryRows.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(5);
		expect(await page.locator("[data-report-difficulties] th").allTextContents()).toEqual([
			"入门",
			"进阶",
			"高级",
		]);
		// The weakest tags link to their tag pages, and to the missed questions.
		const weak = page.locator("[data-report-weak] li");
		expect(await weak.count()).toBeGreaterThan(0);
		expect(await weak.first().locator("a").first().getAttribute("href")).toMatch(
			new RegExp(`^${session.site.path("/tags/")}[a-z0-9-]+/$`),
		);
		expect(await weak.first().textContent()).toContain("没答全：");
		const tagHref = (await weak.first().locator("a").first().getAttribute("href")) ?? "";
		expect((await context.request.get(new URL(tagHref, page.url()).href)).ok()).toBe(true);

		// Saved in the browser as the documented format.
		const saved = await stored(page);
		expect(saved?.version).toBe(1);
		expect(saved?.reports).toHaveLength(1);
		const [first] = saved?.reports ?? [];
		expect(first?.items.map((entry) => [entry.title, entry.checked, entry.total])).toEqual(
			asked.map((entry) => [entry.title, entry.checked, entry.total]),
		);
		expect(first?.score).toBeCloseTo(overall);
		expect(first?.settings).toMatchObject({
			categories: ["训练与优化", "推理与部署"],
			industries: [],
			length: 5,
		});
		expect(first?.finishedAt).toBeGreaterThanOrEqual(first?.startedAt ?? Number.POSITIVE_INFINITY);

		// Export: a JSON file in the same format.
		const [download] = await Promise.all([
			page.waitForEvent("download"),
			page.locator("[data-report-export]").click(),
		]);
		expect(download.suggestedFilename()).toMatch(/^interview-report-\d{4}-\d{2}-\d{2}-[0-9a-z-]+\.json$/);
		const exported = JSON.parse(readFileSync(await download.path(), "utf8")) as unknown;
		expect(exported).toEqual({ version: 1, reports: [first] });

		// Retry the missed ones: exactly the questions not answered in full, in order.
		const missed = asked.filter((entry) => entry.checked < entry.total).map((entry) => entry.title);
		expect(await page.locator("[data-report-retry]").textContent()).toBe(
			`重做答错的题（${missed.length} 道）`,
		);
		await page.locator("[data-report-retry]").click();
		const retried: string[] = [];
		for (let index = 0; index < missed.length; index += 1) {
			expect(await position(page)).toBe(`第 ${index + 1} / ${missed.length} 题`);
			retried.push((await title(page)) ?? "");
			await reveal(page);
			await page.locator("[data-interview-next]").click();
		}
		expect(retried).toEqual(missed);
		await report.waitFor();
		expect((await stored(page))?.reports[1]?.settings.retryOf).toBe(first?.id);

		// After a reload, both reports are listed, newest first, and open.
		await page.reload();
		const history = page.locator("[data-history-list] button");
		expect(await history.count()).toBe(2);
		expect(await history.nth(0).textContent()).toMatch(/ · \d+ 题 · 0% · 重做$/);
		await history.nth(1).click();
		expect(await page.locator("[data-report-items] li").count()).toBe(5);
		expect(await page.locator("[data-report-summary]").textContent()).toContain(
			`总分 ${Math.round(overall * 100)}%`,
		);
		const [all] = await Promise.all([
			page.waitForEvent("download"),
			page.locator("[data-history-export]").click(),
		]);
		const allReports = JSON.parse(readFileSync(await all.path(), "utf8")) as { reports: unknown[] };
		expect(allReports.reports).toHaveLength(2);
		expect(errors).toEqual([]);
		await context.close();
	});

	it("times each question and the whole interview, pausing while the tab is hidden", async () => {
		const { page, context } = await open({ clock: true });
		await page.getByLabel(/^题数/).fill("5");
		await page.locator("[data-interview-start]").click();
		await page.clock.runFor(65_000);
		expect(await page.locator("[data-clock-question]").textContent()).toBe("1:05");
		const setHidden = (hidden: boolean) =>
			page.evaluate((value) => {
				Object.defineProperty(document, "hidden", { configurable: true, get: () => value });
				document.dispatchEvent(new Event("visibilitychange"));
			}, hidden);
		await setHidden(true);
		await page.clock.runFor(120_000);
		await setHidden(false);
		expect(await page.locator("[data-clock-question]").textContent()).toBe("1:05");
		await page.clock.runFor(5_000);
		expect(await page.locator("[data-clock-question]").textContent()).toBe("1:10");
		await reveal(page);
		await page.clock.runFor(30_000);
		// The question clock stops at the reveal; the overall clock goes on.
		expect(await page.locator("[data-clock-question]").textContent()).toBe("1:10");
		expect(await page.locator("[data-clock-total]").textContent()).toBe("1:40");
		await page.locator("[data-interview-next]").click();
		expect(await page.locator("[data-clock-question]").textContent()).toBe("0:00");
		await page.clock.runFor(3_000);
		expect(await page.locator("[data-clock-question]").textContent()).toBe("0:03");
		// The clocks are timers, not live regions: nothing is announced every second.
		expect(await page.locator("[data-clock-question]").getAttribute("role")).toBe("timer");
		expect(
			await page.locator("[aria-live] [data-clock-question], [data-clock-question][aria-live]").count(),
		).toBe(0);
		await page.locator("[data-interview-stop]").click();
		const saved = await stored(page);
		expect(saved?.reports[0]?.items.map((entry) => entry.seconds)).toEqual([70]);
		await context.close();
	});

	it("says when the filters allow too few questions, and when none", async () => {
		const { page, context } = await open();
		const bank = await bankOfSite(page, session.site.base);
		const industries = [...new Set(bank.flatMap((item) => item.industries))];
		const hard = (industry: string) =>
			bank.filter((item) => item.industries.includes(industry) && item.difficulty !== "入门").length;
		const scarce = industries.find((industry) => hard(industry) > 0 && hard(industry) < 30);
		const categories = [...new Set(bank.map((item) => item.category))];
		const empty = industries
			.flatMap((industry) => categories.map((category) => [industry, category] as const))
			.find(([industry, category]) =>
				bank.every((item) => item.category !== category || !item.industries.includes(industry)),
			);
		if (!scarce || !empty)
			throw new Error("the bank has no industry with 1–29 hard questions, or no empty pair");

		const status = page.locator("[data-interview-available]");
		await page.getByLabel(new RegExp(`^${scarce}`)).check();
		await page.getByLabel(/^冲刺难题/).check();
		await page.getByLabel(/^题数/).fill("30");
		await expect
			.poll(() => status.textContent())
			.toBe(`符合条件的题目只有 ${hard(scarce)} 道，这次面试会是 ${hard(scarce)} 题。`);
		await page.locator("[data-interview-start]").click();
		expect(await position(page)).toBe(`第 1 / ${hard(scarce)} 题`);

		await page.reload();
		await page.getByLabel(new RegExp(`^${empty[0]}`)).check();
		await page.getByLabel(new RegExp(`^${empty[1]}`)).check();
		await expect.poll(() => status.textContent()).toBe("没有符合条件的题目，请放宽分类、行业或难度。");
		expect(await page.locator("[data-interview-start]").isDisabled()).toBe(true);
		await context.close();
	});
});

describe("damaged stored reports", () => {
	it("keeps the readable reports, backs up the stored text and tells the reader once", async () => {
		const context = await session.browser.newContext();
		const good = {
			id: "good",
			startedAt: 1_770_000_000_000,
			finishedAt: 1_770_000_600_000,
			settings: { categories: [], industries: [], difficultyMix: { 入门: 1, 进阶: 1, 高级: 1 }, length: 5 },
			items: [
				{
					id: "kv-cache",
					title: "KV 缓存",
					category: "推理与部署",
					difficulty: "进阶",
					tags: ["KV 缓存"],
					seconds: 80,
					checked: 1,
					total: 2,
					score: 0.5,
				},
			],
			score: 0.5,
		};
		const text = JSON.stringify({ version: 1, reports: [good, { id: "broken", items: "?" }] });
		await context.addInitScript((value) => {
			if (!sessionStorage.getItem("seeded")) {
				sessionStorage.setItem("seeded", "1");
				localStorage.setItem("interview-reports", value);
			}
		}, text);
		const { page, errors } = await open({ context });
		expect(await page.locator("[data-interview-notice]").textContent()).toBe(
			"保存的面试记录中有 1 条已损坏，已跳过（原始数据已另存备份），其余记录保留。",
		);
		expect(await page.locator("[data-history-list] button").count()).toBe(1);
		const backups = await page.evaluate(() =>
			Object.keys(localStorage)
				.filter((key) => key.startsWith("interview-reports-backup-"))
				.map((key) => localStorage.getItem(key)),
		);
		expect(backups).toEqual([text]);
		await page.locator("[data-history-list] button").click();
		expect(await page.locator("[data-report-weak] a").first().getAttribute("href")).toBe(
			session.site.path("/tags/kv-huan-cun/"),
		);
		await page.reload();
		expect(await page.locator("[data-interview-notice]").isVisible()).toBe(false);
		expect(errors).toEqual([]);
		await context.close();
	});

	it("starts afresh, with a backup, when the stored text is not reports at all", async () => {
		const context = await session.browser.newContext();
		await context.addInitScript(() => localStorage.setItem("interview-reports", "{oops"));
		const { page } = await open({ context });
		expect(await page.locator("[data-interview-notice]").textContent()).toBe(
			"保存的面试记录无法读取（不是有效的 JSON），原始数据已另存一份备份。",
		);
		expect(await page.locator("[data-history-empty]").isVisible()).toBe(true);
		await context.close();
	});
});

describe("accessibility and looks", () => {
	it.each(["light", "dark"] as const)(
		"has no axe violations on the setup, question and report screens (%s)",
		async (scheme) => {
			const { page, context } = await open({ scheme });
			expect(await axeViolations(page)).toEqual([]);
			await page.getByLabel(/^题数/).fill("5");
			await page.locator("[data-interview-start]").click();
			await reveal(page);
			await page
				.locator("[data-interview-answer]")
				.locator("xpath=ancestor::details")
				.locator("summary")
				.click();
			expect(await axeViolations(page)).toEqual([]);
			await page.locator("[data-interview-stop]").click();
			await page.locator("[data-interview-report]").waitFor();
			expect(await axeViolations(page)).toEqual([]);
			await context.close();
		},
	);

	it.for(
		[360, 1280].flatMap((width) => (["light", "dark"] as const).map((scheme) => [width, scheme] as const)),
	)("screenshots the question and the report at %i px, %s", async ([width, scheme]) => {
		const { page, context } = await open({ width, scheme });
		await page.getByLabel(/^题数/).fill("5");
		const setup = await page.screenshot({ path: `${SCREENSHOTS}/interview-setup-${width}-${scheme}.png` });
		await page.locator("[data-interview-start]").click();
		await page.locator("[data-interview-text]").fill("注意力的计算量随序列长度平方增长，所以……");
		await reveal(page);
		await points(page).first().check();
		await page.evaluate(() => window.scrollTo(0, 0));
		const question = await page.screenshot({
			path: `${SCREENSHOTS}/interview-question-${width}-${scheme}.png`,
			fullPage: true,
		});
		for (let index = 0; index < 5; index += 1) {
			if (index > 0) await reveal(page);
			if (index % 2 === 0) await points(page).first().check();
			await page.locator("[data-interview-next]").click();
		}
		await page.locator("[data-interview-report]").waitFor();
		const report = await page.screenshot({
			path: `${SCREENSHOTS}/interview-report-${width}-${scheme}.png`,
			fullPage: true,
		});
		for (const shot of [setup, question, report]) expect(shot.byteLength).toBeGreaterThan(10_000);
		// Nothing wider than the screen.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
		await context.close();
	});
});
