import { describe, expect, it } from "vitest";
import {
	deltaPlan,
	hasPagefindBody,
	type KeptRun,
	pagefindUrl,
} from "../../scripts/search-index/delta-plan.ts";

const h = (letter: string) => letter.repeat(64);

/** Two kept runs: questions a and b in one, article c and the list page in the other. */
const kept: KeptRun[] = [
	{
		dir: "runs/1-of-2",
		pages: new Map([
			["questions/a/index.html", { hash: h("a"), pagefind: "zh-cn_a1" }],
			["questions/b/index.html", { hash: h("b"), pagefind: "zh-cn_b1" }],
		]),
	},
	{
		dir: "runs/2-of-2",
		pages: new Map([
			["articles/c/index.html", { hash: h("c"), pagefind: "zh-cn_c1" }],
			["questions/index.html", { hash: h("d"), pagefind: null }],
		]),
	},
];
const unchanged = new Map(kept.flatMap((run) => [...run.pages].map(([path, page]) => [path, page.hash])));
const listPage = (path: string) => path === "questions/index.html";
const body = (path: string) => !listPage(path);

describe("deltaPlan", () => {
	it("re-indexes nothing when no page changed", () => {
		expect(deltaPlan(kept, unchanged, body, 10)).toEqual({ index: [], drop: new Map() });
	});

	it("re-indexes an edited page and leaves its old version out of the run that holds it", () => {
		const now = new Map([...unchanged, ["questions/b/index.html", h("e")]]);
		expect(deltaPlan(kept, now, body, 10)).toEqual({
			index: ["questions/b/index.html"],
			drop: new Map([["runs/1-of-2", new Set(["zh-cn_b1"])]]),
		});
	});

	it("indexes a new page, leaves a deleted one out, and passes over a changed list page", () => {
		const now = new Map([
			...unchanged,
			["questions/index.html", h("f")],
			["questions/new/index.html", h("g")],
		]);
		now.delete("articles/c/index.html");
		expect(deltaPlan(kept, now, body, 10)).toEqual({
			index: ["questions/new/index.html"],
			drop: new Map([["runs/2-of-2", new Set(["zh-cn_c1"])]]),
		});
	});

	it("leaves out a page that lost its body, and indexes nothing for it", () => {
		const now = new Map([...unchanged, ["questions/a/index.html", h("h")]]);
		expect(deltaPlan(kept, now, (path) => path !== "questions/a/index.html", 10)).toEqual({
			index: [],
			drop: new Map([["runs/1-of-2", new Set(["zh-cn_a1"])]]),
		});
	});

	it("gives up when more pages changed than the limit (index everything again)", () => {
		const now = new Map([...unchanged].map(([path]) => [path, h("z")]));
		// a, b and c changed (each once, re-indexed and left out); the list page counts for nothing.
		expect(deltaPlan(kept, now, body, 2)).toBeUndefined();
		expect(deltaPlan(kept, now, body, 3)?.index).toHaveLength(3);
		// A deleted page counts too: b gone, a and c changed make three.
		const fewer = new Map(now);
		fewer.delete("questions/b/index.html");
		expect(deltaPlan(kept, fewer, body, 2)).toBeUndefined();
		expect(deltaPlan(kept, fewer, body, 3)).toEqual({
			index: ["articles/c/index.html", "questions/a/index.html"],
			drop: new Map([
				["runs/1-of-2", new Set(["zh-cn_a1", "zh-cn_b1"])],
				["runs/2-of-2", new Set(["zh-cn_c1"])],
			]),
		});
	});
});

describe("what Pagefind indexes", () => {
	it("tells a page with data-pagefind-body from one that only mentions it", () => {
		expect(hasPagefindBody('<main id="x" data-pagefind-body>')).toBe(true);
		expect(hasPagefindBody("<article data-pagefind-body=''>")).toBe(true);
		expect(hasPagefindBody("<p>在正文元素上加 data-pagefind-body 属性</p>")).toBe(false);
		expect(hasPagefindBody("<code>&lt;main data-pagefind-body&gt;</code>")).toBe(false);
	});

	it("gives a file Pagefind's URL for it", () => {
		expect(pagefindUrl("questions/a/index.html")).toBe("/questions/a/");
		expect(pagefindUrl("index.html")).toBe("/");
		expect(pagefindUrl("404.html")).toBe("/404.html");
		expect(pagefindUrl("a/myindex.html")).toBe("/a/myindex.html");
	});
});
