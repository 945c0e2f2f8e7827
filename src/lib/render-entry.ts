import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { Piscina } from "piscina";
import type { RenderedMarkdown, RenderTask } from "../markdown/render-worker.ts";

/** The parts of a collection entry that rendering reads. */
export interface RenderableEntry {
	body?: string | undefined;
	filePath?: string | undefined;
	data: object;
}

let pool: Piscina<RenderTask, RenderedMarkdown> | undefined;

/**
 * Renders an entry's Markdown on a worker thread (`src/markdown/render-worker.ts`) and returns its
 * HTML and headings. The content collections store only the source, so the build renders each
 * entry while generating its page: several pages are in flight at once (`build.concurrency`), and
 * while the workers turn Markdown into HTML on every core, the main thread writes other pages.
 * Idle threads end by themselves, so `astro dev` and the build both exit normally.
 */
export function renderEntry(entry: RenderableEntry): Promise<RenderedMarkdown> {
	pool ??= new Piscina({
		filename: import.meta.env.MARKDOWN_WORKER,
		minThreads: 0,
		maxThreads: availableParallelism(),
		idleTimeout: 30_000,
	});
	return pool.run({
		body: entry.body ?? "",
		filePath: entry.filePath ? resolve(entry.filePath) : undefined,
		frontmatter: { ...entry.data },
	});
}
