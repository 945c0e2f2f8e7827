import type {
	RehypePlugins,
	RemarkPlugins,
	ShikiConfig,
	SyntaxHighlightConfig,
} from "@astrojs/markdown-remark";
import rehypeExternalLinks from "rehype-external-links";
import rehypeKatex from "rehype-katex";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import remarkCjkFriendly from "remark-cjk-friendly";
import remarkCjkFriendlyGfmStrikethrough from "remark-cjk-friendly-gfm-strikethrough";
import remarkMath from "remark-math";
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
 * Order matters: raw HTML is parsed and everything sanitized first; only then does the site add
 * its own markup (formulas, diagrams, code figures, external-link marks), which is trusted.
 */
export const rehypePlugins: RehypePlugins = [
	rehypeRaw,
	[rehypeSanitize, sanitizeSchema],
	[rehypeKatex, { strict: "ignore", output: "htmlAndMathml" }],
	rehypeScrollableMath,
	rehypeMermaidSvg,
	rehypeCodeFigure,
	[rehypeExternalLinks, { rel: ["noopener", "noreferrer"], properties: { className: ["external"] } }],
];

/** Shiki highlights every fence but formulas and diagrams, which later plugins render. */
export const syntaxHighlight: SyntaxHighlightConfig = { type: "shiki", excludeLangs: ["math", "mermaid"] };

/** Shiki settings: one light and one dark theme, switched by CSS variables, no default colour. */
export const shikiConfig: Partial<ShikiConfig> = {
	themes: { light: "github-light-default", dark: "github-dark-default" },
	defaultColor: false,
	wrap: false,
};
