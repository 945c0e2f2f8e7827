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
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import remarkCjkFriendly from "remark-cjk-friendly";
import remarkCjkFriendlyGfmStrikethrough from "remark-cjk-friendly-gfm-strikethrough";
import remarkMath from "remark-math";
import { headingAnchorOptions } from "./heading-anchors.ts";
import { rehypeCodeFigure } from "./rehype-code-figure.ts";
import { rehypeMermaidSvg } from "./rehype-mermaid-svg.ts";
import { rehypeScrollableMath } from "./rehype-scrollable-math.ts";
import { sanitizeSchema } from "./sanitize-schema.ts";

/**
 * The site's Markdown pipeline, shared by the Astro build, the content linter and the tests.
 * Astro adds GFM before these and Shiki between the remark and rehype stages.
 */
export const remarkPlugins: RemarkPlugins = [
	remarkCjkFriendly,
	remarkCjkFriendlyGfmStrikethrough,
	remarkMath,
];

/**
 * The site's own markup, which is trusted: heading ids and anchors, diagrams, code figures,
 * external-link marks, formulas. Astro keeps the ids `rehype-slug` gives, so headings and tables
 * of contents agree. Formulas come last of the walks over the whole tree, because KaTeX's markup
 * multiplies the number of nodes every later walk visits.
 */
const siteRehypePlugins: RehypePlugins = [
	rehypeSlug,
	[rehypeAutolinkHeadings, headingAnchorOptions],
	rehypeMermaidSvg,
	rehypeCodeFigure,
	[rehypeExternalLinks, { rel: ["noopener", "noreferrer"], properties: { className: ["external"] } }],
	[rehypeKatex, { strict: "ignore", output: "htmlAndMathml" }],
	rehypeScrollableMath,
];

/** Markdown: raw HTML is parsed and everything sanitized first; only then does the site add its markup. */
export const rehypePlugins: RehypePlugins = [
	rehypeRaw,
	[rehypeSanitize, sanitizeSchema],
	...siteRehypePlugins,
];

/**
 * MDX files are code that the site's owners write (they can import components and run at build
 * time), and raw HTML in them is JSX: re-parsing or sanitizing it would drop every expression.
 */
export const mdxRehypePlugins: RehypePlugins = siteRehypePlugins;

/** Shiki highlights every fence but formulas and diagrams, which later plugins render. */
export const syntaxHighlight: SyntaxHighlightConfig = { type: "shiki", excludeLangs: ["math", "mermaid"] };

/**
 * Shiki settings: the `css-variables` theme, so each block is tokenized once and every token is
 * coloured by a CSS variable (`--astro-code-token-*`) that the stylesheet sets for light and dark.
 * (Two named themes would tokenize every block twice.)
 */
export const shikiConfig: Partial<ShikiConfig> = { theme: "css-variables", wrap: false };

/**
 * Everything a Markdown renderer needs, for `createMarkdownProcessor`: the render workers and the
 * tests render with exactly what `astro.config.mjs` gives Astro.
 */
export const markdownOptions = {
	remarkPlugins,
	rehypePlugins,
	shikiConfig,
	syntaxHighlight,
	smartypants: false,
} satisfies AstroMarkdownOptions;
