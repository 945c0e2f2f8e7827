import { execFileSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { serveDist } from "../../scripts/serve-dist.ts";
import { formatBytes } from "../../src/offline/bank-view.ts";
import { cacheName } from "../../src/offline/cache-names.ts";
import type { BankList } from "../../src/offline/messages.ts";
import { decodeManifest } from "../../src/practice/compact-manifest.ts";
import type { BankItem } from "../../src/practice/facets.ts";
import { axeViolations } from "../helpers/axe.ts";
import { CHROMIUM_ARGS, launchChromium, SCREENSHOTS } from "../helpers/browser.ts";

// The built site is copied, so that a test can publish a new build of it (changed content, new
// service worker) the way a deploy would, without touching dist/.
const SOURCE = process.env["E2E_ROOT"] ?? "dist";
const BASE = process.env["E2E_BASE"] ?? "/";
const ROOT = "tests/.tmp/offline-host";
const SITE = BASE === "/" ? ROOT : join(ROOT, BASE);
/** Generous: the machine running the tests may be slow and busy. */
const LONG = 240_000;

/** A static host that can be switched off and on again at the same address. */
const host = {
	server: undefined as Server | undefined,
	port: 0,
	/** Paths asked for, by pages and the service worker alike. */
	requests: [] as string[],
	async start() {
		this.server = await serveDist(ROOT, this.port, { headersFile: join(SITE, "_headers") });
		this.server.on("request", (request: { url?: string }) => this.requests.push(request.url ?? ""));
		this.port = (this.server.address() as AddressInfo).port;
	},
	async stop() {
		const server = this.server;
		this.server = undefined;
		if (!server) return;
		server.closeAllConnections();
		await new Promise((done) => server.close(done));
	},
	url(path: string) {
		return `http://127.0.0.1:${this.port}${BASE}${path.replace(/^\//, "")}`;
	},
};

const readSite = (file: string) => readFileSync(join(SITE, file), "utf8");
const bankList = () => JSON.parse(readSite("offline-bank.json")) as BankList;
const bankManifest = () =>
	decodeManifest(JSON.parse(readSite("bank-manifest.json")), (id) => `${BASE}questions/${id}/`);
const name = (version: string, kind: "shell" | "pages" | "bank") => cacheName(BASE, version, kind);

/** Cuts the network twice over: Chromium's offline mode, and the host switched off. */
async function goOffline(context: BrowserContext) {
	await context.setOffline(true);
	await host.stop();
}
async function goOnline(context: BrowserContext) {
	await host.start();
	await context.setOffline(false);
}

async function waitForWorker(page: Page) {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: LONG });
}

/** Entry counts of this origin's caches, by name. */
const cacheSizes = (page: Page) =>
	page.evaluate(async () => {
		const sizes: Record<string, number> = {};
		for (const key of await caches.keys()) sizes[key] = (await (await caches.open(key)).keys()).length;
		return sizes;
	});

/** The states of the registration's workers: `{ active: "activated" }` once an update is done. */
const workers = (page: Page) =>
	page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		const states: Record<string, string> = {};
		for (const kind of ["installing", "waiting", "active"] as const) {
			const worker = registration?.[kind];
			if (worker) states[kind] = worker.state;
		}
		return states;
	});

const heading = (page: Page) => page.locator("main h1").first().textContent();

let browser: Browser;

beforeAll(async () => {
	rmSync(ROOT, { recursive: true, force: true });
	cpSync(SOURCE, ROOT, { recursive: true });
	await host.start();
	browser = await launchChromium();
}, LONG);

afterAll(async () => {
	await browser?.close();
	await host.stop();
});

