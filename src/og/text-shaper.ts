import type { Font, Glyph } from "fontkit";

/** A glyph and where its origin sits, in font units from the start of the text. */
export interface PlacedGlyph {
	glyph: Glyph;
	x: number;
	y: number;
}

export interface ShapedText {
	glyphs: PlacedGlyph[];
	/** Advance width of the whole text, in font units. */
	advance: number;
}

/** Chinese characters and full-width punctuation: one glyph each, no kerning, no shaping needed. */
const SINGLE_GLYPH = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * Places the glyphs of a text in one font. Chinese characters are looked up one by one; runs of
 * other characters (Latin words, digits, symbols) go through fontkit's shaper for kerning. Both are
 * cached, since the same characters and words come back card after card.
 */
export class TextShaper {
	readonly #glyphs = new Map<string, Glyph>();
	readonly #runs = new Map<string, ShapedText>();

	readonly font: Font;

	constructor(font: Font) {
		this.font = font;
	}

	/** Whether the font can draw the character. */
	has(char: string): boolean {
		return this.font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0);
	}

	/** Width of a text in pixels at `size`. */
	measure(text: string, size: number): number {
		return (this.shape(text).advance * size) / this.font.unitsPerEm;
	}

	shape(text: string): ShapedText {
		const glyphs: PlacedGlyph[] = [];
		let advance = 0;
		for (const part of text.match(
			/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]|[^\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu,
		) ?? []) {
			const shaped = SINGLE_GLYPH.test(part) ? this.#single(part) : this.#run(part);
			for (const placed of shaped.glyphs) glyphs.push({ ...placed, x: placed.x + advance });
			advance += shaped.advance;
		}
		return { glyphs, advance };
	}

	#single(char: string): ShapedText {
		let glyph = this.#glyphs.get(char);
		if (!glyph) {
			glyph = this.font.glyphForCodePoint(char.codePointAt(0) ?? 0);
			this.#glyphs.set(char, glyph);
		}
		return { glyphs: [{ glyph, x: 0, y: 0 }], advance: glyph.advanceWidth };
	}

	#run(text: string): ShapedText {
		let shaped = this.#runs.get(text);
		if (!shaped) {
			const run = this.font.layout(text);
			const glyphs: PlacedGlyph[] = [];
			let x = 0;
			run.glyphs.forEach((glyph, index) => {
				const position = run.positions[index];
				glyphs.push({ glyph, x: x + (position?.xOffset ?? 0), y: position?.yOffset ?? 0 });
				x += position?.xAdvance ?? glyph.advanceWidth;
			});
			shaped = { glyphs, advance: x };
			this.#runs.set(text, shaped);
		}
		return shaped;
	}
}
