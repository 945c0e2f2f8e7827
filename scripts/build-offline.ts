/**
 * Makes the built site in `dist/` work offline. Writes `sw.js` (the service worker, bundled from
 * src/offline/service-worker.ts with this build's version and app-shell list) and
 * `offline-bank.json` (what "download the whole bank" saves, with sizes). Runs after the search
 * index is written, since the bank includes it and the version covers it.
 * Usage: node scripts/build-offline.ts [distDir]
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { buildCacheDir } from "../src/build-cache/cache-dir.ts";
import { fileStamp } from "../src/build-cache/file-stamp.ts";
import { hashParts } from "../src/build-cache/hash.ts";
import { stampMemo } from "../src/build-cache/stamp-memo.ts";
import { usedKatexFonts } from "../src/offline/katex-fonts.ts";
import { BANK_LIST_FILE } from "../src/offline/messages.ts";
import { type BuiltFile, OFFLINE_PAGE, offlinePlan, urlOf } from "../src/offline/offline-plan.ts";
import { WORKER_FILE } from "../src/offline/strategy.ts";
import { decodeManifest } from "../src/practice/compact-manifest.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const WORKER_SOURCE = join(ROOT, "src/offline/service-worker.ts");
/** The bank's question list, written by the build. */
const BANK_MANIFEST = "bank-manifest.json";
/** Files hosts compress (as scripts/serve-dist.ts does): text, not fonts, images or Pagefind's gzipped index. */
const COMPRESSIBLE = /\.(?:html|css|js|mjs|json|xml|svg|txt|webmanifest)$/;

function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"))
		.sort();
}

/** What this step reads from a built file: its description and, for a page with formulas, its class lists. */
interface ReadFile extends BuiltFile {
	/** Every distinct `class` value of a page with KaTeX formulas (none for other files). */
	classes: string[];
}

function isReadFile(value: unknown): value is ReadFile {
	if (typeof value !== "object" || value === null) return false;
	const { path, bytes, transferBytes, hash, classes } = value as Record<string, unknown>;
	return (
		typeof path === "string" &&
		typeof bytes === "number" &&
		typeof transferBytes === "number" &&
		typeof hash === "string" &&
		Array.isArray(classes) &&
		classes.every((item) => typeof item === "string")
	);
}

function readBuiltFile(dir: string, path: string): ReadFile {
	const content = readFileSync(join(dir, path));
	const html = path.endsWith(".html") ? content.toString("utf8") : "";
	// Each class list copied out of the page: a matched substring would keep the whole page's text
	// alive (V8 slices strings), and at 100,000 pages that ran the step out of memory.
	const classes = html.includes('class="katex"')
		? [...new Set([...html.matchAll(/\bclass="([^"]*)"/g)].map(([, value = ""]) => value))].map((value) =>
				Buffer.from(value).toString(),
			)
		: [];
	return {
		path,
		bytes: content.length,
		transferBytes: COMPRESSIBLE.test(path) ? gzipSync(content).length : content.length,
		hash: createHash("sha256").update(content).digest("hex"),
		classes,
	};
}

/**
 * Reads every built file, or takes what an earlier run read from it while the file is unchanged
 * (same stamp; memo in the build cache): at 10,000 questions, reading, hashing and compressing
 * every page took 7 of this step's 10 seconds.
 */
function readBuiltFiles(dir: string, paths: readonly string[], cacheDir: string): ReadFile[] {
	const memo = stampMemo(
		join(cacheDir, "offline", `${hashParts([resolve(dir)]).slice(0, 16)}.json`),
		isReadFile,
	);
	const files = paths.map((path) => {
		const stamp = fileStamp(join(dir, path));
		const known = stamp === undefined ? undefined : memo.get(path, stamp);
		if (known) return known;
		const file = readBuiltFile(dir, path);
		if (stamp !== undefined) memo.set(path, stamp, file);
		return file;
	});
	memo.save();
	return files;
}

/** The KaTeX font files (as dist paths) that the built formulas use. */
function usedFontPaths(dir: string, files: readonly ReadFile[]): Set<string> {
	const css = files
		.filter(({ path }) => path.endsWith(".css"))
		.map(({ path }) => readFileSync(join(dir, path), "utf8"))
		.filter((text) => text.includes("KaTeX_Main"))
		.join("\n");
	const classLists = new Set(files.flatMap((file) => file.classes));
	const urls = usedKatexFonts(
		css,
		[...classLists].map((value) => value.split(/\s+/)),
	);
	return new Set(urls.map((url) => url.slice(url.lastIndexOf("_astro/"))));
}

/** The ids of the bank's questions, from the bank manifest the build wrote. */
function questionIdsOf(dir: string): Set<string> {
	const manifest: unknown = JSON.parse(readFileSync(join(dir, BANK_MANIFEST), "utf8"));
	return new Set(decodeManifest(manifest, (id) => id).map((item) => item.id));
}

/** The worker's code: the TypeScript source bundled into one classic script, with no build data in it. */
async function bundleWorker(): Promise<string> {
	const output = await build({
		configFile: false,
		root: ROOT,
		publicDir: false,
		logLevel: "warn",
		build: {
			write: false,
			minify: true,
			lib: { entry: WORKER_SOURCE, formats: ["iife"], name: "offlineWorker", fileName: () => WORKER_FILE },
		},
	});
	const results = Array.isArray(output) ? output : [output];
	for (const result of results)
		if ("output" in result)
			for (const chunk of result.output) if (chunk.type === "chunk" && chunk.isEntry) return chunk.code;
	throw new Error("Vite 没有生成 service worker 脚本");
}

export async function buildOffline(
	distDir: string,
	cacheDir = buildCacheDir(process.env),
): Promise<{
	version: string;
	shellFiles: number;
	bankFiles: number;
	bankBytes: number;
	bankTransferBytes: number;
}> {
	const missing = ["index.html", OFFLINE_PAGE, BANK_MANIFEST].find(
		(file) => !existsSync(join(distDir, file)),
	);
	if (missing) throw new Error(`${distDir} 中没有构建好的站点（缺少 ${missing}）：请先运行 astro build`);
	const files = readBuiltFiles(distDir, listFiles(distDir), cacheDir);
	const code = await bundleWorker();
	const plan = offlinePlan(
		files.map(({ path, bytes, transferBytes, hash }) => ({ path, bytes, transferBytes, hash })),
		{
			usedFonts: usedFontPaths(distDir, files),
			workerHash: createHash("sha256").update(code).digest("hex"),
			questionIds: questionIdsOf(distDir),
		},
	);
	const data = { version: plan.version, shell: plan.shell, offlinePage: urlOf(OFFLINE_PAGE) };
	writeFileSync(join(distDir, WORKER_FILE), `var __OFFLINE_BUILD__ = ${JSON.stringify(data)};\n${code}`);
	writeFileSync(join(distDir, BANK_LIST_FILE), JSON.stringify(plan.bank));
	return {
		version: plan.version,
		shellFiles: plan.shell.length,
		bankFiles: plan.bank.files.length,
		bankBytes: plan.bank.bytes,
		bankTransferBytes: plan.bank.transferBytes,
	};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const distDir = resolve(process.argv[2] ?? "dist");
	const result = await buildOffline(distDir);
	const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
	console.log(
		`离线：版本 ${result.version}，预缓存 ${result.shellFiles} 个文件；整个题库 ${result.bankFiles} 个文件，` +
			`下载约 ${mb(result.bankTransferBytes)} MB，占用 ${mb(result.bankBytes)} MB → ${distDir}/${WORKER_FILE}`,
	);
}
