import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "../../src/lib/csp.ts";
import { headersFor, hostingHeaders, parseHeaders } from "../../src/lib/hosting-headers.ts";
import { createUrls } from "../../src/lib/urls.ts";
import { APP_ICONS, APPLE_TOUCH_ICON, webManifest } from "../../src/lib/web-manifest.ts";
import { bankView, formatBytes } from "../../src/offline/bank-view.ts";
import { cacheName, outdatedCaches, parseCacheName } from "../../src/offline/cache-names.ts";
import { planCarryOver } from "../../src/offline/carry-over.ts";
import { type DownloadProgress, downloadFiles, type FileStore } from "../../src/offline/download.ts";
import { usedKatexFonts } from "../../src/offline/katex-fonts.ts";
import type { BankStatus } from "../../src/offline/messages.ts";
import {
	type BuiltFile,
	bankFiles,
	buildVersion,
	offlinePlan,
	shellFiles,
	urlOf,
} from "../../src/offline/offline-plan.ts";
import { cacheKey, strategyFor } from "../../src/offline/strategy.ts";

describe("cache names", () => {
	it("carry the scope, the version and the kind, and read back", () => {
		const name = cacheName("/kb/", "abc123", "pages");
		expect(parseCacheName(name)).toEqual({ scope: "/kb/", version: "abc123", kind: "pages" });
	});

	it.each([
		"workbox-precache-v2",
		"offline /kb/ abc123",
		"offline /kb/ abc123 other",
		"other /kb/ abc123 shell",
	])("ignore a cache this site did not name: %s", (name) => {
		expect(parseCacheName(name)).toBeUndefined();
	});

	it("mark this scope's caches from other versions as outdated, and nothing else", () => {
		const names = [
			cacheName("/kb/", "new", "shell"),
			cacheName("/kb/", "old", "shell"),
			cacheName("/kb/", "old", "bank"),
			cacheName("/docs/", "old", "shell"),
			"someone-elses-cache",
		];
		expect(
			outdatedCaches(names, "/kb/", "new").map((parts) => cacheName(parts.scope, parts.version, parts.kind)),
		).toEqual([cacheName("/kb/", "old", "shell"), cacheName("/kb/", "old", "bank")]);
	});
});

describe("how the worker answers a request", () => {
	const scope = "https://example.org/kb/";
	const get = (path: string) => ({ url: `https://example.org${path}`, method: "GET" });

	it.each([
		["/kb/_astro/BaseLayout.Pc8n9W21.css", "cache-first"],
		["/kb/_astro/KaTeX_Main-Regular.B22Nviop.woff2", "cache-first"],
		["/kb/pagefind/index/zh-cn_1233a62.pf_index", "cache-first"],
		["/kb/pagefind/fragment/zh-cn_091c019.pf_fragment", "cache-first"],
		["/kb/pagefind/fragment/b5c9f815/1a.pf_fragment", "cache-first"],
		["/kb/pagefind/fragment/b5c9f815/", "network-first"],
		["/kb/pagefind/pagefind.zh-cn_968814e170388.pf_meta", "cache-first"],
		["/kb/pagefind/pagefind.js", "network-first"],
		["/kb/pagefind/pagefind-entry.json", "network-first"],
		["/kb/pagefind/wasm.unknown.pagefind", "network-first"],
		["/kb/", "network-first"],
		["/kb/questions/kv-cache/", "network-first"],
		["/kb/practice/?category=x", "network-first"],
		["/kb/search-data.json", "network-first"],
		["/kb/offline-bank.json", "network-first"],
		["/kb/sw.js", "bypass"],
		["/other/page/", "bypass"],
		["/kb", "bypass"],
	])("%s: %s", (path, strategy) => {
		expect(strategyFor(get(path), scope)).toBe(strategy);
	});

	it("leaves other origins and non-GET requests to the browser", () => {
		expect(strategyFor({ url: "https://cdn.example.com/kb/x.js", method: "GET" }, scope)).toBe("bypass");
		expect(strategyFor({ url: "https://example.org/kb/questions/", method: "POST" }, scope)).toBe("bypass");
	});

	it("saves a file once whatever its query: pages read it in the browser, Pagefind busts HTTP caches with it", () => {
		expect(cacheKey("https://example.org/kb/practice/?category=a#top")).toBe(
			"https://example.org/kb/practice/",
		);
		expect(cacheKey("https://example.org/kb/404.html?x=1")).toBe("https://example.org/kb/404.html");
		expect(cacheKey("https://example.org/kb/pagefind/pagefind-entry.json?ts=1733050000000")).toBe(
			"https://example.org/kb/pagefind/pagefind-entry.json",
		);
	});
});

