import { basename } from "node:path";
import type { Vocabulary } from "../lib/vocabulary.ts";
import { type EntryState, entryState, readFrontmatter, renderEntry } from "./entry-file.ts";
import { itemKey, QuestionMatcher } from "./identity.ts";
import type { ArticleDraft, ImportedDocument, QuestionDraft } from "./import-document.ts";
import type { ImportNote } from "./problems.ts";
import { slugify, uniqueSlug } from "./slug.ts";

/** An entry already in the content folder, as the planner needs to see it. */
export interface ExistingEntry {
	collection: "articles" | "questions";
	slug: string;
	text: string;
}

export interface PlannedWrite {
	/** Path relative to the content folder, e.g. `questions/kv-cache.md`. */
	path: string;
	text: string;
	action: "create" | "update" | "unchanged" | "skip";
	/** 1-based line of the source document the entry comes from. */
	line: number;
	/** The entry's stable key (source file + item digest). */
	key: string;
	/** Why an entry is skipped (edited by hand since import, hand-written, or deleted on purpose). */
	reason?: string;
}

export interface DocumentPlan {
	file: string;
	writes: PlannedWrite[];
	notes: ImportNote[];
}

/**
 * What earlier imports wrote, by key: an entry whose key is here but whose file is gone was
 * deleted by its owner, and stays deleted unless `--force`. Kept as `.import-manifest.json`.
 */
export interface ImportManifest {
	version: 1;
	/** key → path relative to the content folder. */
	entries: Record<string, string>;
}

export interface PlanOptions {
	force?: boolean;
	manifest?: ImportManifest;
	vocabulary?: Vocabulary;
}

const SKIP_REASON: Record<Exclude<EntryState, "as-imported">, string> = {
	"hand-written": "已有同名的手写条目，未覆盖（用 --force 覆盖）",
	"edited-since-import": "导入后被手动修改过，未覆盖（用 --force 覆盖）",
};
const DELETED = "以前导入过、后来被删除，未重新创建（用 --force 重新导入）";

interface Known {
	entry: ExistingEntry;
	key?: string;
	from?: string;
	title?: string;
}

function describeEntry(entry: ExistingEntry): Known {
	const data = readFrontmatter(entry.text);
	const imported = data?.["imported"] as { key?: unknown; from?: unknown } | undefined;
	const known: Known = { entry };
	if (typeof imported?.key === "string") known.key = imported.key;
	if (typeof imported?.from === "string") known.from = imported.from;
	if (typeof data?.["title"] === "string") known.title = data["title"];
	return known;
}

/**
 * Decides, for every draft, its file and what to do with it. An entry is matched to its source item
 * by the key in its frontmatter (source file + item digest), not by its title, so a re-import finds
 * it after hand edits; such an entry, or a hand-written one in the way, is never overwritten unless
 * `force`; an entry deleted since its import is not recreated unless `force`. A question the bank
 * already holds, or that an earlier document of the batch brings, word for word or nearly, is not
 * added twice; two articles with the same title are reported. Pure: reads nothing, writes nothing.
 */
