import { pathToFileURL } from "node:url";
import { rehypeHeadingIds } from "@astrojs/markdown-remark";
import type { MarkdownHeading } from "astro";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { type PluggableList, unified } from "unified";
import { VFile } from "vfile";
import {
	formulaRehypePlugins,
	remarkPlugins,
	sanitizeRehypePlugins,
	structureRehypePlugins,
} from "./pipeline.ts";
import { rehypeCodeFigure } from "./rehype-code-figure.ts";
import { rehypeShikiCssVariables } from "./rehype-shiki-css-variables.ts";

/**
 * The processor that turns a Markdown entry into HTML on the render workers. It runs the stages of
 * Astro's `createMarkdownProcessor` with the same plugins and the same highlighted markup, in an
 * order that sanitizes what the author wrote before any trusted markup is added, and lighter:
 * - no second `rehype-raw` over the finished tree (raw HTML was parsed before sanitizing);
 * - no image placeholders (images live in `public/`; the content linter checks);
 * - headings are collected before KaTeX multiplies the nodes a walk visits;
 * - Shiki runs on its JavaScript regex engine (`rehype-shiki-css-variables.ts`), after formulas
 *   and diagrams have replaced their own fences.
 */
const processor = unified()
	.use(remarkParse)
	.use(remarkGfm)
	.use(remarkPlugins as PluggableList)
	.use(remarkRehype, { allowDangerousHtml: true })
	.use(sanitizeRehypePlugins as PluggableList)
	.use(structureRehypePlugins as PluggableList)
	.use(rehypeHeadingIds)
	.use(formulaRehypePlugins as PluggableList)
	.use(rehypeShikiCssVariables)
	.use(rehypeCodeFigure)
	.use(rehypeStringify, { allowDangerousHtml: true })
	.freeze();

export interface RenderedMarkdown {
	html: string;
	/** h1–h6 with their ids and text, for the table of contents. */
	headings: MarkdownHeading[];
}

/** Renders one entry's Markdown body; `filePath` names the file in error messages. */
export async function renderMarkdown(
	markdown: string,
	options: { filePath?: string | undefined; frontmatter?: Record<string, unknown> } = {},
): Promise<RenderedMarkdown> {
	const file = new VFile({
		value: markdown,
		...(options.filePath ? { path: pathToFileURL(options.filePath) } : {}),
		data: { astro: { frontmatter: options.frontmatter ?? {} } },
	});
	try {
		const result = await processor.process(file);
		return { html: String(result.value), headings: result.data.astro?.headings ?? [] };
	} catch (error) {
		throw new Error(`无法渲染 Markdown 文件 ${options.filePath ?? "（无路径）"}：${String(error)}`, {
			cause: error,
		});
	}
}
