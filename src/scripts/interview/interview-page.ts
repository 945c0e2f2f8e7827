import type { TagGuide } from "../../lib/tag-guide.ts";
import type { BankItem } from "../../practice/facets.ts";
import { addReport, type InterviewItem, type InterviewReport } from "../../practice/interview-report.ts";
import { buildReport, missedItems, reportId } from "../../practice/interview-scores.ts";
import { drawInterviewSet, eligibleQuestions } from "../../practice/interview-set.ts";
import type { InterviewSettings } from "../../practice/interview-settings.ts";
import { loadBankManifest } from "../practice/bank-data.ts";
import { showNotice } from "../practice/progress-store.ts";
import { downloadJson, required } from "./dom.ts";
import { historyItems } from "./history-view.ts";
import { createQuestionCard } from "./question-card.ts";
import { loadReports, saveReports } from "./report-store.ts";
import { renderReport } from "./report-view.ts";
import { availabilityText, readSettings } from "./setup-form.ts";

function readTagGuide(): TagGuide {
	try {
		const guide = JSON.parse(document.getElementById("interview-tag-guide")?.textContent ?? "") as TagGuide;
		return guide.tags && Array.isArray(guide.articles) ? guide : { articles: [], tags: {} };
	} catch {
		return { articles: [], tags: {} };
	}
}

const fileDate = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * The mock-interview page: settings → a balanced set, one question at a time with a question clock
 * and an overall clock, a self-graded key-point checklist per question → a report, kept in the
 * browser's storage and listed on the page.
 */
export function initInterviewPage(): void {
	const root = document.querySelector<HTMLElement>("[data-interview]");
	if (!root) return;
	const notice = required<HTMLElement>(root, "[data-interview-notice]");
	const form = required<HTMLFormElement>(root, "[data-interview-setup]");
	const card = required<HTMLElement>(root, "[data-interview-question]");
	const reportSection = required<HTMLElement>(root, "[data-interview-report]");
	const available = required<HTMLElement>(form, "[data-interview-available]");
	const startButton = required<HTMLButtonElement>(form, "[data-interview-start]");
	const history = required<HTMLElement>(root, "[data-interview-history]");
	const historyList = required<HTMLElement>(history, "[data-history-list]");
	const questionCard = createQuestionCard(card);

	// The bank list comes from exactly one place, the bank manifest; nothing can start before it has come.
	let bank: BankItem[] | undefined;
	let byId = new Map<string, BankItem>();
	const guide = readTagGuide();
	const loaded = loadReports(Date.now());
	let store = loaded.store;
	showNotice(notice, loaded.notice);

	let questions: BankItem[] = [];
	let settings: InterviewSettings | undefined;
	let index = 0;
	let startedAt = 0;
	let answered: InterviewItem[] = [];
	let shownReport: InterviewReport | undefined;

	const showHistory = () => {
		historyList.replaceChildren(...historyItems(store.reports));
		required<HTMLElement>(root, "[data-history-empty]").hidden = store.reports.length > 0;
		required<HTMLElement>(root, "[data-history-export]").hidden = store.reports.length === 0;
	};

	const updateAvailability = () => {
		if (!bank) return;
		const current = readSettings(form);
		const count = eligibleQuestions(bank, current).length;
		const status = availabilityText(count, current.length);
		available.textContent = status.text;
		available.toggleAttribute("data-short", status.short);
		startButton.disabled = count === 0;
	};

	const showScreen = (screen: "setup" | "question" | "report") => {
		form.hidden = screen !== "setup";
		card.hidden = screen !== "question";
		reportSection.hidden = screen !== "report";
		// Past reports stay out of the way while a question is on screen.
		history.hidden = screen === "question";
	};

	const showQuestion = () => {
		const item = questions[index];
		if (item) questionCard.show(item, index, questions.length, questions[index + 1]);
	};

	const recordAnswer = () => {
		const result = questionCard.result();
		if (result) answered.push(result);
	};

	const showReport = (report: InterviewReport) => {
		shownReport = report;
		renderReport(reportSection, report, guide, (id) => byId.get(id)?.url);
		showScreen("report");
		reportSection.focus();
	};

	const finish = () => {
		questionCard.stop();
		if (!settings || answered.length === 0) {
			showScreen("setup");
			startButton.focus();
			return;
		}
		const report = buildReport({
			id: reportId(startedAt, Math.random),
			startedAt,
			finishedAt: Date.now(),
			settings,
			items: answered,
		});
		store = addReport(store, report);
		if (!saveReports(store)) showNotice(notice, "报告无法保存（浏览器存储不可用或已满），请先导出。");
		showHistory();
		showReport(report);
	};

	const start = (chosen: BankItem[], chosenSettings: InterviewSettings) => {
		if (chosen.length === 0) return;
		questions = chosen;
		settings = chosenSettings;
		index = 0;
		answered = [];
		startedAt = Date.now();
		showScreen("question");
		showQuestion();
	};

	form.addEventListener("change", updateAvailability);
	form.addEventListener("input", updateAvailability);
	form.addEventListener("submit", (event) => {
		event.preventDefault();
		const chosen = readSettings(form);
		if (!bank) return;
		const set = drawInterviewSet(bank, chosen, Math.random);
		start(set.questions, chosen);
	});
	required<HTMLButtonElement>(card, "[data-interview-next]").addEventListener("click", () => {
		recordAnswer();
		index += 1;
		if (index < questions.length) showQuestion();
		else finish();
	});
	required<HTMLButtonElement>(card, "[data-interview-stop]").addEventListener("click", () => {
		recordAnswer();
		finish();
	});

	required<HTMLButtonElement>(reportSection, "[data-report-retry]").addEventListener("click", () => {
		if (!shownReport) return;
		const missed = missedItems(shownReport.items).flatMap((item) => byId.get(item.id) ?? []);
		start(missed, { ...shownReport.settings, length: missed.length, retryOf: shownReport.id });
	});
	required<HTMLButtonElement>(reportSection, "[data-report-export]").addEventListener("click", () => {
		if (shownReport)
			downloadJson(`interview-report-${fileDate(shownReport.startedAt)}-${shownReport.id}.json`, {
				version: 1,
				reports: [shownReport],
			});
	});
	required<HTMLButtonElement>(reportSection, "[data-report-new]").addEventListener("click", () => {
		showScreen("setup");
		startButton.focus();
	});
	required<HTMLButtonElement>(root, "[data-history-export]").addEventListener("click", () =>
		downloadJson(`interview-reports-${fileDate(Date.now())}.json`, store),
	);
	historyList.addEventListener("click", (event) => {
		const id = (event.target as Element).closest<HTMLElement>("[data-open-report]")?.dataset["openReport"];
		const report = store.reports.find((candidate) => candidate.id === id);
		if (report) showReport(report);
	});

	showHistory();
	startButton.disabled = true;
	available.textContent = "正在加载题库…";
	loadBankManifest().then(
		(loaded) => {
			bank = loaded;
			byId = new Map(loaded.map((item) => [item.id, item]));
			updateAvailability();
		},
		(error: Error) => {
			available.textContent = "题目加载失败，暂时无法开始面试。";
			showNotice(notice, error.message);
		},
	);
}
