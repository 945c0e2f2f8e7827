import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Element } from "hast";
import { select, selectAll } from "hast-util-select";
import { toString as textOf } from "hast-util-to-string";
import { describe, expect, it } from "vitest";
import { buildCacheDir } from "../../src/build-cache/cache-dir.ts";
import { CATEGORIES } from "../../src/schemas/taxonomy.ts";
import { CONTENT_DIR, entryIds } from "../helpers/content.ts";
import { distFiles, fileForPath, page, readDist } from "../helpers/dist.ts";
import { pageAssets } from "../helpers/page-assets.ts";

const files = distFiles();
const htmlFiles = files.filter((file) => file.endsWith(".html"));
const articles = entryIds("articles");
const questions = entryIds("questions");
const articlePages = articles.map((id) => `articles/${id}/index.html`);
const questionPages = questions.map((id) => `questions/${id}/index.html`);
const entryPages = [...articlePages, ...questionPages];

/** Visible prose of a page: text outside formulas, code, diagrams, scripts and styles. */
function proseText(file: string): string {
	const main = select("main", page(file));
	if (!main) return "";
	const clone = structuredClone(main) as Element;
	const strip = (node: Element) => {
		node.children = node.children.filter(
			(child) =>
				child.type !== "element" ||
				!(
					["script", "style", "pre", "code", "svg"].includes(child.tagName) ||
					(Array.isArray(child.properties["className"]) && child.properties["className"].includes("katex"))
				),
		);
		for (const child of node.children) if (child.type === "element") strip(child);
	};
	strip(clone);
	return textOf(clone);
}

describe("every page exists", () => {
	it.each([
		"index.html",
		"articles/index.html",
		"questions/index.html",
		"tags/index.html",
		"bank-manifest.json",
		...CATEGORIES.map(({ slug }) => `questions/${slug}/index.html`),
		"search/index.html",
		"404.html",
		"rss.xml",
		"sitemap-index.xml",
		"pagefind/pagefind.js",
		...entryPages,
	])("%s", (file) => {
		expect(files).toContain(file);
	});

	it("was built from a content store that holds sources, not HTML (pages render on worker threads)", () => {
		const store = readFileSync(join(buildCacheDir(process.env), "data-store.json"), "utf8");
		expect(store).toContain('"body"');
		expect(
			store,
			"entries were rendered during content sync: see src/loaders/source-only-glob.ts",
		).not.toContain('"rendered"');
	});

	it("has a page for every tag used, under an ASCII slug", () => {
		const tagPages = files.filter((file) => /^tags\/[^/]+\/index\.html$/.test(file));
		expect(tagPages.length).toBeGreaterThan(10);
		for (const file of tagPages) expect(file).toMatch(/^tags\/[a-z0-9-]+\/index\.html$/);
	});

	it("puts every article and question in the sitemap and every article in the feed", () => {
		const sitemap = files
			.filter((file) => /^sitemap-\d+\.xml$/.test(file))
			.map(readDist)
			.join("");
		for (const id of articles) expect(sitemap).toContain(`/articles/${id}/</loc>`);
		for (const id of questions) expect(sitemap).toContain(`/questions/${id}/</loc>`);
		const rss = readDist("rss.xml");
		expect(rss.match(/<item>/g)?.length).toBe(articles.length);
		expect(rss).toContain("<language>zh-cn</language>");
	});
});

describe("every HTML page", () => {
	it.each(htmlFiles)("%s is Chinese, titled, described and has landmarks", (file) => {
		const tree = page(file);
		expect(select("html", tree)?.properties["lang"]).toBe("zh-CN");
		expect(textOf(select("title", tree) ?? tree)).not.toBe("");
		expect(select('meta[name="description"]', tree)?.properties["content"]).toBeTruthy();
		expect(select("header", tree)).toBeDefined();
		expect(select("main#main", tree)).toBeDefined();
		expect(select('a.skip-link[href="#main"]', tree)).toBeDefined();
		expect(selectAll("h1", tree)).toHaveLength(1);
	});
});

