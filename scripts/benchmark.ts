/**
 * Speed and size figures; prints, never fails on a number. Record the output in BENCHMARKS.md.
 *
 *   npm run bench                          synthetic corpora of 1,000 and 10,000 questions + Lighthouse
 *   npm run bench -- --sizes 1000          other corpus sizes
 *   npm run bench -- --sizes 1000,10000,100000   also 100,000 questions (opt-in: about half an hour)
 *   npm run bench -- --no-lighthouse       skip Lighthouse
 *   npm run bench -- --no-vocabulary       build the corpora without the site's vocabulary
 *
 * Each corpus is generated deterministically into tests/.tmp/bench/ and built cold, each step in its
 * own process as `npm run build` runs them (astro build, then Pagefind), and measured: pages,
 * seconds, pages per second, peak memory of each step (with the processes it starts), the
 * size of dist/ and of the search index, the bytes a browser downloads for a first search (and what
 * they are), and the JavaScript an article page loads; then the bank's weight: the bank page's HTML, the bank
 * manifest (raw and gzip), the practice page and the largest category and tag pages, and Lighthouse on the
 * corpus's bank page and a category page. A large corpus is indexed in shards that are then merged
 * (scripts/build-search-index.ts; SEARCH_SHARDS / SEARCH_SHARD_PAGES in the environment choose the split):
 * each run's pages, seconds, CPU seconds and peak memory, and the merge's, are printed under its row.
 * The offline step (scripts/build-offline.ts) runs third, as in `npm run build`. Then one question
 * is edited and the site built again with the cache the cold build left (the warm rebuild, all
 * three steps timed end to end), and compared, file by file, with the edited corpus built from
 * nothing; where `astro build` spent its time, cold and warm, is printed stage by stage.
 * The corpora carry the site's vocabulary (content/vocabulary.yaml),
 * as a real bank does; `--no-vocabulary` measures what it weighs. Lighthouse (mobile settings, Debian's Chromium) scores the
 * real site's home, an article, the bank and a question.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { CHROMIUM_ARGS, launchChromium, startSite } from "../tests/helpers/browser.ts";
import { differingFiles, fileHashes, listFiles } from "../tests/helpers/files.ts";
import type { BuildStages } from "./bench/stage-timer.ts";
import { syntheticCorpus, writeCorpus } from "./bench/synthetic-corpus.ts";
import { editQuestion } from "./bench/warm-rebuild.ts";

/** The steps of `npm run build`, in order, each measured in its own process. */
const STEPS = ["astro", "pagefind", "offline"] as const;
type Step = (typeof STEPS)[number];

/** What one build step (scripts/bench/build-once.ts) reports. */
interface StepResult {
	seconds: number;
	cpuSeconds: number;
	stages?: BuildStages;
	files?: number;
	pages?: number;
	reused?: boolean;
	keptRuns?: number;
	shards?: { pages: number; seconds: number; cpuSeconds: number; peakMb: number }[];
	merge?: { seconds: number; cpuSeconds: number; peakMb: number };
	peakMb: number;
}

/** Seconds, and CPU seconds in brackets. */
const timed = (step: StepResult) => `${step.seconds.toFixed(1)} s（CPU ${step.cpuSeconds.toFixed(1)} s）`;

/** Where an astro build spent its time, stage by stage. */
function stageLine(label: string, { stages }: StepResult): string {
	const at = (seconds: number | undefined) => (seconds === undefined ? "—" : `${seconds.toFixed(1)} s`);
	return `  astro build 各阶段（${label}）：启动 ${at(stages?.startup)}，集成准备 ${at(stages?.setup)}，内容同步 ${at(stages?.content)}，Vite 打包 ${at(stages?.bundle)}，生成页面 ${at(stages?.pages)}，收尾 ${at(stages?.done)}`;
}

/**
 * Edits one question of the corpus just built and builds again with the cache (all steps, timed
 * end to end), then builds the edited corpus from nothing beside it and compares every file.
 */
function warmRebuild(
	count: number,
	root: string,
	runStep: (step: Step, dist?: string) => StepResult,
): string[] {
	editQuestion(`${root}/content`, Math.floor(count / 2));
	const start = performance.now();
	const [astro, pagefind, offline] = STEPS.map((step) => runStep(step)) as [
		StepResult,
		StepResult,
		StepResult,
	];
	const seconds = (performance.now() - start) / 1000;
	const cold = `${root}/cold-edited`;
	for (const step of STEPS) runStep(step, cold);
	const reference = fileHashes(cold);
	const differing = differingFiles(fileHashes(`${root}/dist`), reference);
	const indexed = (pagefind.shards ?? []).map((shard) => `${shard.pages} 页 ${shard.seconds.toFixed(1)} s`);
	const merged = pagefind.merge ? `，合并 ${pagefind.merge.seconds.toFixed(1)} s` : "";
	const runs = pagefind.reused
		? "整个沿用"
		: `索引变了的页面：${indexed.join("、") || "无"}；沿用 ${pagefind.keptRuns ?? 0} 次的结果${merged}`;
	return [
		`  改一题后重建（沿用缓存，端到端 ${seconds.toFixed(1)} s）：astro ${timed(astro)}，Pagefind ${timed(pagefind)}（${runs}），离线 ${timed(offline)}`,
		differing.length === 0
			? `  与改后语料从零构建比较：全部 ${reference.size} 个文件逐字节相同`
			: `  与改后语料从零构建比较：${differing.length} 个文件不同：${differing.slice(0, 5).join("、")}`,
		stageLine("改一题后", astro),
	];
}

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

