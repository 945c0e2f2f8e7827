import { render } from "astro:content";
import type { MarkdownHeading } from "astro";
import { renderEntry } from "./render-entry.ts";
import type { Article, Question } from "./site-data.ts";

type Rendered = Awaited<ReturnType<typeof render>>;

/** An entry's body, ready for the page: HTML from the render workers, or an MDX component. */
export type EntryBody =
	| { html: string; Content?: undefined; headings: MarkdownHeading[] }
	| { html?: undefined; Content: Rendered["Content"]; headings: MarkdownHeading[] };

/**
 * Renders an entry's body. Markdown goes to the render workers (`renderEntry`); MDX, which may
 * import components, is compiled by Astro, as `render()` always did.
 */
export async function entryBody(entry: Article | Question): Promise<EntryBody> {
	if (entry.filePath?.endsWith(".mdx")) {
		const { Content, headings } = await render(entry);
		return { Content, headings };
	}
	return renderEntry(entry);
}
