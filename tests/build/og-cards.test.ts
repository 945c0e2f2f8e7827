import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { select } from "hast-util-select";
import { toString as textOf } from "hast-util-to-string";
import { describe, expect, it } from "vitest";
import { entryIds } from "../helpers/content.ts";
import { DIST, distFiles, fileForPath, page } from "../helpers/dist.ts";

const SCREENSHOTS = "tests/.tmp/screenshots";
const articlePages = entryIds("articles").map((id) => `articles/${id}/index.html`);
const questionPages = entryIds("questions").map((id) => `questions/${id}/index.html`);
const otherPages = distFiles().filter(
	(file) => file.endsWith(".html") && !/^(articles|questions)\/[^/]+\/index\.html$/.test(file),
);

function meta(file: string, attribute: "property" | "name", key: string): string | undefined {
	const node = select(`meta[${attribute}="${key}"]`, page(file));
	return node ? String(node.properties["content"]) : undefined;
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): [number, number] {
	const data = readFileSync(join(DIST, file));
	expect(data.subarray(0, 8).toString("latin1")).toBe("\x89PNG\r\n\x1a\n");
	return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

/** The dist file an absolute og:image URL names; the build's site is https://example.com/ unless SITE_URL says otherwise. */
function cardFile(url: string): string | undefined {
	expect(url).toMatch(/^https?:\/\//);
	return fileForPath(new URL(url).pathname);
}

describe("share cards", () => {
	it.each([...articlePages, ...questionPages])(
		"%s has its own card, with size, alt text and Twitter tags",
		(file) => {
			const image = meta(file, "property", "og:image") ?? "";
			const section = file.startsWith("articles/") ? "articles" : "questions";
			const id = file.split("/")[1];
			expect(image).toMatch(new RegExp(`/og/${section}/${id}\\.png$`));
			const card = cardFile(image);
			expect(card, `${image} is not in dist/`).toBeDefined();
			expect(pngSize(card ?? "")).toEqual([1200, 630]);
			expect(meta(file, "property", "og:image:width")).toBe("1200");
			expect(meta(file, "property", "og:image:height")).toBe("630");
			expect(meta(file, "property", "og:image:type")).toBe("image/png");
			const title = textOf(select("h1", page(file)) ?? page(file)).trim();
			expect(meta(file, "property", "og:image:alt")).toContain(title);
			expect(meta(file, "name", "twitter:card")).toBe("summary_large_image");
			expect(meta(file, "name", "twitter:image")).toBe(image);
			expect(meta(file, "name", "twitter:image:alt")).toBe(meta(file, "property", "og:image:alt"));
		},
	);

	it("gives every other page the site's card", () => {
		expect(otherPages.length).toBeGreaterThan(5);
		for (const file of otherPages) {
			const image = meta(file, "property", "og:image") ?? "";
			expect(image, file).toMatch(/\/og\/site\.png$/);
			expect(meta(file, "name", "twitter:card"), file).toBe("summary_large_image");
		}
		expect(pngSize(cardFile(meta("index.html", "property", "og:image") ?? "") ?? "")).toEqual([1200, 630]);
	});

	it("writes no card that no page points to, and keeps cards out of the sitemap", () => {
		const cards = distFiles().filter((file) => file.startsWith("og/"));
		expect(cards).toHaveLength(articlePages.length + questionPages.length + 1);
		const sitemap = distFiles()
			.filter((file) => /^sitemap-\d+\.xml$/.test(file))
			.map((file) => readFileSync(join(DIST, file), "utf8"))
			.join("");
		expect(sitemap).not.toContain("/og/");
	});

	it("keeps the card of one article and one question in tests/.tmp/screenshots for a look", () => {
		mkdirSync(SCREENSHOTS, { recursive: true });
		for (const [name, file] of [
			["og-card-article.png", articlePages[0]],
			["og-card-question.png", questionPages[0]],
			["og-card-site.png", "index.html"],
		] as const) {
			const card = cardFile(meta(file ?? "", "property", "og:image") ?? "") ?? "";
			copyFileSync(join(DIST, card), join(SCREENSHOTS, name));
		}
	});
});