const built = (path: string, bytes = 100, hash = `hash-of-${path}`): BuiltFile => ({
	path,
	bytes,
	transferBytes: Math.ceil(bytes / 4),
	hash,
});

const SITE_FILES = [
	"index.html",
	"404.html",
	"questions/index.html",
	"questions/kv-cache/index.html",
	"questions/lora/index.html",
	"questions/training/index.html",
	"questions/training/2/index.html",
	"articles/index.html",
	"articles/finance/index.html",
	"practice/index.html",
	"interview/index.html",
	"progress/index.html",
	"search/index.html",
	"offline/index.html",
	"tags/index.html",
	"tags/feng-kong/index.html",
	"tags/feng-kong/2/index.html",
	"search-data.json",
	"bank-manifest.json",
	"manifest.webmanifest",
	"favicon.svg",
	"rss.xml",
	"_astro/BaseLayout.Pc8n9W21.css",
	"_astro/search-box.BzJU6RLC.js",
	"_astro/KaTeX_Main-Regular.B22Nviop.woff2",
	"_astro/KaTeX_Fraktur-Bold.CL6g_b3V.woff2",
	"pagefind/pagefind.js",
	"pagefind/pagefind-entry.json",
	"pagefind/pagefind.zh-cn_968814e170388.pf_meta",
	"pagefind/wasm.unknown.pagefind",
	"pagefind/index/zh-cn_1233a62.pf_index",
	"pagefind/fragment/zh-cn_091c019.pf_fragment",
	"pagefind/fragment/3948723d/1a.pf_fragment",
	"pagefind/filter/zh-cn_466c85a.pf_filter",
	"pagefind/pagefind-ui.js",
	"pagefind/pagefind-ui.css",
	"pagefind/pagefind-worker.js",
	"pagefind/pagefind-highlight.js",
	"images/flow.png",
];

