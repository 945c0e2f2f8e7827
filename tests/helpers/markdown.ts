import { renderMarkdown as renderWithSiteProcessor } from "../../src/markdown/site-processor.ts";

/** Renders Markdown exactly as the build's render workers do: same processor, plugins and Shiki settings. */
export async function renderMarkdown(markdown: string): Promise<string> {
	return (await renderWithSiteProcessor(markdown)).html;
}
