import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { BankItem } from "../../src/practice/facets.ts";
import { axeViolations } from "../helpers/axe.ts";
import { bankOfSite } from "../helpers/bank-manifest.ts";
import { SCREENSHOTS, useBrowserSession } from "../helpers/browser.ts";

const session = useBrowserSession();

type Scheme = "light" | "dark";

async function newContext(options: { width?: number; scheme?: Scheme } = {}) {
	return session.browser.newContext({
		viewport: { width: options.width ?? 1280, height: 900 },
		colorScheme: options.scheme ?? "light",
		acceptDownloads: true,
	});
}

async function open(context: BrowserContext, path: string) {
	const page = await context.newPage();
	const errors: string[] = [];
	page.on("pageerror", (error) => errors.push(error.message));
	await page.goto(session.site.url(path));
	// The progress page draws once the bank manifest has come.
	if (path === "/progress/") await page.waitForSelector("[data-progress-page]:not([aria-busy])");
	return { page, errors };
}

/** Stores data before the first page of a context loads (once: later loads see what the page saved). */
async function seed(context: BrowserContext, entries: Record<string, unknown>) {
	await context.addInitScript(
		(values: Record<string, string>) => {
			if (sessionStorage.getItem("seeded")) return;
			sessionStorage.setItem("seeded", "1");
			for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
		},
		Object.fromEntries(Object.entries(entries).map(([key, value]) => [key, JSON.stringify(value)])),
	);
}

/** The bank as the page's scripts read it. */
const manifest = (page: Page): Promise<BankItem[]> => bankOfSite(page, session.site.base);

const stored = (page: Page) =>
	page.evaluate(
		() =>
			JSON.parse(localStorage.getItem("practice-progress") ?? "null") as {
				stars: Record<string, number>;
				notes: Record<string, { text: string }>;
			} | null,
	);

/** Rows of the data table of a chart, each row's cells as text. */
const tableRows = (page: Page, chart: string) =>
	page
		.locator(`[data-chart="${chart}"] tbody tr`)
		.evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? "")));

/** Local noon `offset` days from today: gradings at noon fall on a known day whenever the test runs. */
function noon(offset: number): number {
	const now = new Date();
	return new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset, 12).getTime();
}

/** `YYYY-MM-DD` of local noon `offset` days from today. */
function day(offset: number): string {
	const date = new Date(noon(offset));
	return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}

const monthDay = (offset: number) => {
	const date = new Date(noon(offset));
	return `${date.getMonth() + 1}月${date.getDate()}日`;
};

/**
 * A reader's history, written out by hand: four graded questions of the first category (two 会, one
 * 不会, one 模糊), an older practice day with three questions in the log only, two stars, a note,
 * and three mock interviews plus one report with no score.
 */
function history(items: BankItem[]) {
	const category = items[0]?.category ?? "";
	const [q1, q2, q3, q4] = items.filter((item) => item.category === category).map((item) => item.id);
	if (!q1 || !q2 || !q3 || !q4) throw new Error("the first category needs four questions");
	const progress = {
		version: 1,
		questions: {
			// 会 yesterday: box 3, due again in three days → the day after tomorrow.
			[q1]: { box: 3, grade: "know", reviews: 1, last: noon(-1) },
			// 不会 two days ago: due at once → overdue, counted today.
			[q2]: { box: 1, grade: "unknown", reviews: 2, last: noon(-2) },
			// 模糊 today: due tomorrow.
			[q3]: { box: 2, grade: "fuzzy", reviews: 1, last: noon(0) },
			// 会 ten days ago: due seven days ago → overdue, counted today.
			[q4]: { box: 3, grade: "know", reviews: 1, last: noon(-10) },
		},
		log: { [day(-1)]: [q1], [day(-2)]: [q2], [day(0)]: [q3], [day(-10)]: [q4], [day(-7)]: [q1, q2, "gone"] },
		stars: { [q1]: noon(-3), [q3]: noon(-1) },
		notes: { [q2]: { text: "复习一下", updated: noon(-2) } },
	};
	const reports = {
		version: 1,
		reports: [
			{ id: "a", startedAt: noon(-20) - 3_600_000, finishedAt: noon(-20), score: 0.5, items: [] },
			{ id: "b", startedAt: noon(-10) - 3_600_000, finishedAt: noon(-10), score: 0.75, items: [] },
			{ id: "c", startedAt: noon(-1) - 3_600_000, finishedAt: noon(-1), score: 0.9, items: [] },
			{ id: "d", startedAt: noon(-1), items: [] },
		],
	};
	return { category, ids: [q1, q2, q3, q4], progress, reports };
}

