import type { SiteUrls } from "./urls.ts";

/** The app's icons in `public/icons/` (drawn by scripts/make-icons.ts from `public/favicon.svg`). */
export const APP_ICONS = [
	{ file: "icons/icon-192.png", size: 192, purpose: "any" },
	{ file: "icons/icon-512.png", size: 512, purpose: "any" },
	{ file: "icons/maskable-192.png", size: 192, purpose: "maskable" },
	{ file: "icons/maskable-512.png", size: 512, purpose: "maskable" },
] as const;

/** For iOS, which ignores the manifest's icons: opaque, square, 180 px. */
export const APPLE_TOUCH_ICON = { file: "icons/apple-touch-icon.png", size: 180 } as const;

/** The colour of the installed app's title bar and splash screen: the light theme's background. */
export const THEME_COLOR = "#ffffff";

interface SiteInfo {
	name: string;
	shortName: string;
	description: string;
}

/**
 * The web app manifest that makes the site installable. Every URL comes from the site's URL
 * builder, so the app starts and stays inside the base path (`/kb/`).
 */
export function webManifest(
	site: SiteInfo,
	urls: Pick<SiteUrls, "home" | "asset" | "questions" | "practice" | "search">,
) {
	return {
		id: urls.home(),
		name: site.name,
		short_name: site.shortName,
		description: site.description,
		lang: "zh-CN",
		dir: "ltr",
		start_url: urls.home(),
		scope: urls.home(),
		display: "standalone",
		theme_color: THEME_COLOR,
		background_color: THEME_COLOR,
		categories: ["education", "books"],
		icons: [
			{ src: urls.asset("favicon.svg"), sizes: "any", type: "image/svg+xml", purpose: "any" },
			...APP_ICONS.map((icon) => ({
				src: urls.asset(icon.file),
				sizes: `${icon.size}x${icon.size}`,
				type: "image/png",
				purpose: icon.purpose,
			})),
		],
		shortcuts: [
			{ name: "面试题库", url: urls.questions() },
			{ name: "练习模式", url: urls.practice() },
			{ name: "搜索", url: urls.search() },
		],
	};
}
