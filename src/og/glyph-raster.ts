import type { Glyph } from "fontkit";
import sharp from "sharp";
import { type Coverage, coverageLevels } from "./palette-canvas.ts";

/**
 * Draws an SVG body (shapes on a transparent ground) with librsvg, through sharp, and returns how
 * much it covers each pixel, its top-left corner at the pen. The only rasteriser: glyphs, logo, pill.
 */
export async function rasterizeSvg(body: string, width: number, height: number): Promise<Coverage> {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${body}</svg>`;
	const alpha = await sharp(Buffer.from(svg)).ensureAlpha().extractChannel(3).raw().toBuffer();
	if (alpha.length !== width * height)
		throw new Error(`栅格化结果是 ${alpha.length} 字节，应为 ${width * height}`);
	return { width, height, left: 0, top: 0, levels: coverageLevels(alpha) };
}

/** Glyph pictures by font, size and glyph: each is drawn once per build, however many cards show it. */
export class GlyphRaster {
	readonly #cache = new Map<string, Promise<Coverage | undefined>>();

	readonly unitsPerEm: number;

	constructor(unitsPerEm: number) {
		this.unitsPerEm = unitsPerEm;
	}

	/** The glyph at `size` pixels, placed relative to its origin on the baseline; none for blank glyphs. */
	coverage(glyph: Glyph, size: number): Promise<Coverage | undefined> {
		const key = `${size}:${glyph.id}`;
		let coverage = this.#cache.get(key);
		if (!coverage) {
			coverage = this.#draw(glyph, size);
			this.#cache.set(key, coverage);
		}
		return coverage;
	}

	async #draw(glyph: Glyph, size: number): Promise<Coverage | undefined> {
		const path = glyph.path;
		if (path.commands.length === 0) return undefined;
		const scale = size / this.unitsPerEm;
		const { minX, maxX, minY, maxY } = path.bbox;
		// One pixel of room on each side for anti-aliasing.
		const left = Math.floor(minX * scale) - 1;
		const top = Math.floor(-maxY * scale) - 1;
		const width = Math.ceil(maxX * scale) + 1 - left;
		const height = Math.ceil(-minY * scale) + 1 - top;
		const body = `<path transform="matrix(${scale} 0 0 ${-scale} ${-left} ${-top})" d="${path.toSVG()}"/>`;
		return { ...(await rasterizeSvg(body, width, height)), left, top };
	}
}
