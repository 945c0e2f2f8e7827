import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { select } from "hast-util-select";
import { describe, expect, it } from "vitest";
import { headersFor, parseHeaders } from "../../src/lib/hosting-headers.ts";
import type { BankList } from "../../src/offline/messages.ts";
import { entryIds } from "../helpers/content.ts";
import { DIST, distFiles, fileForPath, page, readDist } from "../helpers/dist.ts";

const files = distFiles();
/** The data the worker's first line sets: `var __OFFLINE_BUILD__ = {…};`. */
const build = JSON.parse(/^var __OFFLINE_BUILD__ = (.*);$/m.exec(readDist("sw.js"))?.[1] ?? "null") as {
	version: string;
	shell: string[];
	offlinePage: string;
};
const bank = JSON.parse(readDist("offline-bank.json")) as BankList;
/** The dist file a URL relative to the base stands for. */
const fileOf = (url: string) => fileForPath(`/${url === "./" ? "" : url}`);

describe("the service worker and its lists", () => {
	it("names one version in the worker and the bank list", () => {
		expect(build.version).toMatch(/^[0-9a-f]{12}$/);
		expect(bank.version).toBe(build.version);
	});

	it("precaches files that exist: the shell's pages, every script and stylesheet, and the offline page", () => {
		const missing = build.shell.filter((url) => fileOf(url) === undefined);
		expect(missing).toEqual([]);
		// The bank manifest too: the bank's filters and practice work from it, offline as well.
		for (const url of ["./", "questions/", "practice/", "search/", build.offlinePage, "bank-manifest.json"])
			expect(build.shell).toContain(url);
		const code = files.filter((file) => /^_astro\/.+\.(js|css)$/.test(file));
		expect(build.shell.filter((url) => code.includes(url)).length).toBe(code.length);
	});

	it("lists every question, every article and the search index for the whole-bank download, with true sizes and hashes", () => {
		expect(bank.questions).toBe(entryIds("questions").length);
		expect(bank.articles).toBe(entryIds("articles").length);
		const urls = new Set(bank.files.map((file) => file.url));
		for (const id of entryIds("questions")) expect(urls).toContain(`questions/${id}/`);
		for (const id of entryIds("articles")) expect(urls).toContain(`articles/${id}/`);
		// Every page of every category's list, which a question page links back to.
		const categoryPages = files
			.filter((file) => /^questions\/[^/]+\/(?:\d+\/)?index\.html$/.test(file))
			.map((file) => file.slice(0, -"index.html".length))
			.filter((url) => !entryIds("questions").some((id) => url === `questions/${id}/`));
		expect(categoryPages.length).toBeGreaterThan(0);
		for (const url of categoryPages) expect(urls).toContain(url);
		expect(urls).toContain("pagefind/pagefind.js");
		expect([...urls].filter((url) => url.startsWith("pagefind/fragment/")).length).toBe(
			files.filter((file) => file.startsWith("pagefind/fragment/")).length,
		);
		const wrong = bank.files.filter(({ url, bytes, hash }) => {
			const file = fileOf(url);
			if (!file) return true;
			const content = readFileSync(join(DIST, file));
			return content.length !== bytes || !createHash("sha256").update(content).digest("hex").startsWith(hash);
		});
		expect(wrong).toEqual([]);
		expect(bank.bytes).toBe(bank.files.reduce((sum, file) => sum + file.bytes, 0));
		expect(bank.transferBytes).toBeLessThan(bank.bytes);
	});
});

describe("installing the site as an app", () => {
	const manifest = JSON.parse(readDist("manifest.webmanifest")) as {
		name: string;
		start_url: string;
		scope: string;
		icons: { src: string; sizes: string; purpose: string }[];
	};

	it("has a name, a start URL and a scope at the site's root, and icons that exist at their stated sizes", () => {
		expect(manifest.name).toBe("大模型行业观察");
		expect(manifest.start_url).toBe("/");
		expect(manifest.scope).toBe("/");
		for (const icon of manifest.icons) {
			const file = fileForPath(icon.src);
			expect(file, icon.src).toBeDefined();
			if (!icon.src.endsWith(".png")) continue;
			const png = readFileSync(join(DIST, file ?? ""));
			expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
		}
		expect(manifest.icons.some((icon) => icon.purpose === "maskable")).toBe(true);
	});

	it("is linked from every page", () => {
		const pages = files.filter((file) => file.endsWith(".html"));
		const unlinked = pages.filter((file) => !select('link[rel="manifest"]', page(file)));
		expect(unlinked).toEqual([]);
	});
});

describe("hosting headers", () => {
	it("serve the worker uncached, so that a deploy is found on the next visit", () => {
		const rules = parseHeaders(readDist("_headers"));
		expect(headersFor(rules, "/sw.js")["Cache-Control"]).toBe("no-cache");
		expect(statSync(join(DIST, "sw.js")).size).toBeGreaterThan(1000);
	});
});
