/**
 * A worker thread that renders Markdown with the site's pipeline. Pages hand it their entry through
 * `src/lib/render-entry.ts`, so rendering, the slowest part of a build, runs on every core.
 */
import { type RenderedMarkdown, renderMarkdown } from "./site-processor.ts";

export interface RenderTask {
	body: string;
	/** Absolute path of the entry's file, for error messages. */
	filePath: string | undefined;
	frontmatter: Record<string, unknown>;
}

export type { RenderedMarkdown };

/** Renders one entry's Markdown body to HTML and its headings. */
export default function render(task: RenderTask): Promise<RenderedMarkdown> {
	return renderMarkdown(task.body, { filePath: task.filePath, frontmatter: task.frontmatter });
}
