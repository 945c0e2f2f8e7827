import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { astroBuild } from "../helpers/astro-build.ts";
import { CONTENT_DIR } from "../helpers/content.ts";

/** Builds a copy of the real content with one file changed; returns the build's exit status and output. */
function buildWith(name: string, file: string, change: (text: string) => string) {
	const root = join("tests/.tmp", name);
	rmSync(root, { recursive: true, force: true });
	cpSync(CONTENT_DIR, join(root, "content"), { recursive: true });
	const path = join(root, "content", file);
	writeFileSync(path, change(readFileSync(path, "utf8")));
	return astroBuild(join(root, "dist"), { CONTENT_DIR: `./${root}/content` });
}

describe("a build over broken content fails and says where and what to fix", () => {
	it("names the file, line and field of a reference to a missing question", () => {
		const { status, output } = buildWith("broken-reference", "questions/kv-cache.md", (text) =>
			text.replace(/^related:.*$/m, "related: [speculative-decoding, no-such-question]"),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/content\/questions\/kv-cache\.md:\d+ {2}related\[1\]: 找不到面试题「no-such-question」：请改成 content\/questions\/ 下已有的文件名/,
		);
	}, 120_000);

	it("names the file and field of a value outside the fixed list, and the allowed values", () => {
		const { status, output } = buildWith("broken-frontmatter", "questions/kv-cache.md", (text) =>
			text.replace(/^category: .*$/m, "category: 推理部署"),
		);
		expect(status).not.toBe(0);
		expect(output).toContain("questions → kv-cache data does not match collection schema");
		expect(output).toContain("category: 分类只能是：基础概念 / 训练与优化 / 推理与部署");
		expect(output).toContain("content/questions/kv-cache.md");
	}, 120_000);
});