async function seededProgressPage(options: { width?: number; scheme?: Scheme } = {}) {
	const probe = await newContext();
	const items = await manifest((await open(probe, "/progress/")).page);
	await probe.close();
	const data = history(items);
	const context = await newContext(options);
	await seed(context, { "practice-progress": data.progress, "interview-reports": data.reports });
	const { page, errors } = await open(context, "/progress/");
	return { page, context, errors, items, ...data };
}

describe("the progress page", () => {
	it("greets a new reader with where to start instead of empty charts", async () => {
		const context = await newContext();
		const { page, errors } = await open(context, "/progress/");
		expect(await page.locator("[data-progress-empty]").isVisible()).toBe(true);
		expect(await page.locator("[data-progress-content]").isVisible()).toBe(false);
		expect(await page.locator("[data-progress-empty] a").first().getAttribute("href")).toBe(
			session.site.path("/practice/"),
		);
		expect(await page.locator("[data-progress-import]").count()).toBe(1);
		expect(await axeViolations(page)).toEqual([]);
		await page.screenshot({ path: `${SCREENSHOTS}/progress-empty-1280-light.png` });
		expect(errors).toEqual([]);
		await context.close();
	});

	it("draws a seeded history with the right numbers in its charts and tables", async () => {
		const { page, context, errors, items, category, ids, progress } = await seededProgressPage();
		const overview = Object.fromEntries(
			await page
				.locator("[data-overview]")
				.evaluateAll((cells) =>
					cells.map((cell) => [(cell as HTMLElement).dataset["overview"], cell.textContent]),
				),
		);
		expect(overview).toEqual({
			practised: `4 / ${items.length}`,
			mastered: "2",
			due: "2",
			streak: "3 天",
			starred: "2",
			notes: "1",
		});
		expect(await page.locator("[data-progress-notice]").textContent()).toBe(
			"有 1 次模拟面试缺少时间或得分，没有画进图里。",
		);

		// Mastery: the first category has its four graded questions; every category is a row and a bar.
		const inCategory = items.filter((item) => item.category === category).length;
		const categoryRows = await tableRows(page, "category");
		expect(categoryRows[0]).toEqual([category, String(inCategory), "2", "1", "1", String(inCategory - 4)]);
		expect(categoryRows).toHaveLength(new Set(items.map((item) => item.category)).size);
		expect(await page.locator('[data-chart="category"] svg .row').count()).toBe(categoryRows.length);
		expect(
			await page.locator('[data-chart="category"] svg .row').first().locator("text").last().textContent(),
		).toBe(`2/${inCategory}`);
		// By industry, each graded question counts once in each of its industries.
		const industryRows = await tableRows(page, "industry");
		const gradedIn = (industry: string) =>
			items.filter((item) => ids.includes(item.id) && item.industries.includes(industry)).length;
		for (const row of industryRows) {
			const [industry = "", , know, fuzzy, unknown] = row;
			expect(Number(know) + Number(fuzzy) + Number(unknown)).toBe(gradedIn(industry));
		}

		// Reviews due: two overdue today, the 模糊 one tomorrow, yesterday's 会 in two days, nothing else.
		const due = await tableRows(page, "due");
		expect(due).toHaveLength(14);
		expect(due.map((row) => row.slice(1))).toEqual(
			Array.from({ length: 14 }, (_, offset) =>
				offset === 0 ? ["2", "2"] : offset === 1 || offset === 2 ? ["1", "0"] : ["0", "0"],
			),
		);
		expect(due[0]?.[0]).toMatch(new RegExp(`^${monthDay(0)}（周.）$`));
		expect(await page.locator('[data-chart="due"] svg .bar').count()).toBe(3);
		expect(await page.locator('[data-chart="due"] svg .bar-overdue').count()).toBe(1);

		// Activity: the log and the last gradings, one cell per day, seven question-days in all.
		const weeks = await tableRows(page, "activity");
		expect(weeks).toHaveLength(20);
		expect(weeks.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(7);
		expect(weeks.reduce((sum, row) => sum + Number(row[2]), 0)).toBe(5);
		const weekCell = page.locator('[data-chart="activity"] svg rect', {
			has: page.locator(
				`title:text-is("${monthDay(-7)}（周${"一二三四五六日"[(new Date(noon(-7)).getDay() + 6) % 7]}）：练习 3 题")`,
			),
		});
		expect(await weekCell.getAttribute("class")).toBe("level-2");
		expect(await page.locator('[data-chart="activity"] svg rect.today').getAttribute("class")).toBe(
			"level-1 today",
		);

		// Mock interviews: three points, newest first in the table; the report without a score is left out.
		expect(await tableRows(page, "score")).toEqual([
			[expect.stringMatching(/日$/), "90%"],
			[expect.stringMatching(/日$/), "75%"],
			[expect.stringMatching(/日$/), "50%"],
		]);
		expect(await page.locator('[data-chart="score"] svg circle').count()).toBe(3);

		// The stored progress is only read, never rewritten, by looking at it.
		expect(await stored(page)).toEqual(progress);
		expect(errors).toEqual([]);
		await context.close();
	});

	it("does not move while the bank manifest is slow to come, for a new reader or a returning one", async () => {
		const probe = await newContext();
		const data = history(await manifest((await open(probe, "/progress/")).page));
		await probe.close();
		const shifts: string[] = [];
		for (const returning of [false, true])
			for (const width of [360, 1280]) {
				const context = await newContext({ width });
				// Hold the manifest back: the charts are drawn only once it has come.
				await context.route("**/bank-manifest.json", async (route) => {
					await new Promise((resolve) => setTimeout(resolve, 700));
					await route.continue();
				});
				// Only finished interviews: an unreadable one would add a notice above the charts, rightly.
				const reports = {
					...data.reports,
					reports: data.reports.reports.filter((report) => "score" in report),
				};
				if (returning)
					await seed(context, { "practice-progress": data.progress, "interview-reports": reports });
				await context.addInitScript(() => {
					const shifted: number[] = [];
					Object.assign(window, { shifted });
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
							shifted.push(entry.value);
					}).observe({ type: "layout-shift", buffered: true });
				});
				const { page, errors } = await open(context, "/progress/");
				await page.waitForTimeout(300);
				const total = await page.evaluate(() =>
					(window as unknown as { shifted: number[] }).shifted.reduce((sum, value) => sum + value, 0),
				);
				expect(await page.locator("[data-progress-content]").isVisible()).toBe(returning);
				expect(await page.locator('[data-chart="activity"] svg').count()).toBe(returning ? 1 : 0);
				if (total > 0.001)
					shifts.push(`${returning ? "returning" : "new"} reader at ${width} px: ${total.toFixed(3)}`);
				expect(errors).toEqual([]);
				await context.close();
			}
		expect(shifts).toEqual([]);
	});

	it("shows old progress (saved before the log, stars and notes existed) without complaint", async () => {
		const context = await newContext();
		const probe = await open(context, "/progress/");
		const [first] = await manifest(probe.page);
		await probe.page.evaluate(
			({ id, last }) =>
				localStorage.setItem(
					"practice-progress",
					JSON.stringify({ version: 1, questions: { [id]: { box: 3, grade: "know", reviews: 1, last } } }),
				),
			{ id: first?.id ?? "", last: noon(-1) },
		);
		await probe.page.reload();
		expect(await probe.page.locator("[data-progress-notice]").isVisible()).toBe(false);
		expect(await probe.page.locator('[data-overview="mastered"]').textContent()).toBe("1");
		expect(await probe.page.locator('[data-overview="streak"]').textContent()).toBe("1 天");
		expect(probe.errors).toEqual([]);
		await context.close();
	});

	it("prints the charts with their tables, without the buttons", async () => {
		const { page, context } = await seededProgressPage();
		await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
		expect(await page.locator("[data-chart-table][open]").count()).toBe(5);
		await page.emulateMedia({ media: "print" });
		expect(await page.locator('[data-chart="due"] svg').isVisible()).toBe(true);
		expect(await page.locator('[data-chart="due"] table').isVisible()).toBe(true);
		expect(await page.locator("[data-progress-export]").isVisible()).toBe(false);
		expect(await page.locator("header.site-header").isVisible()).toBe(false);
		await page.screenshot({ path: `${SCREENSHOTS}/progress-print-1280.png`, fullPage: true });
		await page.emulateMedia({ media: "screen" });
		await page.evaluate(() => dispatchEvent(new Event("afterprint")));
		expect(await page.locator("[data-chart-table][open]").count()).toBe(0);
		await context.close();
	});

	it.for(
		[1280, 360].flatMap((width) => (["light", "dark"] as const).map((scheme) => [width, scheme] as const)),
	)("is accessible and screenshotted at %i px, %s", async ([width, scheme]) => {
		const { page, context } = await seededProgressPage({ width, scheme });
		expect(await axeViolations(page)).toEqual([]);
		// Charts fit the column: nothing scrolls sideways.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
		await page.screenshot({ path: `${SCREENSHOTS}/progress-${width}-${scheme}.png`, fullPage: true });
		await context.close();
	});
});

