import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fromHtml } from "hast-util-from-html";
import { selectAll } from "hast-util-select";
import { beforeAll, describe, expect, it } from "vitest";
import { astroBuild } from "../helpers/astro-build.ts";
import { listFiles } from "../helpers/files.ts";

// A second build, deployed under a sub-path as on GitHub Pages: every link must stay inside it.
const ROOT = "tests/.tmp/base-path";
const SITE = join(ROOT, "kb");

describe("a build under BASE_PATH=/kb", () => {
	beforeAll(() => {
		rmSync(ROOT, { recursive: true, force: true });
		const { status, output } = astroBuild(SITE, { BASE_PATH: "/kb/", SITE_URL: "https://example.org" });
		if (status !== 0) throw new Error(output);
	}, 120_000);

	it("links and loads everything from inside /kb/, and every target exists", () => {
		const outside: string[] = [];
		const missing: string[] = [];
		for (const file of listFiles(SITE)
			.filter((name) => name.endsWith(".html"))
			.map((name) => join(SITE, name))) {
			const tree = fromHtml(readFileSync(file, "utf8"));
			for (const node of selectAll("a[href], link[href], script[src]", tree)) {
				const url = String(node.properties["href"] ?? node.properties["src"]);
				if (!url.startsWith("/")) continue;
				if (!url.startsWith("/kb/")) outside.push(`${file}: ${url}`);
				const path = join(ROOT, decodeURIComponent(url.split(/[?#]/)[0] ?? ""));
				if (!existsSync(path.endsWith("/") ? join(path, "index.html") : path))
					missing.push(`${file}: ${url}`);
			}
		}
		expect(outside).toEqual([]);
		expect(missing).toEqual([]);
	});

	it("uses the public address in canonical links and the feed", () => {
		const home = readFileSync(join(SITE, "index.html"), "utf8");
		expect(home).toContain('<link rel="canonical" href="https://example.org/kb/">');
		const feed = readFileSync(join(SITE, "rss.xml"), "utf8");
		expect(feed).toContain("<link>https://example.org/kb/</link>");
		expect(feed).toContain("<link>https://example.org/kb/articles/");
		expect(feed).not.toMatch(/https:\/\/example\.org\/articles\//);
	});

	it("points og:image at the card under /kb/, with the public address", () => {
		const page = readFileSync(join(SITE, "questions", "kv-cache", "index.html"), "utf8");
		const image = page.match(/<meta property="og:image" content="([^"]+)"/)?.[1] ?? "";
		expect(image).toBe("https://example.org/kb/og/questions/kv-cache.png");
		expect(page).toContain(`<meta name="twitter:image" content="${image}">`);
		expect(existsSync(join(ROOT, new URL(image).pathname))).toBe(true);
	});

	it("tells the search script where the index lives", () => {
		const scripts = readdirSync(join(SITE, "_astro")).filter((name) => name.endsWith(".js"));
		const code = scripts.map((name) => readFileSync(join(SITE, "_astro", name), "utf8")).join("\n");
		expect(code).toContain("/kb/");
	});
});