describe("a reader's offline use, from a first visit to a new deploy", () => {
	let context: BrowserContext;
	let page: Page;
	let version: string;
	let questions: BankItem[];
	/** Questions this reader never opens online: one for the bank, one changed by a deploy, one as a witness. */
	let unvisited: BankItem | undefined;
	let changed: BankItem | undefined;
	let untouched: BankItem | undefined;
	/** An article with formulas, read online. */
	let article: string | undefined;

	beforeAll(async () => {
		version = bankList().version;
		questions = bankManifest();
		[untouched, changed, unvisited] = questions.slice(-3);
		article = readdirSync(join(SITE, "articles"), { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => `articles/${entry.name}/`)
			.find((path) => readSite(`${path}index.html`).includes('class="katex"'));
		context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
		page = await context.newPage();
	});
	afterAll(async () => {
		await context?.close();
	});
	// A test that fails while offline must not leave the next one without a network.
	afterEach(async () => {
		if (!host.server) await goOnline(context);
	});

	it(
		"installs the worker on the first visit, which saves the app shell",
		async () => {
			expect(unvisited && changed && untouched && article).toBeTruthy();
			await page.goto(host.url("/"));
			await waitForWorker(page);
			const shell = await page.evaluate(
				async (cache) =>
					(await (await caches.open(cache)).keys()).map((request) => new URL(request.url).pathname),
				name(version, "shell"),
			);
			for (const path of ["", "questions/", "practice/", "search/", "offline/", "search-data.json"])
				expect(shell).toContain(`${BASE}${path}`);
			const code = readdirSync(join(SITE, "_astro")).filter((file) => /\.(js|css)$/.test(file));
			for (const file of code) expect(shell).toContain(`${BASE}_astro/${file}`);
			expect(shell.some((path) => /KaTeX_Main-Regular\.[\w-]+\.woff2$/.test(path))).toBe(true);
		},
		LONG,
	);

	it(
		"is cut off by Chromium's offline mode too: the worker's own requests fail",
		async () => {
			const status = (url: string) =>
				page.evaluate(
					(target) =>
						fetch(target).then(
							(response) => response.status,
							() => "failed",
						),
					url,
				);
			expect(await status(host.url("/tags/"))).toBe(200);
			await context.setOffline(true);
			// Saved at install: answered by the worker. Never fetched: the worker's own request fails.
			expect(await status(host.url("/questions/"))).toBe(200);
			expect(await status(host.url(`/questions/${untouched?.id}/`))).toBe("failed");
			await context.setOffline(false);
		},
		LONG,
	);

	it(
		"opens a page read online when offline, formulas and their fonts included",
		async () => {
			await page.goto(host.url(`/${article}`));
			await page.evaluate(() => document.fonts.ready);
			const title = await heading(page);
			await goOffline(context);
			const response = await page.goto(host.url(`/${article}`));
			expect(response?.fromServiceWorker()).toBe(true);
			expect(await heading(page)).toBe(title);
			expect(await page.locator(".katex").count()).toBeGreaterThan(0);
			const failedFonts = await page.evaluate(async () => {
				await document.fonts.ready;
				return [...document.fonts].filter((font) => font.status === "error").map((font) => font.family);
			});
			expect(failedFonts).toEqual([]);
			await goOnline(context);
		},
		LONG,
	);

	it(
		"practises offline: the answer saved online shows, and the grade is kept",
		async () => {
			await page.goto(host.url("/practice/"));
			await page.locator("[data-practice-start]").click();
			const body = page.locator("[data-practice-answer-body]");
			await expect.poll(() => body.textContent(), { timeout: LONG }).not.toBe("正在加载答案…");
			const title = await page.locator("[data-practice-title]").textContent();
			await goOffline(context);
			await page.goto(host.url("/practice/"));
			await page.locator("[data-practice-start]").click();
			expect(await page.locator("[data-practice-title]").textContent()).toBe(title);
			await page.keyboard.press(" ");
			await expect.poll(() => body.textContent(), { timeout: LONG }).not.toBe("正在加载答案…");
			expect(await body.textContent()).not.toMatch(/加载失败|没有网络/);
			expect((await body.textContent())?.length).toBeGreaterThan(50);
			const id = questions.find((item) => item.title === title)?.id ?? "";
			await page.keyboard.press("1");
			const grade = await page.evaluate(
				(question) =>
					JSON.parse(localStorage.getItem("practice-progress") ?? "{}").questions?.[question]?.grade,
				id,
			);
			expect(grade).toBe("know");
			await goOnline(context);
		},
		LONG,
	);

	it(
		"searches offline for what was searched online",
		async () => {
			const hits = () =>
				page
					.locator("#search-page-results a[role=option]")
					.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
			await page.goto(host.url(`/search/?q=${encodeURIComponent("量化")}`));
			await expect.poll(hits, { timeout: LONG }).not.toEqual([]);
			const online = await hits();
			await goOffline(context);
			await page.goto(host.url(`/search/?q=${encodeURIComponent("量化")}`));
			await expect.poll(hits, { timeout: LONG }).toEqual(online);
			await goOnline(context);
		},
		LONG,
	);

	it(
		"shows the offline page, naming the page, for a page that was never saved",
		async () => {
			await goOffline(context);
			await page.goto(host.url(`/questions/${unvisited?.id}/`));
			expect(await heading(page)).toBe("离线使用");
			expect(await page.locator("[data-offline-fallback]").textContent()).toContain(
				`${BASE}questions/${unvisited?.id}/`,
			);
			await goOnline(context);
		},
		LONG,
	);

	it(
		"downloads the whole bank after showing its size, with progress, and then opens and searches any question offline",
		async () => {
			const list = bankList();
			await page.goto(host.url("/offline/"));
			const download = page.locator("[data-offline-download]");
			await expect
				.poll(() => download.textContent(), { timeout: LONG })
				.toBe(`下载整个题库以便离线使用（约 ${formatBytes(list.transferBytes)}）`.replaceAll(" ", "\u00a0"));
			expect(await page.locator("[data-offline-message]").textContent()).toContain(
				`${list.questions} 道题、${list.articles} 篇文章和搜索索引`,
			);
			await download.click();
			await page.locator("[data-offline-progress]").waitFor({ state: "visible", timeout: LONG });
			expect(await page.locator("[data-offline-message]").textContent()).toMatch(
				/^正在下载：已完成 \d+%（\d+ \/ \d+ 个文件）/,
			);
			await page.screenshot({ path: `${SCREENSHOTS}/offline-downloading-1280-light.png` });
			await page.locator("[data-offline-remove]").waitFor({ state: "visible", timeout: LONG });
			await download.waitFor({ state: "hidden", timeout: LONG });
			expect(await page.locator("[data-offline-message]").textContent()).toContain("已经保存在本机");
			expect((await cacheSizes(page))[name(version, "bank")]).toBe(list.files.length + 1);
			await page.screenshot({ path: `${SCREENSHOTS}/offline-downloaded-1280-light.png` });

			await goOffline(context);
			await page.goto(host.url(`/questions/${unvisited?.id}/`));
			expect(await heading(page)).toBe(unvisited?.title);
			await page.goto(host.url(`/search/?q=${encodeURIComponent(unvisited?.title ?? "")}`));
			await expect
				.poll(
					() =>
						page
							.locator("#search-page-results a[role=option]")
							.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname)),
					{ timeout: LONG },
				)
				.toContain(`${BASE}questions/${unvisited?.id}/`);
			await goOnline(context);
		},
		LONG,
	);

	it(
		"shows a new deploy on the next visit, replaces the old caches, and keeps what was saved",
		async () => {
			// Publish a new build: one question's text changes, and the offline step runs again.
			const file = join(SITE, "questions", changed?.id ?? "", "index.html");
			const title = changed?.title ?? "";
			writeFileSync(file, readFileSync(file, "utf8").replaceAll(`${title}</h1>`, `${title}（第二版）</h1>`));
			execFileSync(process.execPath, ["scripts/build-offline.ts", SITE], { stdio: "ignore" });
			const next = bankList().version;
			expect(next).not.toBe(version);
			host.requests = [];

			await page.goto(host.url(`/questions/${changed?.id}/`));
			expect(await heading(page)).toBe(`${title}（第二版）`);
			// The new worker installs (bringing the reader's pages and bank along) and the old caches go.
			// (The workers' states are polled too, so that a failure shows where the update stopped.)
			await expect
				.poll(
					async () => ({ caches: Object.keys(await cacheSizes(page)).sort(), workers: await workers(page) }),
					{
						timeout: LONG,
						interval: 1000,
					},
				)
				.toEqual({
					caches: [name(next, "bank"), name(next, "pages"), name(next, "shell")].sort(),
					workers: { active: "activated" },
				});
			// The downloaded bank came along whole, yet only what changed was downloaded again.
			expect((await cacheSizes(page))[name(next, "bank")]).toBe(bankList().files.length + 1);
			const questionsFetched = new Set(
				host.requests.filter((path) => path.startsWith(`${BASE}questions/`) && path !== `${BASE}questions/`),
			);
			expect([...questionsFetched]).toEqual([`${BASE}questions/${changed?.id}/`]);

			await goOffline(context);
			await page.goto(host.url(`/questions/${changed?.id}/`));
			expect(await heading(page)).toBe(`${title}（第二版）`);
			await page.goto(host.url(`/${article}`));
			expect(await page.locator(".katex").count()).toBeGreaterThan(0);
			await page.goto(host.url(`/questions/${untouched?.id}/`));
			expect(await heading(page)).toBe(untouched?.title);
			await goOnline(context);
		},
		LONG,
	);

	it(
		"removes the downloaded bank on request",
		async () => {
			await page.goto(host.url("/offline/"));
			const remove = page.locator("[data-offline-remove]");
			await remove.waitFor({ state: "visible", timeout: LONG });
			await remove.click();
			await page.locator("[data-offline-download]").waitFor({ state: "visible", timeout: LONG });
			expect(await page.locator("[data-offline-announce]").textContent()).toBe("离线题库已删除");
			expect(Object.keys(await cacheSizes(page))).not.toContain(name(bankList().version, "bank"));
			await goOffline(context);
			await page.goto(host.url(`/questions/${untouched?.id}/`));
			expect(await heading(page)).toBe("离线使用");
			await goOnline(context);
		},
		LONG,
	);
});