/** What a first search downloads, by kind of file. */
const DOWNLOAD_KINDS: [string, RegExp][] = [
	["脚本与 wasm", /pagefind\.js$|\.pagefind$|pagefind-entry\.json$/],
	["元数据", /\.pf_meta$/],
	["索引分片", /\.pf_index$/],
	["筛选", /\.pf_filter$/],
	["结果片段", /\.pf_fragment$/],
	["search-data", /search-data\.json$/],
];

/**
 * Bytes (gzip) the browser fetches for a first search on the search page: Pagefind's files (from
 * every bundle) and the site's search data (vocabulary, suggestions), in all and by kind.
 */
async function firstSearchBytes(
	dist: string,
	query: string,
): Promise<{ total: number; kinds: Map<string, number> }> {
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
		// The status carries a state once the hits are on screen (the URL holds the query from the start).
		await page.locator("main [data-search-status][data-state]").waitFor({ timeout: 300_000 });
		await page.waitForLoadState("networkidle");
		const kinds = new Map<string, number>();
		let total = 0;
		for (const path of fetched) {
			const bytes = gzipOf(join(dist, path));
			total += bytes;
			const kind = DOWNLOAD_KINDS.find(([, pattern]) => pattern.test(path))?.[0] ?? "其他";
			kinds.set(kind, (kinds.get(kind) ?? 0) + bytes);
		}
		return { total, kinds };
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
	/**
	 * Runs one build step in its own process, as `npm run build` does, and reads its figures. The
	 * build cache lives beside the output folder.
	 */
	const runStep = (step: Step, dist = `${root}/dist`): StepResult => {
		const output = execFileSync(process.execPath, ["scripts/bench/build-once.ts", step, dist], {
			env: { ...process.env, CONTENT_DIR: `./${root}/content`, ASTRO_CACHE_DIR: `${dist}-cache` },
			encoding: "utf8",
			maxBuffer: 64 * 1024 * 1024,
		});
		return JSON.parse(output.trim().split("\n").at(-1) ?? "{}") as StepResult;
	};
	const loadBefore = readFileSync("/proc/loadavg", "utf8").split(" ")[0];
	const astro = runStep("astro");
	const pagefind = runStep("pagefind");
	const offline = runStep("offline");
	// Pages built (HTML files), as in earlier rounds; the index holds the articles and questions among them.
	const pages = pagefind.files ?? 0;
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
			kb(search.total),
			kb(articleScriptBytes(dist)),
		].join(" | "),
	);
	// CPU time varies far less than wall time on a shared machine.
	console.log(
		`  CPU（用户+系统，含子进程）：astro ${astro.cpuSeconds.toFixed(0)} s，Pagefind ${pagefind.cpuSeconds.toFixed(0)} s；离线一步 ${timed(offline)}；负载 ${loadBefore} → ${readFileSync("/proc/loadavg", "utf8").split(" ")[0]}`,
	);
	console.log(stageLine("冷构建", astro));
	const shards = pagefind.shards ?? [];
	shards.forEach((shard, index) => {
		console.log(
			`  索引 ${index + 1}/${shards.length}：${shard.pages} 页，${shard.seconds.toFixed(1)} s（CPU ${shard.cpuSeconds.toFixed(0)} s），峰值 ${shard.peakMb} MB`,
		);
	});
	const merge = pagefind.merge;
	if (merge)
		console.log(
			`  合并${shards.length > 1 ? "" : "（一次的结果：重排页面、重切索引块）"}：${merge.seconds.toFixed(1)} s（CPU ${merge.cpuSeconds.toFixed(0)} s），峰值 ${merge.peakMb} MB`,
		);
	console.log(
		`  首次搜索下载：${[...search.kinds].map(([kind, bytes]) => `${kind} ${kb(bytes)}`).join("，")}`,
	);
	console.log(await bankWeight(dist, !values["no-lighthouse"]));
	for (const line of warmRebuild(count, root, runStep)) console.log(line);
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
		"/practice/",
		"/interview/",
		"/progress/",
		"/offline/",
	]))
		console.log(line);
}