describe("what the build saves for offline use", () => {
	it("names a page by its directory and a file by its path", () => {
		expect(urlOf("index.html")).toBe("./");
		expect(urlOf("questions/kv-cache/index.html")).toBe("questions/kv-cache/");
		expect(urlOf("404.html")).toBe("404.html");
		expect(urlOf("_astro/a.js")).toBe("_astro/a.js");
	});

	it("precaches the shell's pages and data, all scripts and styles, and only the fonts in use", () => {
		const shell = shellFiles(SITE_FILES, new Set(["_astro/KaTeX_Main-Regular.B22Nviop.woff2"]));
		expect(shell).toEqual([
			"index.html",
			"questions/index.html",
			"practice/index.html",
			"interview/index.html",
			"progress/index.html",
			"search/index.html",
			"offline/index.html",
			"search-data.json",
			"bank-manifest.json",
			"manifest.webmanifest",
			"favicon.svg",
			"_astro/BaseLayout.Pc8n9W21.css",
			"_astro/search-box.BzJU6RLC.js",
			"_astro/KaTeX_Main-Regular.B22Nviop.woff2",
		]);
	});

	it("puts every question, category page, article, font, image and the search index in the bank, but no tag page or Pagefind UI", () => {
		expect(bankFiles(SITE_FILES)).toEqual([
			"questions/kv-cache/index.html",
			"questions/lora/index.html",
			"questions/training/index.html",
			"questions/training/2/index.html",
			"articles/index.html",
			"articles/finance/index.html",
			"_astro/KaTeX_Main-Regular.B22Nviop.woff2",
			"_astro/KaTeX_Fraktur-Bold.CL6g_b3V.woff2",
			"pagefind/pagefind.js",
			"pagefind/pagefind-entry.json",
			"pagefind/pagefind.zh-cn_968814e170388.pf_meta",
			"pagefind/wasm.unknown.pagefind",
			"pagefind/index/zh-cn_1233a62.pf_index",
			"pagefind/fragment/zh-cn_091c019.pf_fragment",
			"pagefind/fragment/3948723d/1a.pf_fragment",
			"pagefind/filter/zh-cn_466c85a.pf_filter",
			"images/flow.png",
		]);
	});

	it("gives a new version when any file changes, and the same one for the same files in any order", () => {
		const files = SITE_FILES.map((path) => built(path));
		const version = buildVersion(files);
		expect(version).toMatch(/^[0-9a-f]{12}$/);
		expect(buildVersion([...files].reverse())).toBe(version);
		const edited = files.map((file) =>
			file.path === "questions/lora/index.html" ? { ...file, hash: "new" } : file,
		);
		expect(buildVersion(edited)).not.toBe(version);
		const renamed = files.map((file) => (file.path === "favicon.svg" ? { ...file, path: "logo.svg" } : file));
		expect(buildVersion(renamed)).not.toBe(version);
	});

	it("leaves its own output out of the version, so running the step again changes nothing", () => {
		const files = SITE_FILES.map((path) => built(path));
		expect(buildVersion([...files, built("sw.js"), built("offline-bank.json")])).toBe(buildVersion(files));
	});

	it("counts the bank's questions (not its category pages) and articles, sums its sizes, and versions the worker's code too", () => {
		const files = SITE_FILES.map((path) => built(path, path.endsWith(".html") ? 1000 : 100));
		const questionIds = new Set(["kv-cache", "lora"]);
		const plan = offlinePlan(files, { usedFonts: new Set(), workerHash: "w1", questionIds });
		expect(offlinePlan(files, { usedFonts: new Set(), workerHash: "w1", questionIds }).version).toBe(
			plan.version,
		);
		expect(offlinePlan(files, { usedFonts: new Set(), workerHash: "w2", questionIds }).version).not.toBe(
			plan.version,
		);
		expect(plan.shell[0]).toBe("./");
		expect(plan.shell).toContain("offline/");
		expect(plan.bank.version).toBe(plan.version);
		expect(plan.bank).toMatchObject({ questions: 2, articles: 1 });
		expect(plan.bank.files).toContainEqual({
			url: "questions/kv-cache/",
			bytes: 1000,
			hash: "hash-of-ques",
		});
		expect(plan.bank.files).toContainEqual({
			url: "questions/training/2/",
			bytes: 1000,
			hash: "hash-of-ques",
		});
		expect(plan.bank.bytes).toBe(6 * 1000 + 11 * 100);
		expect(plan.bank.transferBytes).toBe(6 * 250 + 11 * 25);
	});
});

