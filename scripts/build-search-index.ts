/**
 * Indexes the built site in `dist/` with Pagefind (its Node API runs `pagefind_extended`, which
 * segments Chinese into words at index time) and writes the index to `dist/pagefind/`.
 * Usage: node scripts/build-search-index.ts [distDir]
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";

/** Parts of a page that are not prose: formula markup, diagram text, code chrome, navigation. */
export const EXCLUDED_FROM_SEARCH = [".katex", ".diagram", ".code-header", ".toc", ".entry-nav", ".related"];

export async function buildSearchIndex(distDir: string): Promise<{ pages: number }> {
	const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_FROM_SEARCH });
	if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join("; ")}`);
	try {
		const added = await index.addDirectory({ path: distDir });
		if (added.errors.length > 0) throw new Error(`Pagefind 索引失败：${added.errors.join("; ")}`);
		if (added.page_count === 0) throw new Error(`${distDir} 中没有可索引的页面：请先运行 astro build`);
		const written = await index.writeFiles({ outputPath: resolve(distDir, "pagefind") });
		if (written.errors.length > 0) throw new Error(`Pagefind 写入失败：${written.errors.join("; ")}`);
		return { pages: added.page_count };
	} finally {
		await pagefind.close();
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const distDir = resolve(process.argv[2] ?? "dist");
	const { pages } = await buildSearchIndex(distDir);
	console.log(`Pagefind：已为 ${pages} 个页面建立搜索索引 → ${distDir}/pagefind/`);
}