describe("stars and notes", () => {
	it("survive a reload and an export/import round trip, and make a bank filter and a practice deck", async () => {
		const context = await newContext();
		const { page, errors } = await open(context, "/questions/");
		const items = await manifest(page);
		await page.goto(session.site.url("/questions/kv-cache/"));
		const star = page.locator("[data-practice-bar] [data-star]");
		await star.click();
		expect(await star.getAttribute("aria-pressed")).toBe("true");

		// A note with Markdown and with HTML that must stay text.
		await page.locator("[data-note] summary").click();
		const note =
			"**要点**：KV 缓存\n- 显存随长度线性增长\n- 见 [论文](https://example.com/paper)\n<img src=x onerror=alert(1)>";
		await page.locator("[data-note-text]").fill(note);
		const preview = page.locator("[data-note-preview]");
		expect(await preview.locator("strong").first().textContent()).toBe("要点");
		expect(await preview.locator("li").allTextContents()).toEqual(["显存随长度线性增长", "见 论文"]);
		expect(await preview.locator("a").getAttribute("href")).toBe("https://example.com/paper");
		expect(await preview.locator("img").count()).toBe(0);
		expect(await preview.textContent()).toContain("<img src=x onerror=alert(1)>");
		await expect.poll(() => page.locator("[data-note-status]").textContent()).toBe("已保存");
		// Typing in the note is not a shortcut: 1 did not grade the question.
		expect(await page.locator('[data-practice-bar] [aria-pressed="true"][data-grade]').count()).toBe(0);
		await page.screenshot({ path: `${SCREENSHOTS}/note-1280-light.png` });

		await page.reload();
		expect(await star.getAttribute("aria-pressed")).toBe("true");
		expect(await page.locator("[data-note]").getAttribute("open")).not.toBeNull();
		expect(await page.locator("[data-note-text]").inputValue()).toBe(note);

		// A second star, from another question page.
		const other = items.find((item) => item.id !== "kv-cache");
		await page.goto(session.site.url(`/questions/${other?.id}/`));
		await page.locator("[data-practice-bar] [data-star]").click();
		const starred = ["kv-cache", other?.id ?? ""].sort();

		// The bank: 只看我收藏的题 shows exactly the two, and its practice link carries the filter.
		await page.goto(session.site.url("/questions/"));
		await expect.poll(() => page.locator("[data-starred-count]").textContent()).toBe("2");
		await page.getByLabel("只看我收藏的题").check();
		await expect
			.poll(() => page.locator("[data-bank-total]").textContent())
			.toBe(`筛选出 2 / ${items.length} 题`);
		const visible = await page
			.locator("li[data-question-id]:visible")
			.evaluateAll((rows) => rows.map((row) => row.getAttribute("data-question-id")));
		expect(visible.sort()).toEqual(starred);
		expect(await page.locator("[data-star-of]:visible").count()).toBe(2);
		expect(new URL(page.url()).searchParams.get("starred")).toBe("1");

		// The practice deck of starred questions.
		await page.locator("[data-practice-link]").click();
		await page.waitForURL(/\/practice\/\?starred=1$/);
		await expect
			.poll(() => page.locator("[data-practice-scope]").textContent())
			.toMatch(/^筛选条件：我收藏的题，共 2 题。/);
		await page.locator("[data-practice-start]").click();
		expect(await page.locator("[data-practice-position]").textContent()).toBe("第 1 / 2 题");
		const titles = items.filter((item) => starred.includes(item.id)).map((item) => item.title);
		expect(titles).toContain(await page.locator("[data-practice-title]").textContent());

		// Export here, import into a fresh browser profile on the progress page.
		const [download] = await Promise.all([
			page.waitForEvent("download"),
			page.locator("[data-progress-export]").click(),
		]);
		const file = await download.path();
		const exported = JSON.parse(readFileSync(file, "utf8"));
		expect(Object.keys(exported.stars).sort()).toEqual(starred);
		expect(exported.notes["kv-cache"].text).toBe(note);

		const fresh = await newContext();
		const target = await open(fresh, "/progress/");
		expect(await target.page.locator("[data-progress-empty]").isVisible()).toBe(true);
		await target.page.locator("[data-progress-import]").setInputFiles(file);
		await expect
			.poll(() => target.page.locator("[data-transfer-notice]").textContent())
			.toBe("已导入 2 个收藏、1 条笔记。");
		expect(await target.page.locator('[data-overview="starred"]').textContent()).toBe("2");
		expect(await target.page.locator("[data-progress-empty]").isVisible()).toBe(false);
		await target.page.goto(session.site.url("/questions/kv-cache/"));
		expect(await target.page.locator("[data-practice-bar] [data-star]").getAttribute("aria-pressed")).toBe(
			"true",
		);
		expect(await target.page.locator("[data-note-text]").inputValue()).toBe(note);

		// Importing the same file again changes nothing.
		const before = await stored(target.page);
		await target.page.goto(session.site.url("/progress/"));
		await target.page.locator("[data-progress-import]").setInputFiles(file);
		await expect.poll(() => target.page.locator("[data-transfer-notice]").textContent()).toMatch(/^已导入/);
		expect(await stored(target.page)).toEqual(before);
		expect([...errors, ...target.errors]).toEqual([]);
		await fresh.close();
		await context.close();
	});

	it("imports the good entries of a damaged file, reports the rest and keeps what was there", async () => {
		const context = await newContext();
		await seed(context, {
			"practice-progress": {
				version: 1,
				questions: {},
				log: {},
				stars: { "kv-cache": 5 },
				notes: { "kv-cache": { text: "旧笔记", updated: 10 } },
			},
		});
		const { page } = await open(context, "/progress/");
		await page.locator("[data-progress-import]").setInputFiles({
			name: "half-broken.json",
			mimeType: "application/json",
			buffer: Buffer.from(
				JSON.stringify({
					version: 1,
					questions: {},
					log: { "not-a-day": ["x"] },
					stars: { lora: 7, broken: "yes" },
					notes: { "kv-cache": { text: "新笔记", updated: 20 }, bad: { text: 3 } },
				}),
			),
		});
		await expect
			.poll(() => page.locator("[data-transfer-notice]").textContent())
			.toBe("已导入 1 个收藏、1 条笔记，跳过 3 条损坏记录。");
		const after = await stored(page);
		expect(Object.keys(after?.stars ?? {}).sort()).toEqual(["kv-cache", "lora"]);
		expect(after?.notes["kv-cache"]?.text).toBe("新笔记");
		await context.close();
	});

	it("is keyboard-operable: Space on the note's summary opens it, digits typed in it grade nothing", async () => {
		const context = await newContext();
		const { page } = await open(context, "/questions/kv-cache/");
		await page.getByLabel("自测：先隐藏答案").check();
		await page.locator("[data-note] summary").focus();
		await page.keyboard.press(" ");
		expect(await page.locator("[data-note]").getAttribute("open")).not.toBeNull();
		expect(await page.locator("[data-answer]").isVisible()).toBe(false);
		await page.keyboard.press("Tab");
		await page.keyboard.type("1 2 3 ← 记住");
		expect(await page.locator("[data-note-text]").inputValue()).toBe("1 2 3 ← 记住");
		expect(await page.locator('[data-practice-bar] [aria-pressed="true"][data-grade]').count()).toBe(0);
		expect(await page.locator("[data-answer]").isVisible()).toBe(false);
		await context.close();
	});

	it.each(["light", "dark"] as const)("the note UI is accessible at 360 px (%s)", async (scheme) => {
		const context = await newContext({ width: 360, scheme });
		const { page } = await open(context, "/questions/kv-cache/");
		await page.locator("[data-practice-bar] [data-star]").click();
		await page.locator("[data-note] summary").click();
		await page
			.locator("[data-note-text]")
			.fill("**记住**：缓存大小 = 层数 × 2 × 序列长度 × 隐藏维度\n1. 先算单层\n2. 再乘层数");
		expect(await axeViolations(page)).toEqual([]);
		await page.locator("[data-practice-bar]").screenshot({ path: `${SCREENSHOTS}/note-360-${scheme}.png` });
		await context.close();
	});
});
