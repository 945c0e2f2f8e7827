// @ts-check
import { unified } from "@astrojs/markdown-remark";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { katexWoff2Only } from "./src/integrations/katex-woff2-only.ts";
import { rehypePlugins, remarkPlugins, shikiConfig } from "./src/markdown/pipeline.ts";

// The public address and base path come from the environment so the same build deploys anywhere:
// SITE_URL=https://example.com BASE_PATH=/docs npm run build
const site = process.env.SITE_URL ?? "https://example.com";
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
	site,
	base,
	// Tests that build other content keep their own cache, apart from the real build's.
	...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
	trailingSlash: "always",
	build: { format: "directory" },
	integrations: [mdx(), sitemap()],
	markdown: {
		processor: unified({ remarkPlugins, rehypePlugins, smartypants: false }),
		shikiConfig,
	},
	vite: { plugins: [katexWoff2Only()] },
	devToolbar: { enabled: false },
});