describe("what a new version keeps of what the reader saved", () => {
	const scope = "https://example.org/kb/";
	const url = (path: string) => `${scope}${path}`;
	const plan = (entries: { url: string; kind: "pages" | "bank" }[], oldHashes: [string, string][] = []) =>
		planCarryOver({
			entries,
			oldHashes: new Map(oldHashes.map(([path, hash]) => [url(path), hash])),
			newHashes: new Map([
				[url("questions/same/"), "h1"],
				[url("questions/edited/"), "h2-new"],
				[url("pagefind/index/zh-cn_1233a62.pf_index"), "h3"],
			]),
			shell: new Set([url("questions/")]),
			strategyOf: (target) => strategyFor({ url: target, method: "GET" }, scope),
		});

	it("copies files the new build has unchanged, and fetches the edited ones again", () => {
		const result = plan(
			[
				{ url: url("questions/same/"), kind: "bank" },
				{ url: url("questions/edited/"), kind: "bank" },
				{ url: url("questions/same/"), kind: "pages" },
			],
			[
				["questions/same/", "h1"],
				["questions/edited/", "h2-old"],
			],
		);
		expect(result.copy).toEqual([
			{ url: url("questions/same/"), kind: "bank" },
			{ url: url("questions/same/"), kind: "pages" },
		]);
		// The edited question is in the bank only: the bank's own download fetches it, not this step.
		expect(result.refetch).toEqual([]);
	});

	it("fetches again a page the reader opened when nothing says it is unchanged", () => {
		const result = plan([
			{ url: url("questions/same/"), kind: "pages" },
			{ url: url("tags/feng-kong/"), kind: "pages" },
		]);
		expect(result.copy).toEqual([]);
		expect(result.refetch).toEqual([url("questions/same/"), url("tags/feng-kong/")]);
	});

	it("copies a content-named file the new build still has, and leaves behind one it has not", () => {
		const result = plan([
			{ url: url("pagefind/index/zh-cn_1233a62.pf_index"), kind: "pages" },
			{ url: url("pagefind/index/zh-cn_0000000.pf_index"), kind: "pages" },
			{ url: url("_astro/KaTeX_Old.abc.woff2"), kind: "pages" },
		]);
		expect(result.copy).toEqual([{ url: url("pagefind/index/zh-cn_1233a62.pf_index"), kind: "pages" }]);
		expect(result.refetch).toEqual([]);
	});

	it("leaves the shell's pages to the new version's own precache, but keeps the bank's copy of a shell file", () => {
		expect(plan([{ url: url("questions/"), kind: "pages" }])).toEqual({ copy: [], refetch: [] });
		const font = url("_astro/KaTeX_Main-Regular.B22Nviop.woff2");
		const result = planCarryOver({
			entries: [{ url: font, kind: "bank" }],
			oldHashes: new Map(),
			newHashes: new Map([[font, "f1"]]),
			shell: new Set([font]),
			strategyOf: (target) => strategyFor({ url: target, method: "GET" }, scope),
		});
		expect(result.copy).toEqual([{ url: font, kind: "bank" }]);
	});
});

describe("the KaTeX fonts the formulas use", () => {
	const face = (family: string, file: string, weight = 400, style = "normal") =>
		`@font-face{font-display:block;font-family:${family};font-style:${style};font-weight:${weight};src:url(/kb/_astro/${file}) format("woff2")}`;
	const CSS = [
		face("KaTeX_Main", "KaTeX_Main-Regular.a.woff2"),
		face("KaTeX_Main", "KaTeX_Main-Bold.b.woff2", 700),
		face("KaTeX_Math", "KaTeX_Math-Italic.c.woff2", 400, "italic"),
		face("KaTeX_Math", "KaTeX_Math-BoldItalic.d.woff2", 700, "italic"),
		face("KaTeX_Size2", "KaTeX_Size2-Regular.e.woff2"),
		face("KaTeX_Fraktur", "KaTeX_Fraktur-Regular.f.woff2"),
		".katex{font:normal 1.21em KaTeX_Main,Times New Roman,serif;line-height:1.2}",
		".katex .mathnormal{font-family:KaTeX_Math;font-style:italic}",
		".katex .mathbf{font-family:KaTeX_Main;font-weight:700}",
		".katex .boldsymbol{font-family:KaTeX_Math;font-style:italic;font-weight:700}",
		".katex .mathfrak,.katex .textfrak{font-family:KaTeX_Fraktur}",
		".katex .delimsizing.size2{font-family:KaTeX_Size2}",
		".prose strong{font-weight:650}",
		"@media print{.katex .mathbf{color:black}}",
	].join("");
	const used = (...lists: string[]) =>
		usedKatexFonts(
			CSS,
			lists.map((list) => list.split(" ")),
		);

	it("finds no font on a site without formulas", () => {
		expect(used("prose", "card title")).toEqual([]);
	});

	it("always uses the main font where there is a formula, and the face each class asks for", () => {
		expect(used("katex", "mord mathnormal", "delimsizing size2")).toEqual([
			"/kb/_astro/KaTeX_Main-Regular.a.woff2",
			"/kb/_astro/KaTeX_Math-Italic.c.woff2",
			"/kb/_astro/KaTeX_Size2-Regular.e.woff2",
		]);
	});

	it("tells weights and styles apart and needs every class of a compound selector", () => {
		expect(used("katex", "mord boldsymbol", "mord mathbf", "size2")).toEqual([
			"/kb/_astro/KaTeX_Main-Regular.a.woff2",
			"/kb/_astro/KaTeX_Main-Bold.b.woff2",
			"/kb/_astro/KaTeX_Math-BoldItalic.d.woff2",
		]);
	});

	it("falls back to a family's regular face when the stylesheet has no face for the combination", () => {
		// Fraktur (the later rule) in bold italic (from boldsymbol): no such face, so Fraktur's regular one.
		expect(used("mord boldsymbol textfrak")).toEqual(["/kb/_astro/KaTeX_Fraktur-Regular.f.woff2"]);
		// Main bold (the later rule) in italic (from mathnormal): no such face here either.
		expect(used("mord mathbf mathnormal")).toEqual(["/kb/_astro/KaTeX_Main-Regular.a.woff2"]);
	});
});

