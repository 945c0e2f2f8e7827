import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { codeVersion } from "../build-cache/code-version.ts";
import { dropStaleContentStore } from "../build-cache/content-store.ts";

export interface BuildCacheOptions {
	/** The Markdown render worker: every module and package it loads is part of the cache's version. */
	markdownWorker: string;
	/** The content config, whose modules (schemas, loaders) shape the entries in Astro's store. */
	contentConfig: string;
	/** The content folder being built (`CONTENT_DIR`): another folder is another store. */
	contentDir: string;
}

/**
 * Lets a build reuse the last one's work, kept in Astro's `cacheDir` (`.cache/build/`):
 * - Markdown renderings, in `markdown/<version>/`, where the version is a hash of the render
 *   worker's code and of the versions of every package it loads; the pages read them through
 *   `renderEntry()`. When the version changes the old folder is deleted after the build; within a
 *   version the folder only grows by one rendering per edited entry;
 * - Astro's content store, kept only while the content config's code and folder stay the same.
 * `astro dev` uses neither.
 */
export function buildCache(options: BuildCacheOptions): AstroIntegration {
	let markdownRoot: string | undefined;
	let markdownDir: string | undefined;
	return {
		name: "build-cache",
		hooks: {
			"astro:config:setup": async ({ command, config, updateConfig, logger }) => {
				if (command !== "build") return;
				const root = fileURLToPath(config.root);
				const cacheDir = fileURLToPath(config.cacheDir);
				markdownRoot = join(cacheDir, "markdown");
				markdownDir = join(markdownRoot, codeVersion(root, [options.markdownWorker]));
				updateConfig({
					vite: { define: { "import.meta.env.MARKDOWN_CACHE_DIR": JSON.stringify(markdownDir) } },
				});
				const storeVersion = `${codeVersion(root, [options.contentConfig])} ${options.contentDir}`;
				if (await dropStaleContentStore(cacheDir, storeVersion)) {
					logger.info("内容模式或加载器的代码变了：重新读取全部条目");
				}
			},
			"astro:build:done": async () => {
				if (!markdownRoot || !markdownDir) return;
				for (const version of await readdir(markdownRoot).catch(() => [])) {
					const dir = join(markdownRoot, version);
					if (dir !== markdownDir) await rm(dir, { recursive: true, force: true });
				}
			},
		},
	};
}
