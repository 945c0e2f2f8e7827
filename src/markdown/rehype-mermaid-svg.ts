import { renderMermaidSVG } from "beautiful-mermaid";
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toString as textOf } from "hast-util-to-string";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { hasClass } from "./hast-props.ts";

export interface MermaidSvgOptions {
	/** Font stack for diagram text; the site's own, so no web font is fetched. */
	font?: string;
}

const DEFAULT_FONT = "system-ui, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";

/**
 * Removes every `@import` rule from a rendered SVG: the renderer adds one for a hosted web font,
 * and the site loads nothing from other hosts.
 */
export function stripRemoteImports(svg: string): string {
	return svg.replace(/@import\s+url\([^)]*\)\s*;?/g, "");
}

/** The rendered width of an SVG in pixels, from its `width` attribute. */
export function svgWidth(svg: string): number | undefined {
	const width = Number(/<svg\b[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);
	return Number.isFinite(width) && width > 0 ? Math.round(width) : undefined;
}

/**
 * Renders ```mermaid blocks to inline SVG at build time, in pure JavaScript (no browser). Colours
 * are CSS custom properties, so the diagram follows the site's light and dark themes. It runs
 * after the HTML is sanitized: the SVG is the site's own output, not the author's markup.
 * A diagram that cannot be rendered stays a code block and is reported with its line.
 */
export const rehypeMermaidSvg: Plugin<[MermaidSvgOptions?], Root> = (options = {}) => {
	const font = options.font ?? DEFAULT_FONT;
	return (tree, file) => {
		visit(tree, "element", (node: Element, index, parent) => {
			const code =
				node.tagName === "pre"
					? node.children.find((child): child is Element => child.type === "element")
					: undefined;
			if (!code || !hasClass(code, "language-mermaid") || !parent || index === undefined) return;
			let svg: string;
			try {
				svg = renderMermaidSVG(textOf(code), {
					bg: "var(--diagram-bg)",
					fg: "var(--diagram-fg)",
					accent: "var(--diagram-accent)",
					line: "var(--diagram-line)",
					font,
					transparent: true,
				});
			} catch (error) {
				const reason = error instanceof Error ? error.message : String(error);
				file.message(`Mermaid 图无法渲染：${reason}。请检查图的语法。`, {
					place: node.position,
					ruleId: "mermaid-render",
					source: "rehype-mermaid-svg",
				});
				return;
			}
			// The figure scrolls when a wide diagram would otherwise shrink below a readable size.
			const width = svgWidth(svg);
			const style = width ? ` style="--diagram-width: ${width}px"` : "";
			const html = `<figure class="diagram" role="group" aria-label="示意图" tabindex="0"${style}>${stripRemoteImports(svg)}</figure>`;
			parent.children.splice(index, 1, ...fromHtml(html, { fragment: true }).children);
			return SKIP;
		});
	};
};
