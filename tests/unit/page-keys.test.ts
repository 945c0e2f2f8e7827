import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pageCacheKey } from "../../src/build-cache/page-key.ts";
import { Vocabulary } from "../../src/lib/vocabulary.ts";

const entry = (id: string, title: string, body = "正文") => ({
	id,
	collection: "questions",
	data: { title, date: new Date("2026-11-01") },
	body,
	filePath: `content/questions/${id}.md`,
});

describe("pageCacheKey", () => {
	const props = { question: entry("a", "甲"), previous: entry("b", "乙"), synonyms: ["幻觉"] };
	const key = pageCacheKey(props, ["v1"]);

	it("is the same for the same props, entries compared by content", () => {
		expect(pageCacheKey({ ...props, question: entry("a", "甲") }, ["v1"])).toBe(key);
	});

	it.each([
		["the entry's body", { ...props, question: entry("a", "甲", "改过的正文") }],
		["the entry's data", { ...props, question: entry("a", "甲（改）") }],
		["a neighbour", { ...props, previous: entry("b", "乙（改）") }],
		["a neighbour that is gone", { ...props, previous: undefined }],
		["a prop that is not an entry", { ...props, synonyms: ["幻觉", "编造"] }],
	])("changes with %s", (_, changed) => {
		expect(pageCacheKey(changed, ["v1"])).not.toBe(key);
	});

	it("changes with the Markdown pipeline's version", () => {
		expect(pageCacheKey(props, ["v2"])).not.toBe(key);
	});

	it("sees the vocabulary by its concepts", () => {
		const concept = (term: string, aliases: string[]) => ({ term, aliases });
		const withVocabulary = (concepts: ReturnType<typeof concept>[]) =>
			pageCacheKey({ ...props, vocabulary: new Vocabulary(concepts) }, ["v1"]);
		const before = withVocabulary([concept("幻觉", ["编造"])]);
		expect(withVocabulary([concept("幻觉", ["编造"])])).toBe(before);
		expect(withVocabulary([concept("幻觉", ["编造", "胡编"])])).not.toBe(before);
	});

	it.each([
		["a Map", new Map([["a", 1]])],
		["a Set", new Set(["a"])],
		[
			"a class instance without toJSON",
			new (class Counter {
				count = 1;
			})(),
		],
	])("refuses %s, whose content JSON would not show", (_, value) => {
		expect(() => pageCacheKey({ ...props, value }, ["v1"])).toThrow("缓存键");
	});
});

/**
 * A keyed page is skipped when its props are unchanged, so it must not read site data anywhere
 * but in getStaticPaths(): what it read there would not be part of its key.
 */
describe("pages built incrementally", () => {
	const pagesDir = "src/pages";
	const pages = readdirSync(pagesDir, { recursive: true, encoding: "utf8" })
		.filter((file) => file.endsWith(".astro"))
		.map((file) => ({ file, source: readFileSync(join(pagesDir, file), "utf8") }))
		.filter(({ source }) => source.includes("keyedPath("));

	it("include the question and article pages", () => {
		expect(pages.map(({ file }) => file).sort()).toEqual(["articles/[id].astro", "questions/[id].astro"]);
	});

	it.each(pages)("$file reads site data only in getStaticPaths()", ({ source }) => {
		const frontmatter = source.split("---")[1] ?? "";
		const start = frontmatter.indexOf("export async function getStaticPaths()");
		const end = frontmatter.indexOf("\n}\n", start);
		expect(start).toBeGreaterThanOrEqual(0);
		const outside = frontmatter.slice(0, start) + frontmatter.slice(end);
		expect(outside).not.toMatch(/\b(siteData|getCollection|getEntry|getEntries|readFile\w*)\(/);
		expect(source.split("---").slice(2).join("---")).not.toMatch(/\b(siteData|getCollection|getEntry)\(/);
	});
});
