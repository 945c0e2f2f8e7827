import type { CardContent } from "./card-content.ts";
import type { CardFonts, FontName } from "./card-fonts.ts";
import { CARD_HEIGHT, CARD_WIDTH, type ColorName, LAYOUT } from "./design.ts";
import { GlyphRaster, rasterizeSvg } from "./glyph-raster.ts";
import { encodeIndexedPng } from "./indexed-png.ts";
import { CardPalette, PaletteCanvas } from "./palette-canvas.ts";
import { TextShaper } from "./text-shaper.ts";
import { wrapText } from "./wrap-text.ts";

/** Bump when the drawing code changes, so cached cards are drawn again (design data is keyed by itself). */
export const RENDERER_VERSION = 1;

/** Top of a CJK glyph's em box above the baseline, as a fraction of the font size (Noto Sans SC: 880/1000). */
const EM_TOP = 0.88;
const TEXT_WIDTH = CARD_WIDTH - 2 * LAYOUT.marginX;

/** The site's mark as in public/favicon.svg (32 units): a rounded square, and an M drawn on it. */
const LOGO_SQUARE = '<rect width="32" height="32" rx="7"/>';
const LOGO_LETTER =
	'<path d="M9 22V10l7 7 7-7v12" fill="none" stroke="#000" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>';
const LOGO_UNITS = 32;

interface TextLine {
	font: FontName;
	size: number;
	text: string;
	x: number;
	baseline: number;
	ink: ColorName;
}

/**
 * Draws share cards: a template per kind of card (background, logo, band, pill) drawn once, then
 * each card's text in palette colours, then an 8-bit palette PNG. Glyphs are drawn once per size.
 */
export class CardRenderer {
	readonly #palette = new CardPalette();
	readonly #shapers: Record<FontName, TextShaper>;
	readonly #rasters: Record<FontName, GlyphRaster>;
	readonly #templates = new Map<string, Promise<{ canvas: PaletteCanvas; noteX: number }>>();
	readonly #spareRows: Uint8Array[] = [];

