import type {
	AstroMarkdownOptions,
	RehypePlugins,
	RemarkPlugins,
	ShikiConfig,
	SyntaxHighlightConfig,
} from "@astrojs/markdown-remark";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeExternalLinks from "rehype-external-links";
import rehypeKatex from "rehype-katex";
import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import remarkCjkFriendly from "remark-cjk-friendly";
import remarkCjkFriendlyGfmStrikethrough from "remark-cjk-friendly-gfm-strikethrough";
import remarkMath from "remark-math";
import { headingAnchorOptions } from "./heading-anchors.ts";
import { rehypeCodeFigure } from "./rehype-code-figure.ts";
import { rehypeMermaidSvg } from "./rehype-mermaid-svg.ts";
import { rehypeRawWhenNeeded } from "./rehype-raw-when-needed.ts";
import { rehypeScrollableMath } from "./rehype-scrollable-math.ts";
import { remarkUnverifiedCode } from "./remark-unverified-code.ts";
import { sanitizeSchema } from "./sanitize-schema.ts";

/**
 * The site's Markdown pipeline, shared by the Astro build (MDX), the render workers
 * (`site-processor.ts`), the content linter and the tests. GFM comes before these remark plugins,
 * Shiki between the remark and rehype stages.
 */
export const remarkPlugins: RemarkPlugins = [
	remarkCjkFriendly,
	remarkCjkFriendlyGfmStrikethrough,
	remarkMath,
	remarkUnverifiedCode,
];

/**
 * The site's own markup, which is trusted: heading ids and anchors, diagrams, code figures,
 * external-link marks. Astro keeps the ids `rehype-slug` gives, so headings and tables of contents
 * agree.
 */
export const structureRehypePlugins: RehypePlugins = [
	rehypeSlug,
	[rehypeAutolinkHeadings, headingAnchorOptions],
	rehypeMermaidSvg,
	[rehypeExternalLinks, { rel: ["noopener", "noreferrer"], properties: { className: ["external"] } }],
];

/**
 * Formulas come after every other walk over the whole tree, because KaTeX's markup multiplies the
 * number of nodes each later walk visits.
 */
export const formulaRehypePlugins: RehypePlugins = [
	[rehypeKatex, { strict: "ignore", output: "htmlAndMathml" }],
	rehypeScrollableMath,
];

/** Raw HTML in Markdown is parsed and everything sanitized before the site adds its own markup. */
export const sanitizeRehypePlugins: RehypePlugins = [rehypeRawWhenNeeded, [rehypeSanitize, sanitizeSchema]];

/**
 * MDX files are code that the site's owners write (they can import components and run at build
 * time), and raw HTML in them is JSX: re-parsing or sanitizing it would drop every expression.
 * Astro highlights code before these run, so code figures can come in any place.
 */
export const mdxRehypePlugins: RehypePlugins = [
	...structureRehypePlugins,
	rehypeCodeFigure,
	...formulaRehypePlugins,
];

/** Markdown, as Astro's own renderer would run it: sanitized first, then the site's markup. */
export const rehypePlugins: RehypePlugins = [...sanitizeRehypePlugins, ...mdxRehypePlugins];

/**
 * Astro's Shiki step (MDX) highlights every fence but formulas and diagrams, which later plugins
 * render. The render workers highlight with `rehype-shiki-css-variables.ts`: same theme, same markup.
 */
export const syntaxHighlight: SyntaxHighlightConfig = { type: "shiki", excludeLangs: ["math", "mermaid"] };

/**
 * Shiki settings: the `css-variables` theme, so each block is tokenized once and every token is
 * coloured by a CSS variable (`--astro-code-token-*`) that the stylesheet sets for light and dark.
 * (Two named themes would tokenize every block twice.)
 */
export const shikiConfig: Partial<ShikiConfig> = { theme: "css-variables", wrap: false };

/** Everything Astro's Markdown renderer needs (`astro.config.mjs`; MDX extends it). */
export const markdownOptions = {
	remarkPlugins,
	rehypePlugins,
	shikiConfig,
	syntaxHighlight,
	smartypants: false,
} satisfies AstroMarkdownOptions;
