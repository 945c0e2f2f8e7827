/**
 * The cards' fonts: Noto Sans SC from the npm package `@expo-google-fonts/noto-sans-sc` (TrueType),
 * read at build time only. Nothing is fetched and no font file reaches `dist/`: only the glyphs a
 * card shows are drawn (see glyph-raster.ts), so a card carries just those outlines, as pixels.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as fontkit from "fontkit";

const PACKAGE = "@expo-google-fonts/noto-sans-sc";

export const FONT_FILES = {
	bold: "700Bold/NotoSansSC_700Bold.ttf",
	regular: "400Regular/NotoSansSC_400Regular.ttf",
} as const;

export type FontName = keyof typeof FONT_FILES;
export type CardFonts = Record<FontName, fontkit.Font>;

function fontPackage(): { dir: string; version: string } {
	const require = createRequire(import.meta.url);
	const manifest = require.resolve(`${PACKAGE}/package.json`);
	const { version } = require(manifest) as { version: string };
	return { dir: dirname(manifest), version };
}

/** Package, version and file of each font, for the cache key: known without reading the fonts. */
export function fontIds(): string[] {
	const { version } = fontPackage();
	return Object.values(FONT_FILES).map((file) => `${PACKAGE}@${version}/${file}`);
}

let loading: Promise<CardFonts> | undefined;

/** Parses the fonts once per process (about 10 MB each), when the first card that is not cached is drawn. */
export function loadCardFonts(): Promise<CardFonts> {
	loading ??= (async () => {
		const { dir } = fontPackage();
		const entries = await Promise.all(
			Object.entries(FONT_FILES).map(async ([name, file]) => {
				const font = fontkit.create(await readFile(join(dir, file)));
				if (!("glyphForCodePoint" in font)) throw new Error(`${file} 是字体集合，卡片需要单个字体`);
				return [name, font] as const;
			}),
		);
		return Object.fromEntries(entries) as CardFonts;
	})();
	return loading;
}
