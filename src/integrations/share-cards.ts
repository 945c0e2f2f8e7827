import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { hashParts } from "../build-cache/hash.ts";
import { stampMemo } from "../build-cache/stamp-memo.ts";
import { CARD_MANIFEST, type CardManifest } from "../og/card-content.ts";
import { writeShareCards } from "../og/write-cards.ts";

/**
 * Draws the share cards (`og:image`) after the pages are built, so drawing never holds up a page:
 * reads the list the build wrote to `og/manifest.json`, removes it, and writes each card next to
 * it, from `cacheDir` when the same card was drawn by an earlier build. Which cards the output
 * folder already holds is remembered in the build cache (Astro's `cacheDir`), so an unchanged card
 * is not copied again into a folder the build keeps.
 */
export function shareCards({ cacheDir }: { cacheDir: string }): AstroIntegration {
	let buildCacheDir = "";
	return {
		name: "share-cards",
		hooks: {
			"astro:config:done": ({ config }) => {
				buildCacheDir = fileURLToPath(config.cacheDir);
			},
			"astro:build:done": async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const manifest = new URL(CARD_MANIFEST, dir);
				const text = await readFile(manifest, "utf8").catch(() => {
					throw new Error(
						`构建结果里没有 ${CARD_MANIFEST}：它由 src/pages/og/manifest.json.ts 生成，页面的 og:image 指向的卡片要靠它画出`,
					);
				});
				const cards = JSON.parse(text) as CardManifest;
				await rm(manifest);
				const started = performance.now();
				const placed = stampMemo(
					join(buildCacheDir, "share-cards", `${hashParts([outDir]).slice(0, 16)}.json`),
					(value): value is string => typeof value === "string",
				);
				const { drawn, kept, bytes } = await writeShareCards(outDir, cards, cacheDir, placed);
				placed.save();
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				const megabytes = (bytes / 1024 / 1024).toFixed(1);
				logger.info(
					`分享卡片 ${cards.length} 张：新画 ${drawn} 张，取自缓存（${cacheDir}）${cards.length - drawn - kept} 张，输出目录里原有 ${kept} 张；共 ${megabytes} MB，用时 ${seconds} 秒`,
				);
			},
		},
	};
}