export function planWrites(
	documents: readonly ImportedDocument[],
	existing: readonly ExistingEntry[],
	options: PlanOptions | boolean = {},
): DocumentPlan[] {
	const { force = false, manifest, vocabulary } = typeof options === "boolean" ? { force: options } : options;
	const matcher = new QuestionMatcher(vocabulary);
	const known = existing.map(describeEntry);
	const byPath = new Map(known.map((item) => [`${item.entry.collection}/${item.entry.slug}.md`, item]));
	const byKey = new Map(known.flatMap((item) => (item.key ? [[item.key, item] as const] : [])));
	const taken = {
		articles: new Set(existing.filter((e) => e.collection === "articles").map((e) => e.slug)),
		questions: new Set(existing.filter((e) => e.collection === "questions").map((e) => e.slug)),
	};
	/** Questions of the bank and of the batch so far, for duplicates: key form, where, and the item key. */
	const bank = known
		.filter((item) => item.entry.collection === "questions" && item.title)
		.map((item) => ({
			form: matcher.key(item.title ?? ""),
			where: `questions/${item.entry.slug}.md`,
			key: item.key,
		}));
	const articleTitles = new Map(
		known
			.filter((item) => item.entry.collection === "articles" && item.title)
			.map((item) => [
				matcher.key(item.title ?? ""),
				{ where: `articles/${item.entry.slug}.md`, key: item.key },
			]),
	);

	return documents.map((document) => {
		const from = basename(document.file);
		const notes: ImportNote[] = [];
		const writes: PlannedWrite[] = [];

		/** The existing entry a draft was imported as: by key, else (entries imported before keys) by source and title. */
		const previousOf = (collection: "articles" | "questions", key: string, title: string) =>
			byKey.get(key) ??
			known.find(
				(item) =>
					item.entry.collection === collection && !item.key && item.from === from && item.title === title,
			);

		const place = (collection: "articles" | "questions", title: string) => {
			const slug = uniqueSlug(slugify(title), taken[collection]);
			taken[collection].add(slug);
			return slug;
		};

		const write = (
			collection: "articles" | "questions",
			key: string,
			title: string,
			data: Record<string, unknown>,
			body: string,
			line: number,
		): string | undefined => {
			const previous = previousOf(collection, key, title);
			if (!previous && manifest?.entries[key] && !force) {
				writes.push({ path: manifest.entries[key], text: "", action: "skip", reason: DELETED, line, key });
				return undefined;
			}
			const slug = previous?.entry.collection === collection ? previous.entry.slug : place(collection, title);
			const path = `${collection}/${slug}.md`;
			const before = previous ?? byPath.get(path);
			const date = before ? readFrontmatter(before.entry.text)?.["date"] : undefined;
			if (typeof date === "string" && "date" in data) data["date"] = date;
			const text = renderEntry(data, body, from, key);
			if (!before) writes.push({ path, text, action: "create", line, key });
			else if (before.entry.text === text) writes.push({ path, text, action: "unchanged", line, key });
			else {
				const { state } = entryState(before.entry.text);
				if (state !== "as-imported" && !force)
					writes.push({ path, text, action: "skip", reason: SKIP_REASON[state], line, key });
				else writes.push({ path, text, action: "update", line, key });
			}
			return slug;
		};

		let articleSlug: string | undefined;
		const article: ArticleDraft | undefined = document.article;
		if (article) {
			const key = itemKey(from);
			const form = matcher.key(article.title);
			const twin = articleTitles.get(form);
			if (twin && twin.key !== key)
				notes.push({
					line: article.line,
					message: `文章标题与 ${twin.where} 相同：请确认是否是同一篇的另一版`,
				});
			const { body, line, ...data } = article;
			articleSlug = write("articles", key, article.title, data, body, line);
			if (articleSlug) articleTitles.set(form, { where: `articles/${articleSlug}.md`, key });
		}
		for (const question of document.questions) {
			const key = itemKey(from, question.title);
			const form = matcher.key(question.title);
			const twin = bank.find((item) => item.key !== key && matcher.same(item.form, form));
			if (twin && !byKey.has(key)) {
				notes.push({
					line: question.line,
					message: `「${question.title}」题库里已有（${twin.where}），未重复导入`,
				});
				continue;
			}
			const { body, line, ...rest }: QuestionDraft = question;
			const data = { ...rest, ...(articleSlug ? { source: articleSlug } : {}) };
			const slug = write("questions", key, question.title, data, body, line);
			if (slug) bank.push({ form, where: `questions/${slug}.md`, key });
		}
		return { file: document.file, writes, notes };
	});
}

/** The manifest after an import: what it had, plus every entry the plans write or keep. */
export function nextManifest(plans: readonly DocumentPlan[], previous?: ImportManifest): ImportManifest {
	const entries = { ...(previous?.entries ?? {}) };
	for (const write of plans.flatMap((plan) => plan.writes))
		if (write.text !== "") entries[write.key] = write.path;
	return {
		version: 1,
		entries: Object.fromEntries(Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))),
	};
}
