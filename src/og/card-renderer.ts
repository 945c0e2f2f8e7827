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

/** The site's mark from favicon.svg, at 64 px: a rounded square and an M. */
const LOGO_SQUARE = '<rect width="64" height="64" rx="14"/>';
const LOGO_LETTER =
	'<path d="M18 44V20l14 14 14-14v24" fill="none" stroke="#000" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/>';

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
		const drawable = (font: FontName, text: string) =>
			[...text.replace(/\s+/gu, " ").trim()]
				.filter((char) => char === " " || this.#shapers[font].has(char))
				.join("");
		if (content.kind === "site") {
			const { site } = LAYOUT;
			const description = wrapText(drawable("regular", content.title), {
				measure: (text) => this.#shapers.regular.measure(text, site.descriptionSize),
				maxWidth: TEXT_WIDTH,
				maxLines: site.descriptionLines,
				balance: true,
			});
			return [
				this.#line("bold", site.nameSize, drawable("bold", content.siteName), site.nameBaseline, "text"),
				...description.lines.map((text, index) =>
					this.#line(
						"regular",
						site.descriptionSize,
						text,
						site.descriptionTop + EM_TOP * site.descriptionSize + index * site.descriptionSize * 1.5,
						"muted",
					),
				),
			];
		}
		const { footer, kicker, siteName } = LAYOUT;
		const footerBaseline = footer.top + (footer.height - footer.size) / 2 + EM_TOP * footer.size;
		const note = wrapText(drawable("regular", content.note), {
			measure: (text) => this.#shapers.regular.measure(text, footer.size),
			maxWidth: CARD_WIDTH - LAYOUT.marginX - noteX,
			maxLines: 1,
		});
		return [
			{
				...this.#line("bold", siteName.size, drawable("bold", content.siteName), siteName.baseline, "text"),
				x: siteName.x,
			},
			this.#line(
				"bold",
				kicker.size,
				fitOneLine(this.#shapers.bold, drawable("bold", content.kicker), kicker.size),
				kicker.baseline,
				"accent",
			),
			...this.#titleLines(drawable("bold", content.title)),
			...note.lines.map((text) => ({
				...this.#line("regular", footer.size, text, footerBaseline, "muted"),
				x: noteX,
			})),
		];
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
		canvas.draw(await rasterizeSvg(LOGO_SQUARE, logo.size, logo.size), logo.x, logo.y, "accent");
		canvas.draw(await rasterizeSvg(LOGO_LETTER, logo.size, logo.size), logo.x, logo.y, "onAccent");
		if (!content.badge) return { canvas, noteX: marginX };

		const ink: ColorName = content.tone;
		const textWidth = this.#shapers.bold.measure(content.badge, footer.size);
		const width = Math.round(textWidth + 2 * footer.paddingX);
		const stroke = 3;
		const pill = `<rect x="${stroke / 2}" y="${stroke / 2}" width="${width - stroke}" height="${footer.height - stroke}" rx="12" fill="none" stroke="#000" stroke-width="${stroke}"/>`;
		canvas.draw(await rasterizeSvg(pill, width, footer.height), marginX, footer.top, ink);
		const baseline = footer.top + (footer.height - footer.size) / 2 + EM_TOP * footer.size;
		await this.#drawLines(canvas, [
			{ font: "bold", size: footer.size, text: content.badge, x: marginX + footer.paddingX, baseline, ink },
		]);
		return { canvas, noteX: marginX + width + footer.gap };
	}
}

/** One line of text, cut off with an ellipsis if it is wider than the card. */
function fitOneLine(shaper: TextShaper, text: string, size: number): string {
	return (
		wrapText(text, { measure: (part) => shaper.measure(part, size), maxWidth: TEXT_WIDTH, maxLines: 1 })
			.lines[0] ?? ""
	);
}
