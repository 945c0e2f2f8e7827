import { describe, expect, it } from "vitest";
import { atomsOf, ELLIPSIS, wrapText } from "../../src/og/wrap-text.ts";

/** A stand-in for font metrics: a Chinese character or full-width mark is 1 wide, anything else ½, a space ¼. */
function measure(text: string): number {
	let width = 0;
	for (const char of text) {
		if (char === " ") width += 0.25;
		else width += /[\p{Script=Han}\u3000-\u303f\uff00-\uffef…“”]/u.test(char) ? 1 : 0.5;
	}
	return width;
}

const wrap = (text: string, maxWidth: number, maxLines = 10, balance = false) =>
	wrapText(text, { measure, maxWidth, maxLines, balance });

describe("atomsOf", () => {
	it("keeps Latin words, numbers and short Chinese words whole", () => {
		const texts = (text: string) => atomsOf(text).map((atom) => atom.text);
		expect(texts("用 LoRA 微调 GPT-4o")).toEqual(["用", "LoRA", "微调", "GPT-4o"]);
		expect(texts("个性化辅导")).toEqual(["个性", "化", "辅导"]);
	});

	it("lets a Chinese word longer than four characters break between characters", () => {
		const atoms = atomsOf("中华人民共和国");
		expect(atoms.map((atom) => atom.text).join("")).toBe("中华人民共和国");
		for (const atom of atoms) expect([...atom.text].length).toBeLessThanOrEqual(4);
	});

	it("glues closing punctuation to what comes before and opening punctuation to what follows", () => {
		const texts = (text: string) => atomsOf(text).map((atom) => atom.text);
		expect(texts("检索（RAG）怎么做？")).toEqual(["检索", "（RAG）", "怎么", "做？"]);
		expect(texts("《大模型》、“幻觉”")).toEqual(["《大", "模型》、", "“幻觉”"]);
	});

	it("records spaces between pieces and drops them at the ends", () => {
		expect(atomsOf("  KV 与 RAG  ")).toEqual([
			{ text: "KV", spaceBefore: false },
			{ text: "与", spaceBefore: true },
			{ text: "RAG", spaceBefore: true },
		]);
	});
});

describe("wrapText", () => {
	it("fills lines up to the width, breaking between Chinese words", () => {
		expect(wrap("大模型如何改变传统行业", 4)).toEqual({
			lines: ["大模型", "如何改变", "传统行业"],
			truncated: false,
		});
		expect(wrap("大模型用于个性化辅导", 8).lines).toEqual(["大模型用于个性化", "辅导"]);
	});

	it("never starts a line with closing punctuation nor ends one with an opening bracket", () => {
		const { lines } = wrap("它占用多少显存，为什么（以及怎么）估算？", 5);
		for (const line of lines) {
			expect(line).not.toMatch(/^[，。、；：？！）》」』】”]/u);
			expect(line).not.toMatch(/[（《「『【“]$/u);
		}
		expect(lines.join("")).toBe("它占用多少显存，为什么（以及怎么）估算？");
	});

	it("moves a whole Latin word to the next line instead of splitting it", () => {
		expect(wrap("什么是 Transformer 架构", 6).lines).toEqual(["什么是", "Transformer", "架构"]);
	});

	it("splits a word wider than a whole line between characters", () => {
		const { lines } = wrap("supercalifragilistic", 4);
		expect(lines).toEqual(["supercal", "ifragili", "stic"]);
		for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(4);
	});

	it("cuts off at maxLines with an ellipsis that fits, dropping punctuation before it", () => {
		const { lines, truncated } = wrap("第一行文字很长，第二行文字也长，第三行不会出现", 8, 2);
		expect(truncated).toBe(true);
		expect(lines).toHaveLength(2);
		expect(lines[0]).toBe("第一行文字很长，");
		expect(lines[1]?.endsWith(ELLIPSIS)).toBe(true);
		expect(lines[1]).not.toMatch(/，…$/u);
		expect(measure(lines[1] ?? "")).toBeLessThanOrEqual(8);
	});

	it("cuts a long word at the end of a truncated line between characters rather than dropping it", () => {
		const { lines } = wrap("模型 Transformerization 是什么意思呢", 8, 1);
		expect(lines[0]).toMatch(/^模型 Trans\w+…$/u);
		expect(measure(lines[0] ?? "")).toBeLessThanOrEqual(8);
	});

	it("balances lines to similar lengths without adding one", () => {
		const greedy = wrap("大模型在银行信贷风控中的落地实践", 14);
		expect(greedy.lines.map((line) => line.length)).toEqual([14, 2]);
		const balanced = wrap("大模型在银行信贷风控中的落地实践", 14, 10, true);
		expect(balanced.lines.map((line) => line.length)).toEqual([8, 8]);
		expect(balanced.lines.join("")).toBe(greedy.lines.join(""));
	});

	it("returns no lines for empty or blank text", () => {
		expect(wrap("", 5)).toEqual({ lines: [], truncated: false });
		expect(wrap("   ", 5)).toEqual({ lines: [], truncated: false });
	});
});
