import {
	emptyStore,
	parseInterviewReports,
	REPORTS_KEY,
	type ReportStore,
} from "../../practice/interview-report.ts";
import { readStoredWithBackup } from "../stored-with-backup.ts";

export interface LoadedReports {
	store: ReportStore;
	/** Something the reader should be told: the stored reports were damaged or could not be read. */
	notice?: string;
}

/**
 * Reads the stored interview reports. Damaged data never breaks the page: the readable reports are
 * kept, the stored text is saved aside under a backup key (nothing is lost), and the reader is told once.
 */
export function loadReports(now: number): LoadedReports {
	const read = readStoredWithBackup(
		REPORTS_KEY,
		(text) => {
			const { store, problem, dropped } = parseInterviewReports(text);
			return { value: store, problem, dropped };
		},
		now,
	);
	if (!read.available) return { store: emptyStore(), notice: "浏览器不允许本地存储，面试报告不会被保存。" };
	const { value: store, damage } = read;
	if (!damage) return { store };
	// Backed up: store what could be read, so the next visit starts clean instead of warning again.
	if (damage.backedUp) saveReports(store);
	const notice = damage.problem
		? `保存的面试记录无法读取（${damage.problem}），原始数据已另存一份备份。`
		: `保存的面试记录中有 ${damage.dropped} 条已损坏，已跳过（原始数据已另存备份），其余记录保留。`;
	return { store, notice };
}

export function saveReports(store: ReportStore): boolean {
	try {
		localStorage.setItem(REPORTS_KEY, JSON.stringify(store));
		return true;
	} catch {
		return false;
	}
}
