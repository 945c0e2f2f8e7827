import type { RehypePlugins, RemarkPlugins, ShikiConfig } from "@astrojs/markdown-remark";
import rehypeKatex from "rehype-katex";
import remarkCjkFriendly from "remark-cjk-friendly";
import remarkCjkFriendlyGfmStrikethrough from "remark-cjk-friendly-gfm-strikethrough";
import remarkMath from "remark-math";
import { rehypeCodeFigure } from "./rehype-code-figure.ts";
import { rehypeScrollableMath } from "./rehype-scrollable-math.ts";
import { remarkMermaidSvg } from "./remark-mermaid-svg.ts";

/**
 * The site's Markdown pipeline, shared by the Astro build, the content linter and the tests.
 * Astro adds GFM before these and Shiki between the remark and rehype stages.
 */
export const remarkPlugins: RemarkPlugins = [
	remarkCjkFriendly,
	remarkCjkFriendlyGfmStrikethrough,
	remarkMath,
	remarkMermaidSvg,
];

export const rehypePlugins: RehypePlugins = [
	[rehypeKatex, { strict: "ignore", output: "htmlAndMathml" }],
	rehypeScrollableMath,
	rehypeCodeFigure,
];

/** Shiki settings: one light and one dark theme, switched by CSS variables, no default colour. */
export const shikiConfig: Partial<ShikiConfig> = {
	themes: { light: "github-light-default", dark: "github-dark-default" },
	defaultColor: false,
	wrap: false,
};
