/**
 * Speed and size figures; prints, never fails on a number. Record the output in BENCHMARKS.md.
 *
 *   npm run bench                          synthetic corpora of 1,000 and 10,000 questions + Lighthouse
 *   npm run bench -- --sizes 1000          other corpus sizes
 *   npm run bench -- --no-lighthouse       skip Lighthouse
 *   npm run bench -- --no-vocabulary       build the corpora without the site's vocabulary
 *
 * Each corpus is generated deterministically into tests/.tmp/bench/ and built cold, each step in its
 * own process as `npm run build` runs them (astro build, then Pagefind), and measured: pages,
 * seconds, pages per second, peak memory of each step (with the processes it starts), the
 * size of dist/ and of the search index, the bytes a browser downloads for a first search, and
 * the JavaScript an article page loads; then the bank's weight: the bank page's HTML, the bank manifest
 * (raw and gzip), the practice page and the largest category and tag pages, and Lighthouse on the
 * corpus's bank page and a category page. The corpora carry the site's vocabulary (content/vocabulary.yaml),
 * as a real bank does; `--no-vocabulary` measures what it weighs. Lighthouse (mobile settings, Debian's Chromium) scores the
 * real site's home, an article, the bank and a question.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { CHROMIUM_ARGS, launchChromium, startSite } from "../tests/helpers/browser.ts";
import { listFiles } from "../tests/helpers/files.ts";
import { syntheticCorpus, writeCorpus } from "./bench/synthetic-corpus.ts";

const { values } = parseArgs({
	options: {
		sizes: { type: "string", default: "1000,10000" },
		"no-lighthouse": { type: "boolean", default: false },
		"no-vocabulary": { type: "boolean", default: false },
	},
});

/** Every file under `dir`, as full paths. */
const files = (dir: string) => listFiles(dir).map((name) => join(dir, name));
const size = (paths: string[]) => paths.reduce((sum, path) => sum + statSync(path).size, 0);
const gzipOf = (path: string) => gzipSync(readFileSync(path)).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Bytes (gzip) the browser fetches for a first search on the search page: Pagefind's files and the
 * site's search data (vocabulary, suggestions).
 */
async function firstSearchBytes(dist: string, query: string): Promise<number> {
	const site = await startSite(dist, "/");
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		const fetched = new Set<string>();
		page.on("response", (response) => {
			const path = new URL(response.url()).pathname;
			if (path.startsWith("/pagefind/") || path === "/search-data.json") fetched.add(path);
		});
		await page.goto(site.url(`/search/?q=${encodeURIComponent(query)}`));
		await page.waitForFunction((typed) => new URLSearchParams(location.search).get("q") === typed, query, {
			timeout: 60_000,
		});
		await page.waitForLoadState("networkidle");
		return [...fetched].reduce((sum, path) => sum + gzipOf(join(dist, path)), 0);
	} finally {
		await browser.close();
		await site.close();
	}
}

/** Gzipped JavaScript an article page loads before any interaction. */
function articleScriptBytes(dist: string): number {
	const article = files(join(dist, "articles")).find(
		(path) => path.endsWith("index.html") && path !== join(dist, "articles", "index.html"),
	);
	if (!article) return 0;
	const html = readFileSync(article, "utf8");
	const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => join(dist, match[1] ?? ""));
	const seen = new Set<string>();
	const visit = (path: string) => {
		if (seen.has(path)) return;
		seen.add(path);
		for (const match of readFileSync(path, "utf8").matchAll(/from\s*"\.\/([^"]+\.js)"/g))
			visit(join(path, "..", match[1] ?? ""));
	};
	for (const script of scripts) visit(script);
	return [...seen].reduce((sum, path) => sum + gzipOf(path), 0);
}

/** Lighthouse (mobile settings) scores of pages of a built site: performance / accessibility / best practices / SEO. */
async function lighthouseScores(dist: string, paths: readonly string[]): Promise<string[]> {
	const { default: lighthouse } = await import("lighthouse");
	const site = await startSite(dist, "/");
	// Lighthouse drives its own Chromium through chrome-launcher.
	const { launch } = await import("chrome-launcher");
	const chrome = await launch({
		chromePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
		chromeFlags: CHROMIUM_ARGS,
	});
	const lines: string[] = [];
	try {
		for (const path of paths) {
			const result = await lighthouse(site.url(path), {
				port: chrome.port,
				output: "json",
				logLevel: "error",
			});
			const lhr = result?.lhr;
			if (!lhr || lhr.runtimeError) {
				lines.push(
					`  ${path.padEnd(48)} Lighthouse 出错：${lhr?.runtimeError?.code ?? "没有结果"}（请重跑）`,
				);
				continue;
			}
			const score = (key: string) => {
				const value = lhr.categories[key]?.score;
				return value === null || value === undefined ? "—" : String(Math.round(value * 100));
			};
			lines.push(
				`  ${path.padEnd(48)} ${score("performance")} / ${score("accessibility")} / ${score("best-practices")} / ${score("seo")}`,
			);
		}
	} finally {
		chrome.kill();
		await site.close();
	}
	return lines;
}