describe("installing the site as an app", () => {
	it(
		"has a valid manifest inside the base path whose icons exist, and Chromium finds it installable",
		async () => {
			// A profile on disk: Chromium installs nothing from an incognito context, which every other context is.
			const profile = join(ROOT, "..", "offline-profile");
			rmSync(profile, { recursive: true, force: true });
			const context = await chromium.launchPersistentContext(profile, {
				executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
				args: CHROMIUM_ARGS,
			});
			const page = await context.newPage();
			await page.goto(host.url("/"));
			await waitForWorker(page);
			const href = await page.locator('link[rel="manifest"]').getAttribute("href");
			expect(href).toBe(`${BASE}manifest.webmanifest`);
			const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), href ?? "");
			expect(manifest).toMatchObject({
				name: "大模型行业观察",
				start_url: BASE,
				scope: BASE,
				display: "standalone",
			});
			for (const icon of manifest.icons as { src: string; type: string }[]) {
				const type = await page.evaluate(
					async (src) => (await fetch(src)).headers.get("content-type"),
					icon.src,
				);
				expect(type).toContain(icon.type);
			}
			const cdp = await context.newCDPSession(page);
			const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as {
				installabilityErrors: { errorId: string }[];
			};
			expect(installabilityErrors.map((error) => error.errorId)).toEqual([]);
			await context.close();
		},
		LONG,
	);
});

