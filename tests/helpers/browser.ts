import { mkdirSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, chromium } from "playwright-core";
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
	/** Absolute URL of a site path, e.g. `site.url("/questions/")`. */
	url: (path: string) => string;
	close: () => Promise<void>;
}

/** Serves a built site on a free localhost port with the headers of its `_headers` file (CSP included). */
export async function startSite(root = "dist", headersFile = `${root}/_headers`): Promise<Site> {
	const server: Server = await serveDist(root, 0, { headersFile });
	const { port } = server.address() as AddressInfo;
	mkdirSync(SCREENSHOTS, { recursive: true });
	return {
		url: (path) => `http://127.0.0.1:${port}${path}`,
		close: () => new Promise((done) => server.close(() => done())),
	};
}
