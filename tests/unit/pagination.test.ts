import { describe, expect, it } from "vitest";
import { bankListsAll, listSettings } from "../../src/lib/list-settings.ts";
import { pageCount, pageLinks, pageOfIndex, paginate } from "../../src/lib/pagination.ts";
import { routeCollisions } from "../../src/lib/route-collisions.ts";
import { createUrls } from "../../src/lib/urls.ts";
import { SITE } from "../../src/site.config.ts";

describe("pageCount and pageOfIndex", () => {
	it.each([
		[0, 10, 1],
		[1, 10, 1],
		[10, 10, 1],
		[11, 10, 2],
		[1667, 100, 17],
	])("%i items, %i a page → %i pages", (total, size, pages) => {
		expect(pageCount(total, size)).toBe(pages);
	});

	it.each([
		[0, 10, 1],
		[9, 10, 1],
		[10, 10, 2],
		[1666, 100, 17],
	])("item %i (0-based), %i a page, is on page %i", (index, size, page) => {
		expect(pageOfIndex(index, size)).toBe(page);
	});

	it.each([0, -1, 2.5, Number.NaN])("refuses a page size of %s", (size) => {
		expect(() => pageCount(10, size)).toThrow("每页条数必须是正整数");
	});
});

describe("paginate", () => {
	it("splits a list into full pages and a shorter last one, numbered from 1", () => {
		const pages = paginate(["a", "b", "c", "d", "e"], 2);
		expect(pages).toEqual([
			{ number: 1, last: 3, items: ["a", "b"] },
			{ number: 2, last: 3, items: ["c", "d"] },
			{ number: 3, last: 3, items: ["e"] },
		]);
	});

	it("keeps every item exactly once, in order", () => {
		const items = Array.from({ length: 1234 }, (_, index) => index);
		expect(paginate(items, 100).flatMap((page) => page.items)).toEqual(items);
	});

	it("gives an empty list its one empty page", () => {
		expect(paginate([], 10)).toEqual([{ number: 1, last: 1, items: [] }]);
	});
});

describe("pageLinks", () => {
	it.each([
		[1, 1, [1]],
		[1, 2, [1, 2]],
		[1, 5, [1, 2, null, 5]],
		[3, 5, [1, 2, 3, 4, 5]],
		[4, 7, [1, 2, 3, 4, 5, 6, 7]],
		[4, 8, [1, 2, 3, 4, 5, null, 8]],
		[7, 20, [1, null, 6, 7, 8, null, 20]],
		[20, 20, [1, null, 19, 20]],
	])("page %i of %i shows %j", (current, last, links) => {
		expect(pageLinks(current, last)).toEqual(links);
	});

	it("never hides a single page behind a gap", () => {
		for (let last = 1; last <= 30; last += 1)
			for (let current = 1; current <= last; current += 1) {
				const links = pageLinks(current, last);
				links.forEach((link, index) => {
					if (link !== null) return;
					const [before, after] = [links[index - 1], links[index + 1]] as [number, number];
					expect(after - before).toBeGreaterThan(2);
				});
				expect(links).toContain(current);
				expect(links[0]).toBe(1);
				expect(links.at(-1)).toBe(last);
			}
	});

	it.each([
		[0, 5],
		[6, 5],
		[1, 0],
	])("refuses page %i of %i", (current, last) => {
		expect(() => pageLinks(current, last)).toThrow(RangeError);
	});
});

describe("list settings", () => {
	it("are the site's own without overrides", () => {
		expect(listSettings({})).toEqual(SITE.lists);
	});

	it("take overrides from the environment", () => {
		expect(listSettings({ BANK_FULL_LIST_MAX: "50", LIST_PAGE_SIZE: "20", TAGS_PER_PAGE: "" })).toEqual({
			...SITE.lists,
			fullBankMax: 50,
			pageSize: 20,
		});
	});

	it.each(["0", "-3", "1.5", "many"])("refuse a page size of %s", (value) => {
		expect(() => listSettings({ LIST_PAGE_SIZE: value })).toThrow(
			`LIST_PAGE_SIZE 必须是正整数（收到「${value}」）`,
		);
	});

	it("list the whole bank on one page up to the limit, and no further", () => {
		const settings = listSettings({ BANK_FULL_LIST_MAX: "300" });
		expect(bankListsAll(300, settings)).toBe(true);
		expect(bankListsAll(301, settings)).toBe(false);
	});
});

describe("routeCollisions", () => {
	const names = {
		questionIds: ["kv-cache"],
		categorySlugs: ["training"],
		tagSlugs: ["lora"],
		tagIndexPages: 3,
	};

	it("finds none when every page has its own address", () => {
		expect(routeCollisions(names)).toEqual([]);
	});

	it("names a question called like a category, and a tag spelled like a page of the tags index", () => {
		expect(
			routeCollisions({ ...names, questionIds: ["kv-cache", "training"], tagSlugs: ["lora", "2", "4", "1"] }),
		).toEqual([
			"面试题 training 与分类页 /questions/training/ 同名：请给题目文件换个名字",
			"标签网址 /tags/2/ 与全部标签的第 2 页相同：请换一种写法",
		]);
	});
});

describe("paginated URLs", () => {
	it.each(["/", "/kb/"])("put page 1 at the list's own address and page n under it (base %s)", (base) => {
		const urls = createUrls(base);
		expect(urls.category("training")).toBe(`${base}questions/training/`);
		expect(urls.category("training", 1)).toBe(`${base}questions/training/`);
		expect(urls.category("training", 3)).toBe(`${base}questions/training/3/`);
		expect(urls.tags(2)).toBe(`${base}tags/2/`);
		expect(urls.tagBySlug("lora", 2)).toBe(`${base}tags/lora/2/`);
		expect(urls.bankManifest()).toBe(`${base}bank-manifest.json`);
	});
});