describe.each(["light", "dark"] as const)("how offline use looks (%s)", (scheme) => {
	it.each([1280, 360])(
		"the download control and the offline page at %i px",
		async (width) => {
			const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
			const page = await context.newPage();
			await page.goto(host.url("/offline/"));
			await page.locator("[data-offline-download]").waitFor({ state: "visible", timeout: LONG });
			if (width === 1280) expect(await axeViolations(page)).toEqual([]);
			await page.screenshot({
				path: `${SCREENSHOTS}/offline-download-${width}-${scheme}.png`,
				fullPage: true,
			});
			await page.goto(host.url("/practice/"));
			const control = page.locator("[data-offline-bank]");
			await page.locator("[data-offline-download]").waitFor({ state: "visible", timeout: LONG });
			await control.screenshot({ path: `${SCREENSHOTS}/offline-practice-${width}-${scheme}.png` });
			await waitForWorker(page);
			// Chromium's offline mode cuts the worker off too (tested above); the host stays up for other contexts.
			await context.setOffline(true);
			await page.goto(host.url("/questions/no-such-saved-page/"));
			expect(await page.locator("[data-offline-fallback]").isVisible()).toBe(true);
			if (width === 1280) expect(await axeViolations(page)).toEqual([]);
			await page.screenshot({
				path: `${SCREENSHOTS}/offline-fallback-${width}-${scheme}.png`,
				fullPage: true,
			});
			await context.close();
		},
		LONG,
	);
});
