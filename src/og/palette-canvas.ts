import { COLORS, type ColorName } from "./design.ts";
import type { Rgb } from "./indexed-png.ts";

/** Anti-aliasing steps between a background and an ink (0 = untouched): 16 keep edges smooth. */
export const COVERAGE_LEVELS = 16;

/** How much a shape or glyph covers each pixel, in steps of 0 to `COVERAGE_LEVELS - 1`. */
export interface Coverage {
	width: number;
	height: number;
	/** Offset of the picture's top-left pixel from the pen position. */
	left: number;
	top: number;
	levels: Uint8Array;
}

/** Coverage from an 8-bit alpha channel (0–255), in palette steps. */
export function coverageLevels(alpha: Uint8Array): Uint8Array {
	return alpha.map((value) => Math.round((value * (COVERAGE_LEVELS - 1)) / 255));
}

/** Inks drawn on grounds: each pair gets every anti-aliasing step in the palette. */
const PAIRS: readonly (readonly [ColorName, ColorName])[] = [
	["background", "text"],
	["background", "muted"],
	["background", "accent"],
	["background", "beginner"],
	["background", "intermediate"],
	["background", "advanced"],
	["accent", "onAccent"],
];

function hexToRgb(hex: string): Rgb {
	const value = Number.parseInt(hex.slice(1), 16);
	return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function mix(ground: Rgb, ink: Rgb, level: number): Rgb {
	const t = level / (COVERAGE_LEVELS - 1);
	const channel = (index: 0 | 1 | 2) => Math.round(ground[index] * (1 - t) + ink[index] * t);
	return [channel(0), channel(1), channel(2)];
}

function key([red, green, blue]: Rgb): number {
	return (red << 16) | (green << 8) | blue;
}

/**
 * The one palette every card uses: the background, then each ink over its ground in every
 * anti-aliasing step. Fixed, so templates and cards share it and every card is a palette PNG.
 */
export class CardPalette {
	readonly colors: Rgb[] = [];
	readonly #indexOf = new Map<number, number>();
	/** Per ink: the entry for that ink at each level over each entry, `ground * COVERAGE_LEVELS + level`. */
	readonly #blends = new Map<ColorName, Uint8Array>();

	constructor() {
		this.#add(hexToRgb(COLORS.background));
		for (const [ground, ink] of PAIRS) {
			for (let level = 1; level < COVERAGE_LEVELS; level++) {
				this.#add(mix(hexToRgb(COLORS[ground]), hexToRgb(COLORS[ink]), level));
			}
		}
		if (this.colors.length > 256)
			throw new Error(`卡片调色板有 ${this.colors.length} 种颜色，PNG 最多 256 种`);
	}

	/** Index of an exact colour of the design. */
	index(name: ColorName): number {
		const index = this.#indexOf.get(key(hexToRgb(COLORS[name])));
		if (index === undefined) throw new Error(`颜色 ${name} 不在卡片调色板里`);
		return index;
	}

	/**
	 * Where `ink` at each level lands over each palette entry: the exact entry for the listed pairs,
	 * the nearest one otherwise (two glyphs overlapping, an ink over a ground it is not listed with).
	 */
	blends(ink: ColorName): Uint8Array {
		const known = this.#blends.get(ink);
		if (known) return known;
		const inkRgb = hexToRgb(COLORS[ink]);
		const table = new Uint8Array(this.colors.length * COVERAGE_LEVELS);
		this.colors.forEach((ground, index) => {
			for (let level = 0; level < COVERAGE_LEVELS; level++) {
				table[index * COVERAGE_LEVELS + level] = this.#nearest(mix(ground, inkRgb, level));
			}
		});
		this.#blends.set(ink, table);
		return table;
	}

	#add(color: Rgb): void {
		if (this.#indexOf.has(key(color))) return;
		this.#indexOf.set(key(color), this.colors.length);
		this.colors.push(color);
	}

	#nearest(color: Rgb): number {
		const exact = this.#indexOf.get(key(color));
		if (exact !== undefined) return exact;
		let best = 0;
		let bestDistance = Number.POSITIVE_INFINITY;
		this.colors.forEach(([red, green, blue], index) => {
			const distance = (red - color[0]) ** 2 + (green - color[1]) ** 2 + (blue - color[2]) ** 2;
			if (distance < bestDistance) {
				best = index;
				bestDistance = distance;
			}
		});
		return best;
	}
}

/** A picture made of palette indices, laid out as PNG scanlines: a filter byte (0), then the pixels. */
export class PaletteCanvas {
	readonly width: number;
	readonly height: number;
	readonly palette: CardPalette;
	readonly rows: Uint8Array;

	constructor(width: number, height: number, palette: CardPalette, rows?: Uint8Array) {
		this.width = width;
		this.height = height;
		this.palette = palette;
		this.rows = rows ?? new Uint8Array(height * (width + 1));
		if (!rows) this.fillRect(0, 0, width, height, "background");
	}

	fillRect(x: number, y: number, width: number, height: number, color: ColorName): void {
		const index = this.palette.index(color);
		for (let row = Math.max(0, y); row < Math.min(this.height, y + height); row++) {
			const start = row * (this.width + 1) + 1;
			this.rows.fill(index, start + Math.max(0, x), start + Math.min(this.width, x + width));
		}
	}

	/** Lays `ink` over the picture wherever `coverage` covers it, with the pen at (x, y). */
	draw(coverage: Coverage, x: number, y: number, ink: ColorName): void {
		const blends = this.palette.blends(ink);
		const left = Math.round(x) + coverage.left;
		const top = Math.round(y) + coverage.top;
		const firstColumn = Math.max(0, -left);
		const lastColumn = Math.min(coverage.width, this.width - left);
		for (let row = Math.max(0, -top); row < Math.min(coverage.height, this.height - top); row++) {
			const start = (top + row) * (this.width + 1) + 1 + left;
			const source = row * coverage.width;
			for (let column = firstColumn; column < lastColumn; column++) {
				const level = coverage.levels[source + column] ?? 0;
				if (level === 0) continue;
				const at = start + column;
				this.rows[at] = blends[(this.rows[at] ?? 0) * COVERAGE_LEVELS + level] ?? 0;
			}
		}
	}
}
