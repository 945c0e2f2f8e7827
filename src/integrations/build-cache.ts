import { mkdir, readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { codeVersion } from "../build-cache/code-version.ts";
import { dropContentStore } from "../build-cache/content-store.ts";
import { checkOutDir, markBuildStart, readKeptOutputs, sweepOutDir } from "../build-cache/kept-pages.ts";

export interface BuildCacheOptions {
	/** The Markdown render worker: every module and package it loads is part of the cache's version. */
	markdownWorker: string;
	/** Top-level output files and folders that later steps write (search index, service worker), left alone here. */
	laterSteps: string[];
}

/** Astro's record of the pages its incremental build rendered or kept, in its `cacheDir`. */
const INCREMENTAL_MANIFEST = "incremental-build.json";
/** This integration's record of the output folder as the last build left it. */
const OUT_DIR_STATE = "out-dir.json";
/** Written when a build starts: files older than it were not written by the build. */
const START_MARK = "build-started";

/**
 * Lets a build reuse the last one's work, kept in Astro's `cacheDir` (`.cache/build/`):
 * - Markdown renderings, in `markdown/<version>/`, where the version is a hash of the render
 *   worker's code and of the versions of every package it loads; the pages read them through
 *   `renderEntry()` and key themselves on it (`pageCacheKey`). When the version changes the old
 *   folder is deleted after the build; within a version it only grows by one rendering per edit;
 * - the output folder itself: it is not emptied before the build, so pages that Astro's
 *   incremental build skips (same `cacheKey`, same code) stay as they are, unwritten. Before the
 *   build a kept page that changed since is deleted (`checkOutDir`); after it, every file the build
 *   neither wrote nor kept is deleted (`sweepOutDir`), so the folder ends as an empty one would.
 * Astro's content store is not kept (see `dropContentStore`). `astro dev` uses none of it.
 * Keep this integration last: the sweep must come after every other integration's writes.
 */
export function buildCache(options: BuildCacheOptions): AstroIntegration {
	let markdownRoot: string | undefined;
	let markdownDir: string | undefined;
	let cacheDir = "";
	let outDir = "";
	let started = 0n;
	return {
		name: "build-cache",
		hooks: {
			"astro:config:setup": async ({ command, config, updateConfig, logger }) => {
				if (command !== "build") return;
				const root = fileURLToPath(config.root);
				cacheDir = fileURLToPath(config.cacheDir);
				await mkdir(cacheDir, { recursive: true });
				started = markBuildStart(join(cacheDir, START_MARK));
				outDir = fileURLToPath(config.outDir);
				const markdownVersion = codeVersion(root, [options.markdownWorker]);
				markdownRoot = join(cacheDir, "markdown");
				markdownDir = join(markdownRoot, markdownVersion);
				updateConfig({
					vite: {
						build: { emptyOutDir: false },
						define: {
							"import.meta.env.MARKDOWN_CACHE_DIR": JSON.stringify(markdownDir),
							"import.meta.env.MARKDOWN_VERSION": JSON.stringify(markdownVersion),
						},
					},
				});
				await dropContentStore(cacheDir);
				const checked = checkOutDir(outDir, join(cacheDir, OUT_DIR_STATE));
				if (checked === "emptied") logger.info(`输出目录不是上次用这份缓存构建的：先清空 ${outDir}`);
				else if (checked.deleted > 0)
					logger.info(`输出目录里有 ${checked.deleted} 个页面在上次构建后被改过：重新生成`);
			},
			"astro:build:done": async ({ logger }) => {
				if (!markdownRoot || !markdownDir) return;
				for (const version of await readdir(markdownRoot).catch(() => [])) {
					const dir = join(markdownRoot, version);
					if (dir !== markdownDir) await rm(dir, { recursive: true, force: true });
				}
				// Only a manifest this build wrote says which pages it kept.
				const manifest = join(cacheDir, INCREMENTAL_MANIFEST);
				const written = (await stat(manifest, { bigint: true }).catch(() => undefined))?.mtimeNs ?? 0n;
				const deleted = sweepOutDir(outDir, {
					stateFile: join(cacheDir, OUT_DIR_STATE),
					started,
					kept: written >= started ? readKeptOutputs(manifest) : [],
					skip: options.laterSteps,
				});
				if (deleted > 0) logger.info(`删掉输出目录里 ${deleted} 个这次构建不再生成的文件`);
			},
		},
	};
}