	constructor(fonts: CardFonts) {
		this.#shapers = { bold: new TextShaper(fonts.bold), regular: new TextShaper(fonts.regular) };
		this.#rasters = {
			bold: new GlyphRaster(fonts.bold.unitsPerEm),
			regular: new GlyphRaster(fonts.regular.unitsPerEm),
		};
	}

	async render(content: CardContent): Promise<Buffer> {
		const { canvas: template, noteX } = await this.#template(content);
		// Pixel buffers (750 KB each) are reused from card to card: one per card in flight, not one per card.
		const rows = this.#spareRows.pop() ?? new Uint8Array(template.rows.length);
		try {
			rows.set(template.rows);
			const canvas = new PaletteCanvas(CARD_WIDTH, CARD_HEIGHT, this.#palette, rows);
			await this.#drawLines(canvas, this.#textLines(content, noteX));
			return await encodeIndexedPng(CARD_WIDTH, CARD_HEIGHT, this.#palette.colors, rows);
		} finally {
			this.#spareRows.push(rows);
		}
	}

	/** The lines of text a card shows, fitted and positioned. */
	#textLines(content: CardContent, noteX: number): TextLine[] {
		return content.kind === "site" ? this.#siteLines(content) : this.#entryLines(content, noteX);
	}

	/** The site's card: its name, large, over its description. */
	#siteLines(content: CardContent): TextLine[] {
		const { site } = LAYOUT;
		const description = wrapText(this.#drawable("regular", content.title), {
			measure: (text) => this.#shapers.regular.measure(text, site.descriptionSize),
			maxWidth: TEXT_WIDTH,
			maxLines: site.descriptionLines,
			balance: true,
		});
		const firstBaseline = site.descriptionTop + EM_TOP * site.descriptionSize;
		const step = site.descriptionSize * site.descriptionLineHeight;
		return [
			this.#line("bold", site.nameSize, this.#drawable("bold", content.siteName), site.nameBaseline, "text"),
			...description.lines.map((text, index) =>
				this.#line("regular", site.descriptionSize, text, firstBaseline + index * step, "muted"),
			),
		];
	}

	/** An article's or question's card: site name, kicker, title, and the note after the pill. */
	#entryLines(content: CardContent, noteX: number): TextLine[] {
		const { footer, kicker, siteName } = LAYOUT;
		const oneLine = (font: FontName, text: string, size: number, maxWidth: number) =>
			wrapText(this.#drawable(font, text), {
				measure: (part) => this.#shapers[font].measure(part, size),
				maxWidth,
				maxLines: 1,
			}).lines[0] ?? "";
		return [
			{
				...this.#line(
					"bold",
					siteName.size,
					this.#drawable("bold", content.siteName),
					siteName.baseline,
					"text",
				),
				x: siteName.x,
			},
			this.#line(
				"bold",
				kicker.size,
				oneLine("bold", content.kicker, kicker.size, TEXT_WIDTH),
				kicker.baseline,
				"accent",
			),
			...this.#titleLines(this.#drawable("bold", content.title)),
			{
				...this.#line(
					"regular",
					footer.size,
					oneLine("regular", content.note, footer.size, CARD_WIDTH - LAYOUT.marginX - noteX),
					footerBaseline(),
					"muted",
				),
				x: noteX,
			},
		];
	}

	/** The text with runs of white space made one space and characters the font lacks (emoji…) left out. */
	#drawable(font: FontName, text: string): string {
		return [...text.replace(/\s+/gu, " ").trim()]
			.filter((char) => char === " " || this.#shapers[font].has(char))
			.join("");
	}

	/** The title in the largest size at which it fits whole; cut off with an ellipsis at the smallest. */
	#titleLines(title: string): TextLine[] {
		const { top, bottom, sizes, lineHeight } = LAYOUT.title;
		let fitted: { size: number; lines: string[] } | undefined;
		for (const size of sizes) {
			const wrapped = wrapText(title, {
				measure: (text) => this.#shapers.bold.measure(text, size),
				maxWidth: TEXT_WIDTH,
				maxLines: Math.floor((bottom - top) / (size * lineHeight)),
				balance: true,
			});
			fitted = { size, lines: wrapped.lines };
			if (!wrapped.truncated) break;
		}
		if (!fitted) return [];
		const { size, lines } = fitted;
		const step = size * lineHeight;
		return lines.map((text, index) =>
			this.#line("bold", size, text, top + index * step + (step - size) / 2 + EM_TOP * size, "text"),
		);
	}

	#line(font: FontName, size: number, text: string, baseline: number, ink: ColorName): TextLine {
		return { font, size, text, x: LAYOUT.marginX, baseline, ink };
	}

	async #drawLines(canvas: PaletteCanvas, lines: TextLine[]): Promise<void> {
		const placed = await Promise.all(
			lines.map(async (line) => {
				const { glyphs } = this.#shapers[line.font].shape(line.text);
				const scale = line.size / this.#shapers[line.font].font.unitsPerEm;
				const pictures = await Promise.all(
					glyphs.map((placed) => this.#rasters[line.font].coverage(placed.glyph, line.size)),
				);
				return glyphs.map((placed, index) => ({
					picture: pictures[index],
					x: line.x + placed.x * scale,
					y: line.baseline - placed.y * scale,
					ink: line.ink,
				}));
			}),
		);
		for (const { picture, x, y, ink } of placed.flat()) if (picture) canvas.draw(picture, x, y, ink);
	}

	/** What every card of one kind and tone shares, drawn once per build; `noteX` is where the note starts. */
	#template(content: CardContent): Promise<{ canvas: PaletteCanvas; noteX: number }> {
		const key = `${content.kind}|${content.tone}|${content.badge}`;
		let template = this.#templates.get(key);
		if (!template) {
			template = this.#drawTemplate(content);
			this.#templates.set(key, template);
		}
		return template;
	}

	async #drawTemplate(content: CardContent): Promise<{ canvas: PaletteCanvas; noteX: number }> {
		const canvas = new PaletteCanvas(CARD_WIDTH, CARD_HEIGHT, this.#palette);
		const { logo, band, footer, marginX } = LAYOUT;
		canvas.fillRect(0, CARD_HEIGHT - band.height, CARD_WIDTH, band.height, "accent");
		const scaled = (shape: string) => `<g transform="scale(${logo.size / LOGO_UNITS})">${shape}</g>`;
		canvas.draw(await rasterizeSvg(scaled(LOGO_SQUARE), logo.size, logo.size), logo.x, logo.y, "accent");
		canvas.draw(await rasterizeSvg(scaled(LOGO_LETTER), logo.size, logo.size), logo.x, logo.y, "onAccent");
		if (!content.badge) return { canvas, noteX: marginX };

		const ink: ColorName = content.tone;
		const textWidth = this.#shapers.bold.measure(content.badge, footer.size);
		const width = Math.round(textWidth + 2 * footer.paddingX);
		const { stroke, radius, height } = footer;
		const pill = `<rect x="${stroke / 2}" y="${stroke / 2}" width="${width - stroke}" height="${height - stroke}" rx="${radius}" fill="none" stroke="#000" stroke-width="${stroke}"/>`;
		canvas.draw(await rasterizeSvg(pill, width, height), marginX, footer.top, ink);
		await this.#drawLines(canvas, [
			{
				font: "bold",
				size: footer.size,
				text: content.badge,
				x: marginX + footer.paddingX,
				baseline: footerBaseline(),
				ink,
			},
		]);
		return { canvas, noteX: marginX + width + footer.gap };
	}
}

/** Baseline of the text in the footer pill and of the note beside it: centred in the pill. */
function footerBaseline(): number {
	const { top, height, size } = LAYOUT.footer;
	return top + (height - size) / 2 + EM_TOP * size;
}
