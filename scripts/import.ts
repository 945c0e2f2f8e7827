/**
 * Imports raw generated documents into the content collections.
 * Usage: npm run import -- <files or folders…> [--out content] [--dry-run] [--force] [--date YYYY-MM-DD]
 *        [--title 标题]   (one document only: its title, when it has none or a wrong one)
 * Every document is read and checked first; on any fatal error nothing is written.
 */
import { mkdir, readdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";
import { parseArgs } from "node:util";
import { collectEntries } from "../src/content-lint/collect.ts";
import { compilePython } from "../src/content-lint/rules/python-compiles.ts";
import { type ImportedDocument, importDocument } from "../src/importer/import-document.ts";
import {
	type ExistingEntry,
	type ImportManifest,
	nextManifest,
	planWrites,
} from "../src/importer/plan-writes.ts";
import { ImportError } from "../src/importer/problems.ts";
import { formatReport } from "../src/importer/report.ts";
import { checkWrites } from "../src/importer/validate.ts";
import { loadVocabulary, readVocabularyFile } from "../src/lib/load-vocabulary.ts";

/** Python's own syntax check, or none when python3 is missing (the linter then skips it too). */
function checkPython(sources: readonly string[]): [number, number, string][] {
	try {
		return compilePython(sources);
	} catch {
		return [];
	}
}

async function listInputs(paths: readonly string[]): Promise<string[]> {
	const files: string[] = [];
	for (const path of paths) {
		const info = await stat(path).catch(() => undefined);
		if (!info) throw new ImportError(path, 1, "找不到这个文件或文件夹");
		if (info.isDirectory()) {
			const names = (await readdir(path)).filter((name) => /\.(txt|md|markdown)$/i.test(name)).sort();
			files.push(...names.map((name) => join(path, name)));
		} else {
			files.push(path);
		}
	}
	return files;
}

async function readExisting(out: string): Promise<ExistingEntry[]> {
	const entries: ExistingEntry[] = [];
	for (const collection of ["articles", "questions"] as const) {
		const names = await readdir(join(out, collection)).catch(() => []);
		for (const name of names.filter((file) => file.endsWith(".md")).sort()) {
			entries.push({
				collection,
				slug: name.replace(/\.md$/, ""),
				text: await readFile(join(out, collection, name), "utf8"),
			});
		}
	}
	return entries;
}

/** `<out>/.import-manifest.json`: what earlier imports wrote, by key (see planWrites). */
const manifestPath = (out: string) => join(out, ".import-manifest.json");

async function readManifest(out: string): Promise<ImportManifest | undefined> {
	const text = await readFile(manifestPath(out), "utf8").catch(() => undefined);
	if (text === undefined) return undefined;
	try {
		const data = JSON.parse(text) as ImportManifest;
		if (data.version === 1 && data.entries && typeof data.entries === "object") return data;
	} catch {
		// fall through
	}
	throw new ImportError(
		manifestPath(out),
		1,
		"导入清单不是有效的 JSON：请恢复它，或删除它（已删除的条目会被重新导入）",
	);
}

/** Writes through a temporary file and a rename, so no reader ever sees half a file. */
async function writeWhole(path: string, text: string): Promise<void> {
	await mkdir(dirname(path), { recursive: true });
	const temporary = `${path}.${process.pid}.tmp`;
	await writeFile(temporary, text, "utf8");
	await rename(temporary, path);
}

async function main(): Promise<number> {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: {
			out: { type: "string", default: "content" },
			"dry-run": { type: "boolean", default: false },
			force: { type: "boolean", default: false },
			date: { type: "string" },
			title: { type: "string" },
		},
	});
	if (positionals.length === 0) {
		console.error(
			"用法：npm run import -- <文件或文件夹…> [--out content] [--dry-run] [--force] [--date YYYY-MM-DD] [--title 标题]",
		);
		return 2;
	}
	if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
		console.error(`--date ${values.date}：请写成 YYYY-MM-DD`);
		return 2;
	}

	const files = await listInputs(positionals);
	// Entries remember their source by file name: two sources of one name would share keys.
	const seen = new Map<string, string>();
	for (const file of files) {
		const name = basename(file);
		const other = seen.get(name);
		if (other !== undefined)
			throw new ImportError(file, 1, `与 ${other} 同名：导入记录按文件名识别条目，请把其中一个改名后再导入`);
		seen.set(name, file);
	}
	if (values.title !== undefined && files.length !== 1) {
		console.error(`--title 只能用于一个文件，这次有 ${files.length} 个`);
		return 2;
	}
	const vocabulary = await loadVocabulary(values.out);
	const documents: ImportedDocument[] = [];
	const errors: ImportError[] = [];
	for (const file of files) {
		const bytes = await readFile(file);
		// Without --date, a document's date is its file's modification day: the same file gives the same entry.
		const date = values.date ?? (await stat(file)).mtime.toISOString().slice(0, 10);
		try {
			documents.push(
				importDocument(relative(process.cwd(), file) || file, bytes, {
					date,
					vocabulary,
					checkPython,
					...(values.title ? { title: values.title } : {}),
				}),
			);
		} catch (error) {
			if (!(error instanceof ImportError)) throw error;
			errors.push(error);
		}
	}
	if (errors.length > 0) {
		for (const error of errors) console.error(`错误 ${error.message}`);
		console.error(`\n${errors.length} 个文件无法导入，没有写入任何文件。`);
		return 1;
	}

	const manifest = await readManifest(values.out);
	const plans = planWrites(documents, await readExisting(values.out), {
		force: values.force,
		vocabulary,
		...(manifest ? { manifest } : {}),
	});
	documents.forEach((document, index) => {
		const plan = plans[index];
		if (plan) console.log(`${formatReport(document.report, plan, values["dry-run"])}\n`);
	});
	const writes = plans.flatMap((plan) =>
		plan.writes
			.filter((write) => write.action === "create" || write.action === "update")
			.map((write) => ({ ...write, file: plan.file })),
	);
	// Everything is checked as the content folder would be after the writes, before any is written.
	const failures = await checkWrites(values.out, await collectEntries(values.out), writes, undefined, {
		vocabulary: await readVocabularyFile(values.out),
	});
	if (failures.length > 0) {
		for (const error of failures) console.error(`错误 ${error.message}`);
		console.error(`\n导入结果有 ${failures.length} 处通不过内容检查，没有写入任何文件。`);
		return 1;
	}
	if (!values["dry-run"]) {
		for (const write of writes) await writeWhole(join(values.out, write.path), write.text);
		const next = nextManifest(plans, manifest);
		if (Object.keys(next.entries).length > 0)
			await writeWhole(manifestPath(values.out), `${JSON.stringify(next, null, "\t")}\n`);
	}
	const skipped = plans.flatMap((plan) => plan.writes).filter((write) => write.action === "skip").length;
	console.log(
		`${values["dry-run"] ? "试运行：将写入" : "已写入"} ${writes.length} 个文件到 ${values.out}/${skipped > 0 ? `，${skipped} 个因手动修改或删除而跳过` : ""}。`,
	);
	return 0;
}

process.exitCode = await main().catch((error: unknown) => {
	if (error instanceof ImportError) {
		console.error(`错误 ${error.message}`);
		return 1;
	}
	throw error;
});
