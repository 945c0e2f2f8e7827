import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fromHtml } from "hast-util-from-html";
import { selectAll } from "hast-util-select";
import { toString as textOf } from "hast-util-to-string";
import { beforeAll, describe, expect, it } from "vitest";
import { EARLY_SCRIPT } from "../../src/lib/early-script.ts";
import { astroBuild } from "../helpers/astro-build.ts";
import { launchChromium, startSite } from "../helpers/browser.ts";
import { listFiles } from "../helpers/files.ts";

// A small corpus imported from fixtures (one of them hostile) plus one MDX article, built twice.
const ROOT = "tests/.tmp/small-corpus";
const CONTENT = `./${ROOT}/content`;
const BUILDS = [join(ROOT, "first"), join(ROOT, "second")];
// Both builds share one share-card cache, as two `npm run build`s on one machine do.
const CARD_CACHE = join(ROOT, "og-cache");
let cardsAfterFirstBuild: Map<string, number> | undefined;

/** Each cached card and when it was written. */
function cardCache(): Map<string, number> {
	return new Map(readdirSync(CARD_CACHE).map((file) => [file, statSync(join(CARD_CACHE, file)).mtimeMs]));
}

const MDX_ARTICLE = `---
title: 用 MDX 写的文章
description: 一篇用 MDX 写成的短文，检查表达式、公式和小节链接都照常渲染。
date: 2026-11-02
tags: [示例]
industries: [通用]
---

export const year = 2000 + 26;

## 小节

今年是 {year} 年，损失写作 $L = -\\log p$。
`;

const HAND_WRITTEN = "hostile-by-hand.md";
const HOSTILE_BY_HAND = `---
title: 手写的危险 HTML
description: 站点主人手写进条目的原始 HTML 也不能在读者的浏览器里执行。
date: 2026-11-03
tags: [安全]
industries: [通用]
---

<script>alert("手写的脚本不应运行")</script>

点击 [这个链接](javascript:alert('link')) 不应执行任何代码，<a href="javascript:alert('raw')">这个原始链接</a> 也一样。

<img src="missing.png" onerror="alert('onerror')" alt="示意">

<div onclick="alert('click')" style="color: red">带有点击事件的块</div>
`;

beforeAll(() => {
	rmSync(ROOT, { recursive: true, force: true });
	const importArgs = [
		"scripts/import.ts",
		"tests/fixtures/import/hostile",
		"tests/fixtures/import/good/bank-only.txt",
	];
	execFileSync(process.execPath, [...importArgs, "--out", CONTENT, "--date", "2026-11-01"], {
		stdio: "ignore",
	});
	writeFileSync(join(CONTENT, "articles", "mdx-article.mdx"), MDX_ARTICLE);
	// The importer strips raw HTML; an owner can still write it by hand, so the renderer must too.
	writeFileSync(join(CONTENT, "articles", HAND_WRITTEN), HOSTILE_BY_HAND);
	for (const dir of BUILDS) {
		const { status, output } = astroBuild(dir, { CONTENT_DIR: CONTENT, OG_CACHE_DIR: CARD_CACHE });
		if (status !== 0) throw new Error(output);
		// The later steps use the same build cache as that build (tests/helpers/astro-build.ts).
		const withCache = { stdio: "ignore", env: { ...process.env, ASTRO_CACHE_DIR: `${dir}-cache` } } as const;
		execFileSync(process.execPath, ["scripts/build-search-index.ts", dir], withCache);
		cardsAfterFirstBuild ??= cardCache();
		execFileSync(process.execPath, ["scripts/build-offline.ts", dir], withCache);
	}
}, 240_000);

describe("an MDX article", () => {
	it("is compiled by Astro: its expressions, formulas and section links render", () => {
		const html = readFileSync(join(BUILDS[0] ?? "", "articles", "mdx-article", "index.html"), "utf8");
		expect(html).toContain("今年是 2026 年");
		expect(html).toContain('class="katex"');
		expect(html).toMatch(/<h2 id="小节">小节<a class="heading-anchor"/);
	});
});

describe("a reproducible build", () => {
	it("writes the same files, byte for byte, when built twice from the same sources", () => {
		const [first = "", second = ""] = BUILDS;
		expect(listFiles(second)).toEqual(listFiles(first));
		const different = listFiles(first).filter(
			(file) => !readFileSync(join(first, file)).equals(readFileSync(join(second, file))),
		);
		expect(different).toEqual([]);
	});
});

describe("share cards", () => {
	it("are drawn by the first build and reused, not redrawn, by the second", () => {
		const [first = ""] = BUILDS;
		const cards = listFiles(join(first, "og"));
		expect(cards.length).toBeGreaterThan(3);
		// One cached file per distinct card (two entries that show the same text share one).
		const distinct = new Set(cards.map((file) => readFileSync(join(first, "og", file)).toString("base64")));
		expect(cardsAfterFirstBuild?.size).toBe(distinct.size);
		expect(cardCache()).toEqual(cardsAfterFirstBuild);
	});
});

describe("hostile raw HTML, imported or written by hand", () => {
	const [first = ""] = BUILDS;
	const pages = () => listFiles(first).filter((file) => /^(articles|questions)\/.+\.html$/.test(file));

	it("reaches no page as script, event handler, javascript: URL or frame", () => {
		expect(pages().length).toBeGreaterThan(1);
		for (const page of pages()) {
			const tree = fromHtml(readFileSync(join(first, page), "utf8"));
			const scripts = selectAll("script", tree).filter(
				(node) =>
					!(
						node.properties["src"] ||
						node.properties["type"] === "application/json" ||
						node.position === undefined
					),
			);
			// The one inline script is the site's hashed theme script.
			expect(scripts.map((node) => textOf(node))).toEqual([EARLY_SCRIPT]);
			expect(selectAll("main iframe, main object, main embed, main style", tree)).toEqual([]);
			const attributes = selectAll("*", tree).flatMap((node) => Object.entries(node.properties));
			expect(attributes.filter(([name]) => /^on/i.test(name))).toEqual([]);
			expect(attributes.filter(([, value]) => /^\s*(javascript|vbscript):/i.test(String(value)))).toEqual([]);
		}
	});

	it("marks external links and keeps the text", () => {
		// The imported article (not the hand-written or the MDX one).
		const article =
			pages().find((page) => page.startsWith("articles/") && !/hostile-by-hand|mdx-article/.test(page)) ?? "";
		const html = readFileSync(join(first, article), "utf8");
		expect(html).toMatch(/<a href="https:\/\/owasp\.org\/[^"]*" class="external" rel="noopener noreferrer">/);
		expect(html).toContain("带有点击事件的块");
	});

	it("runs nothing in the browser", async () => {
		const site = await startSite(first, "/");
		const browser = await launchChromium();
		try {
			const page = await browser.newPage();
			const dialogs: string[] = [];
			page.on("dialog", async (dialog) => {
				dialogs.push(dialog.message());
				await dialog.dismiss();
			});
			for (const file of pages()) {
				await page.goto(site.url(`/${file.replace(/index\.html$/, "")}`));
				await page.waitForLoadState("load");
			}
			await page.goto(site.url("/articles/hostile-by-hand/"));
			await page.getByText("这个链接", { exact: true }).click();
			await page.getByText("带有点击事件的块").click();
			expect(dialogs).toEqual([]);
		} finally {
			await browser.close();
			await site.close();
		}
	}, 60_000);
});
