/**
 * A worker thread that renders Markdown with the site's pipeline. Pages hand it their entry through
 * `src/lib/render-entry.ts`, so rendering, the slowest part of a build, runs on every core.
 */
import { pathToFileURL } from "node:url";
import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import { markdownOptions } from "./pipeline.ts";

export interface RenderTask {
	body: string;
	/** Absolute path of the entry's file, for relative image paths and error messages. */
	filePath: string | undefined;
	frontmatter: Record<string, unknown>;
}

export interface RenderedEntry {
	html: string;
	metadata: {
		headings: { depth: number; slug: string; text: string }[];
		localImagePaths: string[];
		remoteImagePaths: string[];
		frontmatter: Record<string, unknown>;
	};
}

const processor = createMarkdownProcessor(markdownOptions);

/** Renders one entry with Astro's Markdown processor, as its own Markdown entry type would. */
export default async function render(task: RenderTask): Promise<RenderedEntry> {
	const result = await (await processor).render(task.body, {
		frontmatter: task.frontmatter,
		...(task.filePath ? { fileURL: pathToFileURL(task.filePath) } : {}),
	});
	return { html: result.code, metadata: result.metadata };
}
