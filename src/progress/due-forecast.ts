import { addDays, daysBetween } from "../practice/day.ts";
import type { BankItem } from "../practice/facets.ts";
import { dueAt, type Progress } from "../practice/progress.ts";

export interface DueDay {
	day: string;
	/** Reviews due that day; today's include the overdue ones. */
	count: number;
	/** Of today's count, the reviews that were due on an earlier day. */
	overdue: number;
}

/**
 * Reviews due on each of the next `days` days from `today` (a day key), for the questions of the
 * bank the reader has graded. Overdue reviews count for today. `dayOf` gives the local day of a moment.
 */
export function dueForecast(
	items: readonly BankItem[],
	progress: Progress,
	today: string,
	dayOf: (time: number) => string,
	days = 14,
): DueDay[] {
	const forecast = Array.from({ length: days }, (_, offset) => ({
		day: addDays(today, offset),
		count: 0,
		overdue: 0,
	}));
	for (const item of items) {
		const entry = progress.questions[item.id];
		if (!entry) continue;
		const offset = daysBetween(today, dayOf(dueAt(entry)));
		const slot = forecast[Math.max(0, offset)];
		if (!slot) continue;
		slot.count += 1;
		if (offset < 0) slot.overdue += 1;
	}
	return forecast;
}
