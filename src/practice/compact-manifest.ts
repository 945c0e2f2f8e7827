import type { BankItem } from "./facets.ts";

/** The parts of a question the manifest carries; real entries and test data both fit. */
export interface ManifestSource {
	id: string;
	data: { title: string; category: string; difficulty: string; industries: string[]; tags: string[] };
}

/** One question: id, title, then indexes into the value tables (category, difficulty, industries, tags). */
export type ManifestRow = [
	id: string,
	title: string,
	category: number,
	difficulty: number,
	industries: number[],
	tags: number[],
];

/**
 * The bank as the browser downloads it (`/bank-manifest.json`): every repeated value (category,
 * difficulty, industry, tag) is written once in a table and referred to by its index, and a question's
 * page is its id (the browser builds the URL). Rows are in bank order.
 */
export interface CompactManifest {
	/** Format version; a reader refuses any other. */
	v: typeof MANIFEST_VERSION;
	/** Categories. */
	c: string[];
	/** Difficulties. */
	d: string[];
	/** Industries. */
	i: string[];
	/** Tags. */
	t: string[];
	/** Questions. */
	q: ManifestRow[];
}

export const MANIFEST_VERSION = 1;

/** Hands out one index per distinct value, in first-seen order. */
function interner() {
	const values: string[] = [];
	const index = new Map<string, number>();
	return {
		values,
		of(value: string): number {
			let found = index.get(value);
			if (found === undefined) {
				found = values.length;
				values.push(value);
				index.set(value, found);
			}
			return found;
		},
	};
}

/** The compact manifest of questions given in bank order. */
export function encodeManifest(questions: readonly ManifestSource[]): CompactManifest {
	const [categories, difficulties, industries, tags] = [interner(), interner(), interner(), interner()];
	const q = questions.map(
		({ id, data }): ManifestRow => [
			id,
			data.title,
			categories.of(data.category),
			difficulties.of(data.difficulty),
			data.industries.map(industries.of),
			data.tags.map(tags.of),
		],
	);
	return {
		v: MANIFEST_VERSION,
		c: categories.values,
		d: difficulties.values,
		i: industries.values,
		t: tags.values,
		q,
	};
}

/** A manifest that cannot be read; the message says what is wrong, in the reader's language. */
export class ManifestError extends Error {
	override name = "ManifestError";
}

const isStringArray = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every((item) => typeof item === "string");

/**
 * The bank items of a downloaded manifest, with each question's page from `urlOf(id)`.
 * Throws a `ManifestError` naming the first problem when the data is not a manifest of this version.
 */
export function decodeManifest(data: unknown, urlOf: (id: string) => string): BankItem[] {
	if (typeof data !== "object" || data === null) throw new ManifestError("题库数据不是一个对象");
	const manifest = data as Partial<Record<keyof CompactManifest, unknown>>;
	if (manifest.v !== MANIFEST_VERSION)
		throw new ManifestError(`题库数据的版本是 ${String(manifest.v)}，这个页面只能读版本 ${MANIFEST_VERSION}`);
	const { c, d, i, t, q } = manifest;
	if (!isStringArray(c) || !isStringArray(d) || !isStringArray(i) || !isStringArray(t))
		throw new ManifestError("题库数据缺少分类、难度、行业或标签的取值表");
	if (!Array.isArray(q)) throw new ManifestError("题库数据缺少题目列表");
	const valueAt = (table: string[], index: unknown, what: string, row: number) => {
		const value = typeof index === "number" ? table[index] : undefined;
		if (value === undefined)
			throw new ManifestError(`题库数据第 ${row + 1} 题的${what}编号 ${String(index)} 不存在`);
		return value;
	};
	const items: BankItem[] = new Array(q.length);
	for (let row = 0; row < q.length; row += 1) {
		const entry: unknown = q[row];
		if (!Array.isArray(entry) || entry.length !== 6)
			throw new ManifestError(`题库数据第 ${row + 1} 题的格式不对`);
		const [id, title, category, difficulty, industries, tags] = entry as unknown[];
		if (typeof id !== "string" || id === "" || typeof title !== "string")
			throw new ManifestError(`题库数据第 ${row + 1} 题缺少编号或标题`);
		if (!Array.isArray(industries) || !Array.isArray(tags))
			throw new ManifestError(`题库数据第 ${row + 1} 题的行业或标签不是列表`);
		items[row] = {
			id,
			title,
			url: urlOf(id),
			category: valueAt(c, category, "分类", row),
			difficulty: valueAt(d, difficulty, "难度", row),
			industries: industries.map((index) => valueAt(i, index, "行业", row)),
			tags: tags.map((index) => valueAt(t, index, "标签", row)),
		};
	}
	return items;
}
