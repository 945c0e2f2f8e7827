import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import { markdownOptions } from "../../src/markdown/pipeline.ts";

/** Renders Markdown exactly as the Astro build does: same processor, plugins and Shiki settings. */
export async function renderMarkdown(markdown: string): Promise<string> {
	const processor = await createMarkdownProcessor(markdownOptions);
	const { code } = await processor.render(markdown);
	return code;
}
