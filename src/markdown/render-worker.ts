/**
 * A worker thread that renders Markdown with the site's pipeline. The content loader
 * (`src/loaders/parallel-glob.ts`) hands it one entry at a time, so rendering, the slowest part of
 * a build, runs on every core instead of one.
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
		imagePaths: string[];
	};
}

const processor = createMarkdownProcessor(markdownOptions);

/** Renders one entry the way Astro's own Markdown entry type does, and returns what it stores. */
export default async function render(task: RenderTask): Promise<RenderedEntry> {
	const result = await (await processor).render(task.body, {
		frontmatter: task.frontmatter,
		...(task.filePath ? { fileURL: pathToFileURL(task.filePath) } : {}),
	});
	const { localImagePaths, remoteImagePaths } = result.metadata;
	return {
		html: result.code,
		metadata: { ...result.metadata, imagePaths: [...localImagePaths, ...remoteImagePaths] },
	};
}
