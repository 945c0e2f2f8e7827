import { basename } from "node:path";
import { normalizeQuestion } from "../lib/question-similarity.ts";
import { type EntryState, entryState, readFrontmatter, renderEntry } from "./entry-file.ts";
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
	/** Why an entry is skipped (edited by hand since import, or hand-written). */
	reason?: string;
}

export interface DocumentPlan {
	file: string;
	writes: PlannedWrite[];
	notes: ImportNote[];
}

const SKIP_REASON: Record<Exclude<EntryState, "as-imported">, string> = {
	"hand-written": "已有同名的手写条目，未覆盖（用 --force 覆盖）",
	"edited-since-import": "导入后被手动修改过，未覆盖（用 --force 覆盖）",
};

/**
 * Decides, for every draft, its file and what to do with it: entries re-imported from the same
 * document keep their file (and date); an entry edited by hand since its import, or a hand-written
 * entry in the way, is never overwritten unless `force`; a question already in the bank from
 * another document is not added twice. Pure: reads nothing, writes nothing.
 */
export function planWrites(
	documents: readonly ImportedDocument[],
	existing: readonly ExistingEntry[],
	force: boolean,
): DocumentPlan[] {
	const byPath = new Map(existing.map((entry) => [`${entry.collection}/${entry.slug}.md`, entry]));
	const taken = {
		articles: new Set(existing.filter((e) => e.collection === "articles").map((e) => e.slug)),
		questions: new Set(existing.filter((e) => e.collection === "questions").map((e) => e.slug)),
	};
	const fromOf = (entry: ExistingEntry) => entryState(entry.text).record?.from;
	const bankTitles = new Map(
		existing
			.filter((entry) => entry.collection === "questions")
			.flatMap((entry) => {
				const title = readFrontmatter(entry.text)?.["title"];
				return typeof title === "string" ? [[normalizeQuestion(title), entry] as const] : [];
			}),
	);

	return documents.map((document) => {
		const from = basename(document.file);
		const notes: ImportNote[] = [];
		const writes: PlannedWrite[] = [];

		/** The slug for a new draft: its own file from an earlier import of this document, else a free one. */
		const place = (collection: "articles" | "questions", title: string) => {
			const base = slugify(title);
			for (let n = 1; ; n += 1) {
				const slug = n === 1 ? base : `${base}-${n}`;
				const entry = byPath.get(`${collection}/${slug}.md`);
				if (!entry && !taken[collection].has(slug)) break;
				if (entry && fromOf(entry) === from && readFrontmatter(entry.text)?.["title"] === title) return slug;
			}
			const slug = uniqueSlug(base, taken[collection]);
			taken[collection].add(slug);
			return slug;
		};

		const write = (
			collection: "articles" | "questions",
			slug: string,
			data: Record<string, unknown>,
			body: string,
			line: number,
		) => {
			const path = `${collection}/${slug}.md`;
			const previous = byPath.get(path);
			if (previous && typeof readFrontmatter(previous.text)?.["date"] === "string" && "date" in data) {
				data["date"] = readFrontmatter(previous.text)?.["date"];
			}
			const text = renderEntry(data, body, from);
			if (!previous) return writes.push({ path, text, action: "create", line });
			if (previous.text === text) return writes.push({ path, text, action: "unchanged", line });
			const { state } = entryState(previous.text);
			if (state !== "as-imported" && !force)
				return writes.push({ path, text, action: "skip", reason: SKIP_REASON[state], line });
			return writes.push({ path, text, action: "update", line });
		};

		let articleSlug: string | undefined;
		const article: ArticleDraft | undefined = document.article;
		if (article) {
			articleSlug = place("articles", article.title);
			const { body, line, ...data } = article;
			write("articles", articleSlug, data, body, line);
		}
		for (const question of document.questions) {
			const twin = bankTitles.get(normalizeQuestion(question.title));
			if (twin && fromOf(twin) !== from) {
				notes.push({
					line: question.line,
					message: `「${question.title}」题库里已有（questions/${twin.slug}.md），未重复导入`,
				});
				continue;
			}
			const slug = place("questions", question.title);
			const { body, line, ...rest }: QuestionDraft = question;
			write("questions", slug, { ...rest, ...(articleSlug ? { source: articleSlug } : {}) }, body, line);
		}
		return { file: document.file, writes, notes };
	});
}
