/**
 * SVG as plain data: chart functions build these trees (pure, testable without a DOM) and the page
 * turns them into elements with `createElementNS` and text nodes, never by parsing markup.
 */
export interface SvgNode {
	tag: string;
	attrs: Record<string, string | number>;
	children: (SvgNode | string)[];
}

/** Coordinates to a tenth of a pixel: shorter attributes, same picture. */
const round = (value: string | number) => (typeof value === "number" ? Math.round(value * 10) / 10 : value);

export function el(
	tag: string,
	attrs: Record<string, string | number | undefined> = {},
	...children: (SvgNode | string | false | undefined)[]
): SvgNode {
	const kept: Record<string, string | number> = {};
	for (const [name, value] of Object.entries(attrs)) if (value !== undefined) kept[name] = round(value);
	return { tag, attrs: kept, children: children.filter((child) => child !== false && child !== undefined) };
}

/** A `<title>` child: the tooltip of a mark. */
export const tooltip = (text: string) => el("title", {}, text);

/** Text size in every chart, in pixels; layouts measure labels with it. */
export const FONT_SIZE = 12;

/** The outer `<svg>` of a chart, `width` × `height` pixels, an image named by `label` for screen readers. */
export function chartRoot(
	kind: string,
	width: number,
	height: number,
	label: string,
	...children: (SvgNode | false | undefined)[]
): SvgNode {
	return el(
		"svg",
		{
			class: `chart chart-${kind}`,
			viewBox: `0 0 ${Math.round(width)} ${Math.round(height)}`,
			width: Math.round(width),
			height: Math.round(height),
			"font-size": FONT_SIZE,
			role: "img",
			"aria-label": label,
		},
		...children,
	);
}

/**
 * Rough rendered width of a label, for layout: CJK characters are about 1 em wide, others about
 * 0.6 em. Charts leave a little slack around it.
 */
export function textWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const char of text) ems += /[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? 1 : 0.6;
	return ems * fontSize;
}
