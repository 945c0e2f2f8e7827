import { mkdirSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { serveDist } from "../../scripts/serve-dist.ts";

/** Flags for a quiet, offline, root-safe headless Chromium. */
export const CHROMIUM_ARGS = [
	"--headless",
	"--no-sandbox",
	"--disable-gpu",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
	"--no-first-run",
];

export const SCREENSHOTS = "tests/.tmp/screenshots";

export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
		args: CHROMIUM_ARGS,
	});
}

export interface Site {
	/** The base path the site was built for, e.g. `/` or `/kb/`. */
	base: string;
	/** A site path under the base: `site.path("/practice/")` is `/kb/practice/` under `/kb/`. */
	path: (path: string) => string;
	/** Absolute URL of a site path, e.g. `site.url("/questions/")`. */
	url: (path: string) => string;
	close: () => Promise<void>;
}

/**
 * Serves a built site on a free localhost port with the headers of its `_headers` file (CSP
 * included). `E2E_ROOT` and `E2E_BASE` point the browser tests at a build made for a sub-path.
 */
export async function startSite(
	root = process.env["E2E_ROOT"] ?? "dist",
	base = process.env["E2E_BASE"] ?? "/",
): Promise<Site> {
	const siteDir = base === "/" ? root : `${root}${base.replace(/\/$/, "")}`;
	const server: Server = await serveDist(root, 0, { headersFile: `${siteDir}/_headers` });
	const { port } = server.address() as AddressInfo;
	mkdirSync(SCREENSHOTS, { recursive: true });
	const path = (sitePath: string) => `${base}${sitePath.replace(/^\//, "")}`;
	return {
		base,
		path,
		url: (sitePath) => `http://127.0.0.1:${port}${path(sitePath)}`,
		close: () => new Promise((done) => server.close(() => done())),
	};
}

/**
 * Starts the built site and Chromium once for a test file and closes both afterwards.
 * Use inside tests as `session.site` and `session.browser`.
 */
export function useBrowserSession(): { readonly site: Site; readonly browser: Browser } {
	let site: Site | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		site = await startSite();
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});
	return {
		get site() {
			if (!site) throw new Error("the site is not started yet");
			return site;
		},
		get browser() {
			if (!browser) throw new Error("Chromium is not started yet");
			return browser;
		},
	};
}
