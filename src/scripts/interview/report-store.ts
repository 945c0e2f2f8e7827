import {
	emptyStore,
	parseInterviewReports,
	REPORTS_KEY,
	type ReportStore,
} from "../../practice/interview-report.ts";

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
	let text: string | null;
	try {
		text = localStorage.getItem(REPORTS_KEY);
	} catch {
		return { store: emptyStore(), notice: "浏览器不允许本地存储，面试报告不会被保存。" };
	}
	const parsed = parseInterviewReports(text);
	if (!parsed.problem && parsed.dropped === 0) return { store: parsed.store };
	try {
		localStorage.setItem(`${REPORTS_KEY}-backup-${now}`, text ?? "");
		// Backed up: store what could be read, so the next visit starts clean instead of warning again.
		saveReports(parsed.store);
	} catch {}
	const notice = parsed.problem
		? `保存的面试记录无法读取（${parsed.problem}），原始数据已另存一份备份。`
		: `保存的面试记录中有 ${parsed.dropped} 条已损坏，已跳过（原始数据已另存备份），其余记录保留。`;
	return { store: parsed.store, notice };
}

export function saveReports(store: ReportStore): boolean {
	try {
		localStorage.setItem(REPORTS_KEY, JSON.stringify(store));
		return true;
	} catch {
		return false;
	}
}
