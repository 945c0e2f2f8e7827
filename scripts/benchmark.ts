/**
 * Prints the site's speed and size figures: build and index time, the weight of dist/ and of a
 * typical page of each kind (HTML, CSS and JS, raw and gzipped), and the search index. Figures only:
 * nothing here fails on a number, so compare runs by eye or in CI logs.
 * Usage: npm run bench [-- --no-build]
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";

const DIST = "dist";

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (paths: string[]) => paths.reduce((sum, path) => sum + gzipSync(readFileSync(path)).length, 0);
const raw = (paths: string[]) => paths.reduce((sum, path) => sum + statSync(path).size, 0);

/** The HTML file, stylesheets and scripts a page loads before any interaction. */
function pageFiles(html: string): string[] {
	const text = readFileSync(html, "utf8");
	const refs = [...text.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)].map(
		(match) => match[1] ?? "",
	);
	return [html, ...refs.filter((ref) => ref.startsWith("/")).map((ref) => join(DIST, ref))];
}

function time(command: string, args: string[]): number {
	const start = performance.now();
	execFileSync(command, args, { stdio: "ignore" });
	return (performance.now() - start) / 1000;
}

if (!process.argv.includes("--no-build")) {
	const build = time("npx", ["--no", "astro", "build"]);
	const index = time(process.execPath, ["scripts/build-search-index.ts"]);
	console.log(`构建：astro build ${build.toFixed(1)} s，Pagefind 索引 ${index.toFixed(1)} s`);
}

const all = files(DIST);
const html = all.filter((path) => path.endsWith(".html"));
const byKind = (pattern: RegExp) => all.filter((path) => pattern.test(path));
console.log(`dist/：${all.length} 个文件，${html.length} 个页面，共 ${kb(raw(all))}`);
console.log(
	`  KaTeX 字体（woff2）：${byKind(/KaTeX_.*\.woff2$/).length} 个，${kb(raw(byKind(/KaTeX_.*\.woff2$/)))}`,
);
console.log(`  Pagefind 索引：${kb(raw(byKind(/\/pagefind\//)))}（搜索时按需加载）`);

const samples: [string, string | undefined][] = [
	["首页", join(DIST, "index.html")],
	["文章页", html.find((path) => /\/articles\/[^/]+\/index\.html$/.test(path))],
	["题目页", html.find((path) => /\/questions\/[^/]+\/index\.html$/.test(path))],
	["题库页", join(DIST, "questions/index.html")],
	["搜索页", join(DIST, "search/index.html")],
];
console.log("\n页面首次加载（HTML + CSS + JS，不含按需加载的字体与搜索索引）：");
for (const [label, path] of samples) {
	if (!path) continue;
	const loaded = pageFiles(path);
	const js = loaded.filter((file) => file.endsWith(".js"));
	console.log(
		`  ${label.padEnd(4, "　")} ${relative(DIST, path).padEnd(48)} 原始 ${kb(raw(loaded)).padStart(9)}  gzip ${kb(gz(loaded)).padStart(8)}  其中 JS ${kb(raw(js))}`,
	);
}
