/**
 * Draws the app's PNG icons (public/icons/) from the site's logo with Chromium. Run it again after
 * changing the logo: node scripts/make-icons.ts. The PNGs are committed, so builds need no image tools.
 * - `icon-*`: the logo as the favicon shows it (rounded square, transparent corners).
 * - `maskable-*` and `apple-touch-icon`: the same mark on a full square, so the platform can cut
 *   its own shape; the mark stays inside the central safe circle (40% of the size in radius).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { APP_ICONS, APPLE_TOUCH_ICON } from "../src/lib/web-manifest.ts";
import { launchChromium } from "../tests/helpers/browser.ts";

const LOGO = readFileSync("public/favicon.svg", "utf8");
/** The logo with its rounded corners filled. */
const FULL_SQUARE = LOGO.replace(/<rect ([^>]*?) rx="\d+"/, "<rect $1");

const icons = [
	...APP_ICONS.map((icon) => ({ ...icon, svg: icon.purpose === "maskable" ? FULL_SQUARE : LOGO })),
	{ ...APPLE_TOUCH_ICON, svg: FULL_SQUARE },
];

mkdirSync("public/icons", { recursive: true });
const browser = await launchChromium();
const page = await browser.newPage();
for (const { file, size, svg } of icons) {
	await page.setViewportSize({ width: size, height: size });
	const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
	await page.setContent(
		`<body style="margin:0"><img src="${source}" width="${size}" height="${size}"></body>`,
	);
	await page.locator("img").evaluate((image: HTMLImageElement) => image.decode());
	writeFileSync(`public/${file}`, await page.screenshot({ omitBackground: true }));
	console.log(`public/${file}（${size}×${size}）`);
}
await browser.close();
