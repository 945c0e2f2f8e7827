// @ts-check

import { fileURLToPath } from "node:url";
import { unified } from "@astrojs/markdown-remark";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { buildCacheDir } from "./src/build-cache/cache-dir.ts";
import { buildCache } from "./src/integrations/build-cache.ts";
import { hostingHeadersFile } from "./src/integrations/hosting-headers.ts";
import { katexWoff2Only } from "./src/integrations/katex-woff2-only.ts";
import { shareCards } from "./src/integrations/share-cards.ts";
import { markdownOptions, mdxRehypePlugins } from "./src/markdown/pipeline.ts";
import { BANK_LIST_FILE } from "./src/offline/messages.ts";
import { WORKER_FILE } from "./src/offline/strategy.ts";

// The public address and base path come from the environment so the same build deploys anywhere:
// SITE_URL=https://example.com BASE_PATH=/docs npm run build
const site = process.env.SITE_URL ?? "https://example.com";
const base = process.env.BASE_PATH ?? "/";
const markdownWorker = fileURLToPath(new URL("./src/markdown/render-worker.ts", import.meta.url));

// The same options the render workers use (src/markdown/pipeline.ts), so the two cannot drift apart.
const { shikiConfig, syntaxHighlight, ...processorOptions } = markdownOptions;

/**
 * Stylesheets under 4 KB go inline, saving a render-blocking request each; scripts always stay
 * files, so the Content Security Policy needs no 'unsafe-inline' for them, and fonts stay files.
 * @param {string} file
 * @param {Buffer} content
 */
const inlineSmallStylesheets = (file, content) => file.endsWith(".css") && content.length < 4096;

export default defineConfig({
	site,
	base,
	// What one build leaves for the next (Markdown renderings, copies of pages, the search index's
	// runs; see src/integrations/build-cache.ts), outside node_modules so CI can keep it. Tests that
	// build other content keep their own cache (ASTRO_CACHE_DIR), apart from the real build's.
	cacheDir: buildCacheDir(process.env),
	trailingSlash: "always",
	// Pages wait on Markdown render workers; building several at once keeps every core busy.
	build: { format: "directory", concurrency: 8 },
	integrations: [
		mdx({ processor: unified({ ...processorOptions, rehypePlugins: mdxRehypePlugins }) }),
		sitemap(),
		hostingHeadersFile(),
		// Share cards are kept between builds apart from the build cache: `npm run build -- --clean`
		// rebuilds everything else from nothing but does not draw every card again.
		shareCards({ cacheDir: process.env.OG_CACHE_DIR ?? "node_modules/.cache/og-cards" }),
		// Last: after the build it deletes every output file the build neither wrote nor kept.
		buildCache({
			markdownWorker,
			laterSteps: ["pagefind", WORKER_FILE, BANK_LIST_FILE],
		}),
	],
	markdown: {
		processor: unified(processorOptions),
		shikiConfig,
		syntaxHighlight,
	},
	vite: {
		plugins: [katexWoff2Only()],
		build: { assetsInlineLimit: inlineSmallStylesheets },
		// Pages render Markdown on worker threads that load this file (see src/lib/render-entry.ts).
		define: {
			"import.meta.env.MARKDOWN_WORKER": JSON.stringify(markdownWorker),
		},
	},
	devToolbar: { enabled: false },
	// Pages whose `cacheKey` and code are unchanged since the last build are not rendered again
	// (questions and articles key themselves with src/build-cache/page-key.ts).
	experimental: { incrementalBuild: true },
});
