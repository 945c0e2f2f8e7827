import { cardCacheKey, type RendererIdentity } from "./cache-key.ts";
import { CardCache } from "./card-cache.ts";
import type { CardContent } from "./card-content.ts";
import { fontIds, loadCardFonts } from "./card-fonts.ts";
import { CardRenderer, RENDERER_VERSION } from "./card-renderer.ts";
import { CARD_HEIGHT, CARD_WIDTH, COLORS, LAYOUT } from "./design.ts";
import { COVERAGE_LEVELS } from "./palette-canvas.ts";

let identity: RendererIdentity | undefined;
let renderer: Promise<CardRenderer> | undefined;
const caches = new Map<string, CardCache>();

/** What decides a card's pixels besides its text: renderer version, fonts and design. */
export function rendererIdentity(): RendererIdentity {
	identity ??= {
		version: RENDERER_VERSION,
		fonts: fontIds(),
		design: { CARD_WIDTH, CARD_HEIGHT, COLORS, LAYOUT, COVERAGE_LEVELS },
	};
	return identity;
}

/** Whether a card came from the cache or was drawn just now. */
export type CardSource = "cache" | "drawn";

/**
 * The PNG of a share card: from the cache when the same card was drawn before (by any build
 * using the same cache folder), else drawn now and kept. Fonts load only when a card is drawn.
 */
export async function shareCardPng(
	content: CardContent,
	cacheDir: string,
): Promise<{ png: Buffer; source: CardSource }> {
	let cache = caches.get(cacheDir);
	if (!cache) {
		cache = new CardCache(cacheDir);
		caches.set(cacheDir, cache);
	}
	const key = cardCacheKey(content, rendererIdentity());
	const cached = await cache.read(key);
	if (cached) return { png: cached, source: "cache" };
	renderer ??= loadCardFonts().then((fonts) => new CardRenderer(fonts));
	const png = await (await renderer).render(content);
	await cache.write(key, png);
	return { png, source: "drawn" };
}