describe("entry pages", () => {
	it.each(entryPages)("%s has no raw TeX or Markdown left in its prose", (file) => {
		const text = proseText(file);
		expect(text).not.toMatch(/\$\$|\\frac|\\sum|\\mathrm/);
		expect(text).not.toMatch(/\*\*\S/);
		expect(text).not.toMatch(/^```/m);
	});

	it.each(entryPages)("%s shows its code highlighted, coloured by CSS variables", (file) => {
		const blocks = selectAll("pre.astro-code", page(file));
		expect(selectAll("figure.code > pre.astro-code", page(file))).toHaveLength(blocks.length);
		expect(selectAll("figure.code button.code-copy", page(file))).toHaveLength(blocks.length);
		for (const pre of blocks)
			expect(String(pre.properties["style"])).toContain("var(--astro-code-background)");
		expect(selectAll("pre:not(.astro-code)", page(file))).toEqual([]);
		expect(selectAll("code.language-mermaid, code.language-math", page(file))).toEqual([]);
	});

	it("defines in the stylesheet every colour variable the highlighted code uses", () => {
		const used = new Set(
			entryPages.flatMap((file) =>
				[...readDist(file).matchAll(/var\((--astro-code-[\w-]+)\)/g)].map((match) => match[1]),
			),
		);
		const css = files
			.filter((file) => file.endsWith(".css"))
			.map((file) => readDist(file))
			.join("\n");
		expect(used.size).toBeGreaterThan(4);
		for (const name of used)
			expect(css, `${name} has no value in any stylesheet`).toMatch(new RegExp(`${name}:`));
	});

	it("renders formulas with KaTeX on every article that has display math and on most questions", () => {
		const withDisplayMath = articles.filter((id) =>
			readFileSync(`${CONTENT_DIR}/articles/${id}.md`, "utf8").includes("$$"),
		);
		expect(withDisplayMath.length).toBeGreaterThanOrEqual(articles.length / 2);
		for (const id of withDisplayMath)
			expect(selectAll(".katex-display", page(`articles/${id}/index.html`)).length).toBeGreaterThan(0);
		const withMath = questionPages.filter((file) => selectAll(".katex", page(file)).length > 0);
		expect(withMath.length).toBeGreaterThanOrEqual(questionPages.length / 2);
	});

	it("draws at least one mermaid diagram as inline SVG", () => {
		const diagrams = articlePages.flatMap((file) => selectAll("figure.diagram > svg", page(file)));
		expect(diagrams.length).toBeGreaterThan(0);
	});

	it.each(questionPages)("%s starts with the answer and has only the known sections", (file) => {
		const headings = selectAll(".prose h2", page(file)).map((node) => textOf(node));
		expect(headings[0]).toBe("答案");
		for (const heading of headings) expect(["答案", "示例代码", "解析"]).toContain(heading);
	});

	it.each(entryPages)("%s gives Pagefind its body, weighted title and type filter", (file) => {
		const body = select("[data-pagefind-body]", page(file));
		expect(body).toBeDefined();
		expect(
			select('h1[data-pagefind-meta="title"][data-pagefind-weight="10"]', body ?? page(file)),
		).toBeDefined();
		const type = file.startsWith("articles/") ? "文章" : "面试题";
		expect(select(`[data-pagefind-filter="type:${type}"]`, body ?? page(file))).toBeDefined();
	});
});

describe("links and assets", () => {
	const references = htmlFiles.flatMap((file) =>
		selectAll("a[href], link[href], script[src], img[src], source[src]", page(file)).map((node) => ({
			file,
			tag: node.tagName,
			rel: String(node.properties["rel"] ?? ""),
			url: String(node.properties["href"] ?? node.properties["src"]),
		})),
	);

	it("resolves every internal link and asset to a file in dist/", () => {
		const broken = references
			.filter(({ url }) => !/^(https?:|mailto:|#)/.test(url))
			.filter(({ file, url }) => {
				const { pathname } = new URL(url, `http://site.test/${file.replace(/index\.html$/, "")}`);
				return fileForPath(pathname) === undefined;
			});
		expect(broken).toEqual([]);
	});

	it("resolves every in-page anchor to an element id", () => {
		const broken = references
			.filter(({ url }) => url.startsWith("#") && url.length > 1)
			.filter(({ file, url }) => !select(`[id="${decodeURIComponent(url.slice(1))}"]`, page(file)));
		expect(broken).toEqual([]);
	});

	it("loads no script, style, font or image from another host", () => {
		const remote = references.filter(
			({ tag, rel, url }) =>
				/^(https?:)?\/\//.test(url) && tag !== "a" && !["canonical", "alternate"].includes(rel),
		);
		expect(remote).toEqual([]);
		const assets = files.filter((file) => /\.(css|js|svg|html)$/.test(file) && !file.startsWith("pagefind/"));
		const offenders = assets.filter((file) =>
			/@import\s+url\(\s*["']?https?:|url\(\s*["']?https?:|<script[^>]+src=["']?https?:/.test(readDist(file)),
		);
		expect(offenders).toEqual([]);
	});

	it("ships only the woff2 KaTeX fonts", () => {
		const fonts = files.filter((file) => /\.(woff2?|ttf|otf|eot)$/.test(file));
		expect(fonts.length).toBeGreaterThan(0);
		for (const font of fonts) expect(font).toMatch(/\.woff2$/);
	});
});

