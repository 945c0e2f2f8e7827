import { createHash } from "node:crypto";

/** Everything besides the card's own text that decides its pixels. */
export interface RendererIdentity {
	/** Bumped whenever the drawing code changes. */
	version: number;
	/** Name, version and file of each font used, e.g. `@expo-google-fonts/noto-sans-sc@0.4.3/700Bold/….ttf`. */
	fonts: readonly string[];
	/** The design data (sizes, colours, positions). */
	design: unknown;
}

/**
 * The cache key of a card: a hash of what it shows and of everything that draws it, so a card is
 * drawn once and reused until its text, the design, the renderer or a font changes.
 */
export function cardCacheKey(content: unknown, renderer: RendererIdentity): string {
	return createHash("sha256")
		.update(stableJson([renderer.version, renderer.fonts, renderer.design, content]))
		.digest("hex")
		.slice(0, 32);
}

/** JSON with object keys sorted, so the same data always gives the same text. */
export function stableJson(value: unknown): string {
	return JSON.stringify(value, (_key, inner: unknown) =>
		inner !== null && typeof inner === "object" && !Array.isArray(inner)
			? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: inner,
	);
}
