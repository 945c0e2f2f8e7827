/**
 * The look of a share card: size, colours (the site's light theme, src/styles/tokens.css) and
 * where each part goes. Plain data: it is part of every card's cache key, so changing any value
 * here re-renders the cards; code changes to the renderer bump `RENDERER_VERSION` instead.
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export const COLORS = {
	background: "#ffffff",
	text: "#1c2024",
	muted: "#555f6b",
	accent: "#0a58ca",
	onAccent: "#ffffff",
	beginner: "#116329",
	intermediate: "#8a4b00",
	advanced: "#a40e26",
} as const;

export type ColorName = keyof typeof COLORS;

/** The colour of the pill in the footer: difficulty of a question, accent for the rest. */
export type Tone = "accent" | "beginner" | "intermediate" | "advanced";

export const LAYOUT = {
	/** Left and right margin of every text block. */
	marginX: 80,
	/** The site's mark (as in favicon.svg) and its name, top left. */
	logo: { x: 80, y: 56, size: 64 },
	siteName: { x: 164, baseline: 100, size: 32 },
	/** Category of a question, industries of an article; accent coloured, above the title. */
	kicker: { baseline: 222, size: 36 },
	/** The title fills the space between the kicker and the footer, in the largest size that fits whole. */
	title: { top: 252, bottom: 500, sizes: [76, 68, 60, 54], lineHeight: 1.32 },
	/** Difficulty or kind in a rounded pill (outlined, like the site's badge), then a muted note. */
	footer: { top: 522, height: 56, size: 30, paddingX: 22, gap: 24, stroke: 3, radius: 12 },
	/** A band in the accent colour along the bottom edge. */
	band: { height: 12 },
	/** The site card: name and description instead of an entry's title. */
	site: {
		nameBaseline: 300,
		nameSize: 88,
		descriptionTop: 360,
		descriptionSize: 38,
		descriptionLineHeight: 1.5,
		descriptionLines: 3,
	},
} as const;
