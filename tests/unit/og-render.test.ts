import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { stampMemo } from "../../src/build-cache/stamp-memo.ts";
import { CardCache, isWholePng } from "../../src/og/card-cache.ts";
import { articleCard, questionCard } from "../../src/og/card-content.ts";
import { encodeIndexedPng } from "../../src/og/indexed-png.ts";
import { shareCardPng } from "../../src/og/share-card-png.ts";
import { writeShareCards } from "../../src/og/write-cards.ts";

const scratch = mkdtempSync(join(tmpdir(), "og-cards-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("encodeIndexedPng", () => {
	it("writes a palette PNG that decodes to the given pixels", async () => {
		// 3 × 2: red green blue / blue blue red, each row led by filter byte 0.
		const rows = Uint8Array.from([0, 0, 1, 2, 0, 2, 2, 0]);
		const png = await encodeIndexedPng(
			3,
			2,
			[
				[255, 0, 0],
				[0, 255, 0],
				[0, 0, 255],
			],
			rows,
		);
		const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
		expect([info.width, info.height, info.channels]).toEqual([3, 2, 3]);
		expect([...data]).toEqual([255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 255, 0, 0, 255, 255, 0, 0]);
		expect((await sharp(png).metadata()).isPalette).toBe(true);
	});

	it("refuses pixel data of the wrong size and palettes over 256 colours, saying why", async () => {
		await expect(encodeIndexedPng(3, 2, [[0, 0, 0]], new Uint8Array(6))).rejects.toThrow(/8 字节.*实际 6/);
		const big = Array.from({ length: 257 }, () => [0, 0, 0] as const);
		await expect(encodeIndexedPng(1, 1, big, new Uint8Array(2))).rejects.toThrow(/1–256/);
	});
});

describe("CardCache", () => {
	it("reads back what it wrote and treats a missing or damaged file as absent", async () => {
		const cache = new CardCache(join(scratch, "cache"));
		const png = await encodeIndexedPng(1, 1, [[0, 0, 0]], new Uint8Array(2));
		expect(await cache.read("abc123")).toBeUndefined();
		await cache.write("abc123", png);
		expect(await cache.read("abc123")).toEqual(png);
		writeFileSync(join(cache.dir, "abc123.png"), png.subarray(0, png.length - 4));
		expect(await cache.read("abc123")).toBeUndefined();
		expect(readdirSync(cache.dir).filter((file) => file.endsWith(".tmp"))).toEqual([]);
	});

	it("accepts only hex keys, so a key cannot reach outside its folder", async () => {
		await expect(new CardCache(scratch).read("../x")).rejects.toThrow(/十六进制/);
	});

	it("recognises a whole PNG", async () => {
		const png = await encodeIndexedPng(1, 1, [[0, 0, 0]], new Uint8Array(2));
		expect(isWholePng(png)).toBe(true);
		expect(isWholePng(png.subarray(1))).toBe(false);
		expect(isWholePng(Buffer.from("not a png"))).toBe(false);
	});
});

