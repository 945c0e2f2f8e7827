import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { Piscina } from "piscina";
import { markdownCache, renderKey } from "../build-cache/markdown-cache.ts";
import type { RenderedMarkdown, RenderTask } from "../markdown/render-worker.ts";

/** The parts of a collection entry that rendering reads. */
export interface RenderableEntry {
	body?: string | undefined;
	filePath?: string | undefined;
	data: object;
}

let pool: Piscina<RenderTask, RenderedMarkdown> | undefined;

/**
 * The build's cache of renderings, in a folder named for the pipeline's version (set by the
 * build-cache integration); none in `astro dev`, where plugins can change while the server runs.
 */
const cache =
	import.meta.env.MARKDOWN_CACHE_DIR && !import.meta.env.DEV
		? markdownCache(import.meta.env.MARKDOWN_CACHE_DIR, (error) =>
				console.warn(`Markdown 渲染缓存写入失败（构建继续）：${String(error)}`),
			)
		: undefined;

/**
 * Renders an entry's Markdown on a worker thread (`src/markdown/render-worker.ts`) and returns its
 * HTML and headings. The content collections store only the source, so the build renders each
 * entry while generating its page: several pages are in flight at once (`build.concurrency`), and
 * while the workers turn Markdown into HTML on every core, the main thread writes other pages.
 * A rendering cached by an earlier build of the same source and pipeline is read back instead.
 * Idle threads end by themselves, so `astro dev` and the build both exit normally.
 */
export async function renderEntry(entry: RenderableEntry): Promise<RenderedMarkdown> {
	const task: RenderTask = {
		body: entry.body ?? "",
		filePath: entry.filePath ? resolve(entry.filePath) : undefined,
		frontmatter: { ...entry.data },
	};
	if (!cache) return render(task);
	const key = renderKey(task);
	const cached = await cache.read(key);
	if (cached) return cached;
	const rendered = await render(task);
	await cache.write(key, rendered);
	return rendered;
}

function render(task: RenderTask): Promise<RenderedMarkdown> {
	pool ??= new Piscina({
		filename: import.meta.env.MARKDOWN_WORKER,
		minThreads: 0,
		maxThreads: availableParallelism(),
		idleTimeout: 30_000,
	});
	return pool.run(task);
}
