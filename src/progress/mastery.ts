import type { BankItem } from "../practice/facets.ts";
import type { Progress } from "../practice/progress.ts";

/** How far the reader got with the questions of one category or industry. */
export interface MasteryRow {
	label: string;
	total: number;
	/** Last graded 会. */
	know: number;
	fuzzy: number;
	unknown: number;
	/** Never graded. */
	fresh: number;
}

/**
 * Mastery per group, in the order of `labels` (groups without questions left out). `groupsOf` names
 * the groups of a question: its category, or each of its industries (a question counts once in each).
 */
export function masteryBy(
	items: readonly BankItem[],
	progress: Progress,
	groupsOf: (item: BankItem) => readonly string[],
	labels: readonly string[],
): MasteryRow[] {
	const rows = new Map(
		labels.map((label) => [label, { label, total: 0, know: 0, fuzzy: 0, unknown: 0, fresh: 0 }]),
	);
	for (const item of items) {
		const grade = progress.questions[item.id]?.grade ?? "fresh";
		for (const group of groupsOf(item)) {
			const row = rows.get(group);
			if (!row) continue;
			row.total += 1;
			row[grade] += 1;
		}
	}
	return [...rows.values()].filter((row) => row.total > 0);
}