describe("page weight", () => {
	// The only scripts a page may carry: search (dialog and page), theme toggle, code copy, the
	// practice islands (bank filters, practice page, question self-test with star and note, grade marks
	// on list pages), the progress page's charts, the mock interview, and offline use (the service
	// worker's registration on every page, the offline page and its download control).
	const ISLANDS =
		/^_astro\/(SearchDialog|search|ThemeToggle|Prose|PracticeBar|practice|progress|interview|index|GradeMarks|BaseLayout|offline|OfflineBank)\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/;
	const PAGE_BUDGET = 15 * 1024;
	// Pages people read (articles, single questions) stay light; the progress page draws charts.
	const READING_BUDGET = 10 * 1024;
	const PROGRESS_BUDGET = 30 * 1024;
	const budgetOf = (file: string) =>
		file.startsWith("articles/") || /^questions\/[^/]+\/index\.html$/.test(file)
			? READING_BUDGET
			: file === "progress/index.html"
				? PROGRESS_BUDGET
				: PAGE_BUDGET;

	it.each(htmlFiles)("%s ships only the site's small islands", (file) => {
		const { entries, scriptGzipBytes } = pageAssets(file);
		for (const entry of entries) expect(entry).toMatch(ISLANDS);
		expect(scriptGzipBytes).toBeLessThan(budgetOf(file));
	});

	it.each(htmlFiles)("%s loads at most 30 KB of CSS (gzip), KaTeX's own stylesheet aside", (file) => {
		const linked = pageAssets(file).styles.filter((style) => !readDist(style).includes("KaTeX_Main"));
		// Small stylesheets are inlined into the page (see astro.config.mjs); they count as well.
		const inline = selectAll("style", page(file)).map((node) => textOf(node));
		const css = [...linked.map((style) => readDist(style)), ...inline].join("\n");
		expect(gzipSync(Buffer.from(css)).length).toBeLessThan(30 * 1024);
	});

	it("gives every image its width and height, so nothing shifts as it loads", () => {
		const images = htmlFiles.flatMap((file) => selectAll("img", page(file)).map((node) => ({ file, node })));
		const unsized = images.filter(({ node }) => !(node.properties["width"] && node.properties["height"]));
		expect(unsized.map(({ file, node }) => `${file}: ${String(node.properties["src"])}`)).toEqual([]);
	});

	it("loads KaTeX's stylesheet only on pages that render Markdown", () => {
		const katexCss = (file: string) =>
			pageAssets(file).styles.some((style) => readDist(style).includes("KaTeX_Main"));
		expect(katexCss(articlePages[0] ?? "")).toBe(true);
		expect(katexCss("index.html")).toBe(false);
		expect(katexCss("search/index.html")).toBe(false);
	});
});

describe("search index", () => {
	it("indexes exactly the articles and questions, in Chinese", () => {
		const entry = JSON.parse(readDist("pagefind/pagefind-entry.json")) as {
			languages: Record<string, { page_count: number }>;
		};
		expect(Object.keys(entry.languages)).toEqual(["zh-cn"]);
		expect(entry.languages["zh-cn"]?.page_count).toBe(articles.length + questions.length);
	});
});
