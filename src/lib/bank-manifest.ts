import type { BankItem } from "../practice/facets.ts";

interface QuestionLike {
	id: string;
	data: { title: string; category: string; difficulty: string; industries: string[]; tags: string[] };
}

/** What the browser needs to filter and practise the bank, in bank order. */
export function bankManifest(questions: readonly QuestionLike[], urlOf: (id: string) => string): BankItem[] {
	return questions.map(({ id, data }) => ({
		id,
		title: data.title,
		url: urlOf(id),
		category: data.category,
		difficulty: data.difficulty,
		industries: data.industries,
		tags: data.tags,
	}));
}

/** JSON safe to put inside `<script type="application/json">`: no `</script>` can end it early. */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value).replace(/</g, "\\u003c");
}
