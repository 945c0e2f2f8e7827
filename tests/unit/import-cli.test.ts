import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BAD, GOOD } from "../helpers/import.ts";

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), "import-cli-"));
	made.push(dir);
	return dir;
}

/** Runs `npm run import -- …` as the README says, returning its exit code and output. */
function runImport(...args: string[]): { code: number; stdout: string; stderr: string } {
	try {
		const stdout = execFileSync(process.execPath, ["scripts/import.ts", "--date", "2026-11-01", ...args], {
			encoding: "utf8",
			stdio: ["ignore", "pipe", "pipe"],
		});
		return { code: 0, stdout, stderr: "" };
	} catch (error) {
		const failed = error as { status: number; stdout: string; stderr: string };
		return { code: failed.status, stdout: failed.stdout, stderr: failed.stderr };
	}
}

const filesIn = (dir: string) =>
	["articles", "questions"]
		.flatMap((collection) =>
			readdirSync(dir).includes(collection)
				? readdirSync(join(dir, collection)).map((name) => `${collection}/${name}`)
				: [],
		)
		.sort();

describe("npm run import", () => {
	it("imports a folder, prints a report per file and writes the entries", () => {
		const out = tempDir();
		const { code, stdout } = runImport(GOOD, "--out", out);
		expect(code).toBe(0);
		expect(stdout).toContain("标题：大模型驱动的制造业视觉质检");
		expect(stdout).toMatch(/合并 第 \d+ 行：「如何评价缺陷定位框的准确程度\?」与第 \d+ 行的题目重复/);
		expect(stdout).toMatch(/丢弃 第 \d+ 行：占位作者信息：\[您的名称\]/);
		expect(stdout).toMatch(/警告 第 \d+ 行：「如何衡量检索结果的精确率？」/);
		expect(filesIn(out)).toHaveLength(5 + 22);
		expect(stdout).toContain(`已写入 27 个文件到 ${out}/`);
	});

	it("writes the same bytes when run again, and reports nothing to write", () => {
		const out = tempDir();
		runImport(GOOD, "--out", out);
		const before = filesIn(out).map((file) => readFileSync(join(out, file), "utf8"));
		const { stdout } = runImport(GOOD, "--out", out);
		expect(filesIn(out).map((file) => readFileSync(join(out, file), "utf8"))).toEqual(before);
		expect(stdout).toContain("已写入 0 个文件");
	});

	it("writes nothing on a dry run", () => {
		const out = tempDir();
		const { code, stdout } = runImport(GOOD, "--out", out, "--dry-run");
		expect(code).toBe(0);
		expect(stdout).toContain("试运行：将写入 27 个文件");
		expect(readdirSync(out)).toEqual([]);
	});

	it("keeps a hand edit unless --force is given", () => {
		const out = tempDir();
		runImport(`${GOOD}/bank-only.txt`, "--out", out);
		const [file] = filesIn(out);
		const path = join(out, file ?? "");
		const edited = readFileSync(path, "utf8").replace("## 答案\n\n", "## 答案\n\n编辑补充。\n\n");
		writeFileSync(path, edited);
		const kept = runImport(`${GOOD}/bank-only.txt`, "--out", out);
		expect(kept.stdout).toContain(`跳过 ${file}：导入后被手动修改过，未覆盖（用 --force 覆盖）`);
		expect(readFileSync(path, "utf8")).toBe(edited);
		runImport(`${GOOD}/bank-only.txt`, "--out", out, "--force");
		expect(readFileSync(path, "utf8")).not.toContain("编辑补充");
	});

	it("keeps an entry deleted on purpose deleted, unless --force, through its manifest", () => {
		const out = tempDir();
		runImport(`${GOOD}/bank-only.txt`, "--out", out);
		const manifest = JSON.parse(readFileSync(join(out, ".import-manifest.json"), "utf8"));
		expect(Object.keys(manifest.entries)).toHaveLength(3);
		const [file] = filesIn(out);
		rmSync(join(out, file ?? ""));
		const again = runImport(`${GOOD}/bank-only.txt`, "--out", out);
		expect(again.stdout).toContain(`跳过 ${file}：以前导入过、后来被删除，未重新创建（用 --force 重新导入）`);
		expect(filesIn(out)).toHaveLength(2);
		runImport(`${GOOD}/bank-only.txt`, "--out", out, "--force");
		expect(filesIn(out)).toHaveLength(3);
	});

	it.each(readdirSync(BAD))("refuses %s, naming file and line, and writes nothing", (name) => {
		const out = tempDir();
		const { code, stderr } = runImport(`${BAD}/${name}`, "--out", out);
		expect(code).toBe(1);
		expect(stderr).toMatch(new RegExp(`^错误 ${BAD}/${name}:\\d+  \\S`, "m"));
		expect(stderr).toContain("没有写入任何文件");
		expect(readdirSync(out)).toEqual([]);
	});

	it("checks every entry against the schemas and the content linter before writing", () => {
		const out = tempDir();
		const name = "tests/fixtures/import/fails-check/relative-image.txt";
		const { code, stderr } = runImport(name, "--out", out);
		expect(code).toBe(1);
		expect(stderr).toMatch(
			new RegExp(
				`^错误 ${name}:\\d+  导入后的 ${out}/articles/.+\\.md:\\d+（image-path） 通不过检查：图片`,
				"m",
			),
		);
		expect(stderr).toContain("没有写入任何文件");
		expect(readdirSync(out)).toEqual([]);
	});

	it("writes nothing at all when one document of many is bad", () => {
		const input = tempDir();
		cpSync(GOOD, input, { recursive: true });
		cpSync(`${BAD}/unterminated-fence.txt`, join(input, "zz-bad.txt"));
		const out = tempDir();
		const { code, stderr } = runImport(input, "--out", out);
		expect(code).toBe(1);
		expect(stderr).toContain("zz-bad.txt:11  代码块没有结束");
		expect(readdirSync(out)).toEqual([]);
	});

	it("takes --title for one document without a title, and refuses it for several", () => {
		const out = tempDir();
		const file = `${BAD}/generic-heading-no-title.txt`;
		const { code, stdout } = runImport(file, "--out", out, "--title", "大模型分拣理赔材料");
		expect(code).toBe(0);
		expect(stdout).toContain("标题：大模型分拣理赔材料");
		expect(filesIn(out)).toEqual([
			expect.stringMatching(/^articles\/da-mo-xing-fen-jian-li-pei-cai-liao\.md$/),
		]);
		expect(runImport(GOOD, "--out", out, "--title", "x").code).toBe(2);
	});

	it("refuses two sources with one file name (entries remember their source by name)", () => {
		const input = tempDir();
		mkdirSync(join(input, "a"));
		mkdirSync(join(input, "b"));
		cpSync(`${GOOD}/bank-only.txt`, join(input, "a", "x.txt"));
		cpSync(`${GOOD}/bank-only.txt`, join(input, "b", "x.txt"));
		const out = tempDir();
		const { code, stderr } = runImport(join(input, "a"), join(input, "b"), "--out", out);
		expect(code).toBe(1);
		expect(stderr).toMatch(/x\.txt:1 {2}与 .+x\.txt 同名/);
		expect(readdirSync(out)).toEqual([]);
	});

	it("explains its usage and a bad date", () => {
		expect(runImport().stderr).toContain("用法：npm run import --");
		expect(runImport(GOOD, "--date", "2026/1/1").code).toBe(2);
	});
});