describe("downloading the bank", () => {
	function memoryStore(saved: string[] = []): FileStore & { urls: Set<string> } {
		const urls = new Set(saved);
		return {
			urls,
			has: async (url) => urls.has(url),
			put: async (url) => {
				urls.add(url);
			},
		};
	}
	const files = Array.from({ length: 10 }, (_, index) => ({
		url: `https://example.org/f${index}`,
		bytes: 10,
	}));

	it("saves every file, a few at a time, and reports progress up to the total", async () => {
		const store = memoryStore();
		let inFlight = 0;
		let most = 0;
		const reports: DownloadProgress[] = [];
		const result = await downloadFiles(files, {
			store,
			concurrency: 3,
			fetchFile: async () => {
				inFlight += 1;
				most = Math.max(most, inFlight);
				await new Promise((done) => setTimeout(done, 2));
				inFlight -= 1;
				return new Response("x");
			},
			onProgress: (progress) => reports.push(progress),
		});
		expect(result).toEqual({ done: 10, total: 10, doneBytes: 100, totalBytes: 100, failed: 0 });
		expect(store.urls.size).toBe(10);
		expect(most).toBe(3);
		expect(reports.map((report) => report.done)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
	});

	it("skips what is already saved, so an interrupted download continues", async () => {
		const fetched: string[] = [];
		const store = memoryStore(files.slice(0, 7).map((file) => file.url));
		const result = await downloadFiles(files, {
			store,
			fetchFile: async (url) => {
				fetched.push(url);
				return new Response("x");
			},
		});
		expect(fetched.sort()).toEqual(files.slice(7).map((file) => file.url));
		expect(result.done).toBe(10);
	});

	it("counts files that fail (an error status or no network) and saves the rest", async () => {
		const store = memoryStore();
		const result = await downloadFiles(files, {
			store,
			fetchFile: async (url) => {
				if (url.endsWith("f3")) throw new TypeError("Failed to fetch");
				return new Response("x", { status: url.endsWith("f5") ? 404 : 200 });
			},
		});
		expect(result).toMatchObject({ done: 8, failed: 2, doneBytes: 80 });
		expect(store.urls.has("https://example.org/f3")).toBe(false);
		expect(store.urls.has("https://example.org/f5")).toBe(false);
	});

	it("starts no new request once aborted", async () => {
		const abort = new AbortController();
		const store = memoryStore();
		const result = await downloadFiles(files, {
			store,
			concurrency: 1,
			signal: abort.signal,
			fetchFile: async () => {
				if (store.urls.size === 3) abort.abort();
				return new Response("x");
			},
		});
		expect(result.done).toBe(4);
		expect(store.urls.size).toBe(4);
	});
});

describe("the download control's words", () => {
	const list = { questions: 308, articles: 16, bytes: 21_700_000, transferBytes: 6_700_000 };
	const status = (state: BankStatus["state"], extra: Partial<BankStatus> = {}): BankStatus => ({
		state,
		list,
		savedFiles: 0,
		totalFiles: 731,
		...extra,
	});

	it("formats sizes in KB under a megabyte and in MB with one decimal above", () => {
		expect(formatBytes(300)).toBe("1 KB");
		expect(formatBytes(820 * 1024)).toBe("820 KB");
		expect(formatBytes(6_700_000)).toBe("6.4 MB");
	});

	it("shows the size on the button before downloading", () => {
		const view = bankView(status("none"));
		expect(view.download).toBe("下载整个题库以便离线使用（约\u00a06.4\u00a0MB）");
		expect(view.message).toContain("308 道题、16 篇文章和搜索索引");
		expect(view.message).toContain("占用本机约 20.7 MB");
		expect(view).toMatchObject({ remove: undefined, progress: undefined, downloadDisabled: false });
	});

	it("shows progress by bytes while downloading", () => {
		const progress = { done: 200, total: 731, doneBytes: 5_425_000, totalBytes: 21_700_000, failed: 0 };
		const view = bankView(status("downloading", { savedFiles: 200, progress }));
		expect(view.progress).toBe(0.25);
		expect(view.message).toContain("已完成 25%（200 / 731 个文件）");
		expect(view).toMatchObject({ downloadDisabled: true, remove: "取消下载" });
	});

	it("offers to continue a partial download and says how many files failed", () => {
		const progress = { done: 700, total: 731, doneBytes: 1, totalBytes: 2, failed: 31 };
		const view = bankView(status("partial", { savedFiles: 700, progress }));
		expect(view.download).toBe("继续下载");
		expect(view.message).toContain("31 个没有下载成功");
		expect(view.remove).toBe("删除离线题库");
	});

	it("keeps the download button but disables it, saying why, when the browser is offline", () => {
		const view = bankView(status("none"), false);
		expect(view).toMatchObject({
			download: "下载整个题库以便离线使用（约\u00a06.4\u00a0MB）",
			downloadDisabled: true,
		});
		expect(view.message).toContain("联网后才能下载");
		expect(bankView(status("partial", { savedFiles: 3 }), false).downloadDisabled).toBe(true);
	});

	it("offers removal once complete, and nothing to click before the worker answers or without the list", () => {
		expect(bankView(status("complete"))).toMatchObject({ download: undefined, remove: "删除离线题库" });
		expect(bankView(undefined)).toMatchObject({ download: undefined, remove: undefined });
		expect(bankView({ state: "unknown", savedFiles: 0, totalFiles: 0 })).toMatchObject({
			download: undefined,
			remove: undefined,
		});
	});
});

describe("installing the site as an app", () => {
	const manifest = webManifest({ name: "站点", shortName: "站", description: "说明" }, createUrls("/kb/"));

	it("starts and stays inside the base path", () => {
		expect(manifest.start_url).toBe("/kb/");
		expect(manifest.scope).toBe("/kb/");
		expect(manifest.id).toBe("/kb/");
		for (const icon of manifest.icons) expect(icon.src.startsWith("/kb/")).toBe(true);
		for (const shortcut of manifest.shortcuts) expect(shortcut.url.startsWith("/kb/")).toBe(true);
	});

	it("has a name, a theme colour and icons of several sizes, maskable ones included", () => {
		expect(manifest).toMatchObject({ name: "站点", short_name: "站", display: "standalone", lang: "zh-CN" });
		expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
		const sizes = manifest.icons.filter((icon) => icon.purpose === "any").map((icon) => icon.sizes);
		expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
		const maskable = manifest.icons.filter((icon) => icon.purpose === "maskable").map((icon) => icon.sizes);
		expect(maskable).toEqual(expect.arrayContaining(["192x192", "512x512"]));
	});

	it.each([...APP_ICONS, APPLE_TOUCH_ICON])("$file is a $size px square PNG in public/", ({ file, size }) => {
		const png = readFileSync(`public/${file}`);
		expect(png.subarray(1, 4).toString()).toBe("PNG");
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
	});
});

describe("hosting headers for offline use", () => {
	const rules = parseHeaders(hostingHeaders("/kb/", []));

	it("serve the service worker with no-cache, and hashed assets as immutable", () => {
		expect(headersFor(rules, "/kb/sw.js")["Cache-Control"]).toBe("no-cache");
		expect(headersFor(rules, "/kb/_astro/a.js")["Cache-Control"]).toContain("immutable");
		expect(headersFor(rules, "/kb/questions/")["Cache-Control"]).toBeUndefined();
	});

	it("allow only the site's own worker and manifest", () => {
		const policy = contentSecurityPolicy([]);
		expect(policy).toContain("worker-src 'self'");
		expect(policy).toContain("manifest-src 'self'");
	});
});
