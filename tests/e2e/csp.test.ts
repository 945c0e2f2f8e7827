import { describe, expect, it } from "vitest";
import { useBrowserSession } from "../helpers/browser.ts";
import { entryIds } from "../helpers/content.ts";

const session = useBrowserSession();

const PAGES = [
	"/",
	"/articles/",
	`/articles/${entryIds("articles")[0]}/`,
	"/questions/",
	`/questions/${entryIds("questions")[0]}/`,
	"/tags/",
	"/search/?q=模型",
	"/practice/",
	"/progress/",
	"/interview/",
	"/offline/",
	"/no-such-page/",
];

describe("every page type under the site's Content Security Policy header", () => {
	it.each(PAGES)(
		"%s loads, runs its scripts and searches with no violation or console error",
		async (path) => {
			const page = await session.browser.newPage();
			const problems: string[] = [];
			// The 404 page is meant to answer 404, which Chromium logs as a console error.
			const expected404 = path.startsWith("/no-such-page");
			page.on("console", (message) => {
				if (message.type() !== "error") return;
				if (expected404 && message.text().includes("status of 404")) return;
				problems.push(`console: ${message.text()}`);
			});
			page.on("pageerror", (error) => problems.push(`error: ${error.message}`));
			await page.addInitScript(() => {
				document.addEventListener("securitypolicyviolation", (event) => {
					console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
				});
			});
			const response = await page.goto(session.site.url(path));
			expect(response?.headers()["content-security-policy"]).toMatch(
				/script-src 'self' 'wasm-unsafe-eval' 'sha256-/,
			);
			expect(response?.headers()["content-security-policy"]).not.toMatch(/script-src[^;]*'unsafe-inline'/);
			// The theme script (hashed) ran, the toggle (external) works, and search (WebAssembly) answers.
			await page.locator("[data-theme-toggle]").click();
			expect(await page.evaluate(() => document.documentElement.dataset["theme"])).toBe("dark");
			await page.keyboard.press("Control+k");
			await page.keyboard.type("量化");
			await page.locator("#site-search-results [role=option]").first().waitFor();
			expect(problems).toEqual([]);
			await page.close();
		},
	);
});