describe("shareCardPng", () => {
	const data = {
		title: "什么是 KV 缓存？它占用多少显存？",
		category: "推理与部署",
		difficulty: "进阶",
		industries: ["金融"],
	} as const;
	const card = questionCard("kv-cache", data, "大模型行业观察");

	it("draws a 1200×630 palette PNG with the title in dark ink on white", async () => {
		const { png, source } = await shareCardPng(card.content, join(scratch, "render"));
		expect(source).toBe("drawn");
		const metadata = await sharp(png).metadata();
		expect([metadata.width, metadata.height, metadata.format, metadata.isPalette]).toEqual([
			1200,
			630,
			"png",
			true,
		]);
		const { data } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
		const pixel = (x: number, y: number) => [...data.subarray((y * 1200 + x) * 3, (y * 1200 + x) * 3 + 3)];
		expect(pixel(1190, 10)).toEqual([255, 255, 255]);
		// Somewhere in the first title line there is the text colour #1c2024.
		const titleRow = Array.from({ length: 600 }, (_, x) => pixel(80 + x, 300));
		expect(titleRow).toContainEqual([0x1c, 0x20, 0x24]);
		// The accent band along the bottom.
		expect(pixel(600, 625)).toEqual([0x0a, 0x58, 0xca]);
	}, 60_000);

	it("leaves out characters the font cannot draw instead of drawing boxes", async () => {
		const plain = questionCard("x", { ...data, title: "什么是词元？" }, "站").content;
		const withEmoji = questionCard("x", { ...data, title: "什么是😀词元？" }, "站").content;
		const pixels = async (content: typeof plain) =>
			(
				await sharp((await shareCardPng(content, join(scratch, "emoji"))).png)
					.raw()
					.toBuffer()
			).toString("base64");
		expect(await pixels(withEmoji)).toBe(await pixels(plain));
	}, 60_000);

	it("draws a card once and then serves it from the cache, redrawing a damaged file", async () => {
		const dir = join(scratch, "reuse");
		const { png: first } = await shareCardPng(card.content, dir);
		const [file = ""] = readdirSync(dir);
		expect(file).toMatch(/^[0-9a-f]{32}\.png$/);
		// Put a different PNG in the card's place: the second call must return it untouched.
		const marker = await encodeIndexedPng(1, 1, [[1, 2, 3]], new Uint8Array(2));
		writeFileSync(join(dir, file), marker);
		expect(await shareCardPng(card.content, dir)).toEqual({ png: marker, source: "cache" });
		writeFileSync(join(dir, file), "damaged");
		expect(await shareCardPng(card.content, dir)).toEqual({ png: first, source: "drawn" });
		expect(readFileSync(join(dir, file))).toEqual(first);
	}, 60_000);
});

describe("writeShareCards", () => {
	it("writes each card at its path, drawing only the ones the cache does not have", async () => {
		const cards = [
			questionCard(
				"q",
				{ title: "什么是词元？", category: "基础概念", difficulty: "入门", industries: ["通用"] },
				"站",
			),
			articleCard("a", { title: "大模型与物流调度", industries: ["物流"], tags: ["调度"] }, "站"),
		];
		const out = join(scratch, "dist");
		const cache = join(scratch, "write-cache");
		const first = await writeShareCards(out, cards, cache);
		expect(first).toMatchObject({ cards: 2, drawn: 2 });
		expect(readdirSync(join(out, "og", "questions"))).toEqual(["q.png"]);
		expect(readdirSync(join(out, "og", "articles"))).toEqual(["a.png"]);
		const second = await writeShareCards(join(scratch, "dist-again"), cards, cache);
		expect(second).toEqual({ ...first, drawn: 0 });
		expect(readFileSync(join(scratch, "dist-again", "og", "articles", "a.png"))).toEqual(
			readFileSync(join(out, "og", "articles", "a.png")),
		);
	}, 60_000);

	it("leaves a card the output folder holds as it wrote it, touched, and rewrites one that changed", async () => {
		const card = (title: string) => articleCard("a", { title, industries: ["物流"], tags: ["调度"] }, "站");
		const out = join(scratch, "kept-dist");
		const cache = join(scratch, "kept-cache");
		const isKey = (value: unknown): value is string => typeof value === "string";
		const memoFile = join(scratch, "placed.json");
		const write = async (title: string) => {
			const placed = stampMemo(memoFile, isKey);
			const summary = await writeShareCards(out, [card(title)], cache, placed);
			placed.save();
			return summary;
		};
		const file = join(out, "og", "articles", "a.png");
		expect(await write("大模型与物流调度")).toMatchObject({ drawn: 1, kept: 0 });
		const bytes = readFileSync(file);
		const before = statSync(file).mtimeMs;
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(await write("大模型与物流调度")).toMatchObject({ drawn: 0, kept: 1 });
		expect(readFileSync(file)).toEqual(bytes);
		expect(statSync(file).mtimeMs).toBeGreaterThan(before);
		expect(await write("大模型与仓储调度")).toMatchObject({ drawn: 1, kept: 0 });
		expect(readFileSync(file)).not.toEqual(bytes);
		writeFileSync(file, "changed by hand");
		expect(await write("大模型与仓储调度")).toMatchObject({ kept: 0 });
		expect(readFileSync(file).subarray(1, 4).toString()).toBe("PNG");
	}, 60_000);
});