/** The largest `index.html` under a folder of dist (a category's or a tag's pages), by bytes. */
function largestPage(dir: string): { path: string; bytes: number } {
	const pages = files(dir).filter((path) => path.endsWith("index.html"));
	return pages.reduce(
		(largest, path) => {
			const bytes = statSync(path).size;
			return bytes > largest.bytes ? { path, bytes } : largest;
		},
		{ path: "", bytes: 0 },
	);
}

/** What the bank costs a reader: page and manifest bytes, and Lighthouse on the bank and a category page. */
async function bankWeight(dist: string, lighthouseOn: boolean): Promise<string> {
	const html = (path: string) => statSync(join(dist, path)).size;
	const manifest = join(dist, "bank-manifest.json");
	const category = largestPage(join(dist, "questions"));
	const tag = largestPage(join(dist, "tags"));
	const relative = (path: string) => `/${path.slice(dist.length + 1).replace(/index\.html$/, "")}`;
	const lines = [
		`  题库页 HTML ${kb(html("questions/index.html"))}（gzip ${kb(gzipOf(join(dist, "questions/index.html")))}）` +
			` · 题库清单 ${kb(statSync(manifest).size)}（gzip ${kb(gzipOf(manifest))}）` +
			` · 练习页 HTML ${kb(html("practice/index.html"))} · 全部标签页 ${kb(html("tags/index.html"))}`,
		`  最大的题库目录页 ${relative(category.path)} ${kb(category.bytes)} · 最大的标签页 ${relative(tag.path)} ${kb(tag.bytes)}`,
	];
	if (lighthouseOn) {
		const slug = readdirSync(join(dist, "questions")).find((name) =>
			existsSync(join(dist, "questions", name, "2", "index.html")),
		);
		lines.push(
			"  Lighthouse（移动端设置）：性能 / 无障碍 / 最佳实践 / SEO",
			...(await lighthouseScores(dist, ["/questions/", ...(slug ? [`/questions/${slug}/`] : [])])),
		);
	}
	return lines.join("\n");
}

console.log(
	`基准测试  ${new Date().toISOString().slice(0, 10)}  Node ${process.version}  ${readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.+)/)?.[1] ?? ""}`,
);
console.log(
	"题目数 | 页面数 | astro build | Pagefind | 页面/秒 | 峰值内存(astro / Pagefind) | dist | 搜索索引 | 首次搜索下载(gzip) | 文章页 JS(gzip)",
);
for (const count of values.sizes
	.split(",")
	.map(Number)
	.filter((n) => n > 0)) {
	const root = `tests/.tmp/bench/${count}`;
	// A cold build, as on a fresh clone: no output or cache left from an earlier run.
	rmSync(root, { recursive: true, force: true });
	writeCorpus(`${root}/content`, syntheticCorpus(count));
	if (!values["no-vocabulary"]) copyFileSync("content/vocabulary.yaml", `${root}/content/vocabulary.yaml`);
	/** Runs one build step in its own process, as `npm run build` does, and reads its figures. */
	const runStep = (step: "astro" | "pagefind") => {
		const output = execFileSync(process.execPath, ["scripts/bench/build-once.ts", step, `${root}/dist`], {
			env: { ...process.env, CONTENT_DIR: `./${root}/content`, ASTRO_CACHE_DIR: `${root}/cache` },
			encoding: "utf8",
			maxBuffer: 64 * 1024 * 1024,
		});
		return JSON.parse(output.trim().split("\n").at(-1) ?? "{}") as {
			seconds: number;
			pages?: number;
			peakMb: number;
		};
	};
	const astro = runStep("astro");
	const pagefind = runStep("pagefind");
	const pages = pagefind.pages ?? 0;
	const dist = `${root}/dist`;
	const all = files(dist);
	const perSecond = pages / (astro.seconds + pagefind.seconds);
	// A reader's question, not an index word: several terms, each searched.
	const search = await firstSearchBytes(dist, "为什么大模型需要人类反馈");
	console.log(
		[
			count,
			pages,
			`${astro.seconds.toFixed(1)} s`,
			`${pagefind.seconds.toFixed(1)} s`,
			perSecond.toFixed(0),
			`${astro.peakMb} MB / ${pagefind.peakMb} MB`,
			mb(size(all)),
			mb(size(all.filter((path) => path.includes("/pagefind/")))),
			kb(search),
			kb(articleScriptBytes(dist)),
		].join(" | "),
	);
	console.log(await bankWeight(dist, !values["no-lighthouse"]));
}

if (!values["no-lighthouse"]) {
	execFileSync("npm", ["run", "build"], { stdio: "ignore" });
	const article = readdirSync("content/articles")[0]?.replace(/\.mdx?$/, "");
	const question = readdirSync("content/questions")[0]?.replace(/\.mdx?$/, "");
	console.log("\n真实站点 Lighthouse（移动端设置）：性能 / 无障碍 / 最佳实践 / SEO");
	for (const line of await lighthouseScores("dist", [
		"/",
		`/articles/${article}/`,
		"/questions/",
		`/questions/${question}/`,
	]))
		console.log(line);
}
