import { describe, expect, it } from "vitest";
import { countBy } from "../../src/lib/count.ts";
import { formatDate, isoDate } from "../../src/lib/format.ts";
import { countWords, readingMinutes } from "../../src/lib/reading-time.ts";
import { buildToc } from "../../src/lib/toc.ts";
import { nextActiveIndex } from "../../src/scripts/search/listbox.ts";
import { toPagefindFilters } from "../../src/scripts/search/pagefind-client.ts";
import { isSearchShortcut } from "../../src/scripts/search/search-dialog.ts";
import { effectiveTheme } from "../../src/scripts/theme.ts";

describe("reading time", () => {
	it("counts Chinese characters and Latin words apart, ignoring frontmatter", () => {
		expect(countWords("---\ntitle: 标题\n---\n大模型 fine-tuning 与 LoRA。")).toEqual({ cjk: 4, words: 2 });
	});

	it.each([
		["", 1],
		["字".repeat(400), 1],
		["字".repeat(401), 2],
		["字".repeat(1200), 3],
		[`${"字".repeat(400)} ${"word ".repeat(200)}`, 2],
	])("%#: %i minute(s)", (text, minutes) => {
		expect(readingMinutes(text)).toBe(minutes);
	});
});

describe("buildToc", () => {
	it("nests h3 under the h2 before it and drops other levels", () => {
		const toc = buildToc([
			{ depth: 3, slug: "lead", text: "引子" },
			{ depth: 2, slug: "a", text: "一" },
			{ depth: 3, slug: "a1", text: "一.1" },
			{ depth: 4, slug: "deep", text: "太深" },
			{ depth: 2, slug: "b", text: "二" },
		]);
		expect(toc.map((item) => [item.slug, item.children.map((child) => child.slug)])).toEqual([
			["lead", []],
			["a", ["a1"]],
			["b", []],
		]);
	});
});

describe("formatDate", () => {
	it("writes the date the Chinese way, in UTC", () => {
		const date = new Date("2026-03-05");
		expect(formatDate(date)).toBe("2026年3月5日");
		expect(isoDate(date)).toBe("2026-03-05");
	});
});

describe("countBy", () => {
	it("counts in first-seen order", () => {
		expect([...countBy(["a", "b", "a"], (x) => x)]).toEqual([
			["a", 2],
			["b", 1],
		]);
	});
});

describe("search keyboard", () => {
	it.each([
		["ArrowDown", -1, 3, 0],
		["ArrowDown", 2, 3, 0],
		["ArrowUp", -1, 3, 2],
		["ArrowUp", 1, 3, 0],
		["Home", 2, 3, 0],
		["End", 0, 3, 2],
		["a", 1, 3, 1],
		["ArrowDown", -1, 0, -1],
	])("%s from %i of %i → %i", (key, active, count, expected) => {
		expect(nextActiveIndex(key, active, count)).toBe(expected);
	});

	it.each([
		[{ key: "k", ctrlKey: true, metaKey: false }, true],
		[{ key: "K", ctrlKey: false, metaKey: true }, true],
		[{ key: "k", ctrlKey: false, metaKey: false }, false],
		[{ key: "k", ctrlKey: true, metaKey: false, shiftKey: true }, false],
	])("shortcut %j → %s", (event, expected) => {
		expect(isSearchShortcut({ altKey: false, shiftKey: false, ...event })).toBe(expected);
	});

	it("turns selected filter values into Pagefind's any-of filters", () => {
		expect(toPagefindFilters({ type: ["面试题"], industry: [], category: ["基础概念", "行业应用"] })).toEqual(
			{
				type: { any: ["面试题"] },
				category: { any: ["基础概念", "行业应用"] },
			},
		);
	});
});

describe("effectiveTheme", () => {
	it.each([
		["dark", false, "dark"],
		["light", true, "light"],
		[null, true, "dark"],
		[null, false, "light"],
		["bogus", true, "dark"],
	] as const)("stored %s, system dark %s → %s", (stored, systemDark, expected) => {
		expect(effectiveTheme(stored, systemDark)).toBe(expected);
	});
});
