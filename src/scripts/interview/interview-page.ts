import type { TagGuide } from "../../lib/tag-guide.ts";
import type { BankItem } from "../../practice/facets.ts";
import { addReport, type InterviewItem, type InterviewReport } from "../../practice/interview-report.ts";
import { buildReport, itemScore, missedItems, reportId } from "../../practice/interview-scores.ts";
import { drawInterviewSet, eligibleQuestions } from "../../practice/interview-set.ts";
import type { InterviewSettings } from "../../practice/interview-settings.ts";
import type { KeyPoint } from "../../practice/key-points.ts";
import { readBankManifest } from "../practice/bank-data.ts";
import { showNotice } from "../practice/progress-store.ts";
import { downloadJson, required } from "./dom.ts";
import { historyItems } from "./history-view.ts";
import { createInterviewClock } from "./interview-clock.ts";
import { keyPointItems, keyPointStatus, loadAnswer } from "./key-point-list.ts";
import { loadReports, saveReports } from "./report-store.ts";
import { renderReport } from "./report-view.ts";
import { availabilityText, readSettings } from "./setup-form.ts";

/** The one self-assessment left when a question's answer cannot be loaded. */
const FALLBACK_POINT: KeyPoint = {
	kind: "answer",
	html: "我的回答讲到了这道题的核心（答案未能加载，请在新标签页打开题目页对照）",
};

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
	const review = required<HTMLElement>(card, "[data-interview-review]");
	const reveal = required<HTMLButtonElement>(card, "[data-interview-reveal]");
	const next = required<HTMLButtonElement>(card, "[data-interview-next]");
	const pointsList = required<HTMLElement>(card, "[data-interview-points]");
	const pointsStatus = required<HTMLElement>(card, "[data-interview-points-status]");
	const answerBody = required<HTMLElement>(card, "[data-interview-answer]");
	const textBox = required<HTMLTextAreaElement>(card, "[data-interview-text]");
	const title = required<HTMLElement>(card, "[data-interview-title]");
	const available = required<HTMLElement>(form, "[data-interview-available]");
	const startButton = required<HTMLButtonElement>(form, "[data-interview-start]");
	const history = required<HTMLElement>(root, "[data-interview-history]");
	const historyList = required<HTMLElement>(history, "[data-history-list]");
	const clock = createInterviewClock(
		required(card, "[data-clock-question]"),
		required(card, "[data-clock-total]"),
	);

	// The bank list comes from exactly one place.
	const bank: BankItem[] = readBankManifest();
	const byId = new Map(bank.map((item) => [item.id, item]));
	const guide = readTagGuide();
	const loaded = loadReports(Date.now());
	let store = loaded.store;
	showNotice(notice, loaded.notice);

	let questions: BankItem[] = [];
	let settings: InterviewSettings | undefined;
	let index = 0;
	let startedAt = 0;
	let answered: InterviewItem[] = [];
	let seconds = 0;
	let points: KeyPoint[] = [];
	let shownReport: InterviewReport | undefined;

	const showHistory = () => {
		historyList.replaceChildren(...historyItems(store.reports));
		required<HTMLElement>(root, "[data-history-empty]").hidden = store.reports.length > 0;
		required<HTMLElement>(root, "[data-history-export]").hidden = store.reports.length === 0;
	};

	const updateAvailability = () => {
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

	const showQuestion = async () => {
		const item = questions[index];
		if (!item) return;
		required(card, "[data-interview-position]").textContent = `第 ${index + 1} / ${questions.length} 题`;
		title.textContent = item.title;
		required(card, "[data-interview-meta]").textContent = `${item.category} · ${item.difficulty}`;
		required<HTMLAnchorElement>(card, "[data-interview-open]").href = item.url;
		textBox.value = "";
		review.hidden = true;
		reveal.hidden = false;
		reveal.setAttribute("aria-expanded", "false");
		next.hidden = true;
		pointsList.replaceChildren();
		pointsStatus.textContent = "正在加载要点…";
		answerBody.replaceChildren();
		clock.startQuestion();
		title.focus();
		const nextItem = questions[index + 1];
		if (nextItem) void loadAnswer(nextItem);
		const answer = await loadAnswer(item);
		if (questions[index] !== item) return;
		points = answer.points.length > 0 ? answer.points : [FALLBACK_POINT];
		pointsStatus.textContent = keyPointStatus(answer.points);
		pointsList.replaceChildren(...keyPointItems(points, `point-${index}`));
		answerBody.innerHTML = answer.html || "<p>答案加载失败，请打开题目页查看。</p>";
	};

	const revealAnswer = () => {
		seconds = clock.stopQuestion();
		review.hidden = false;
		reveal.hidden = true;
		reveal.setAttribute("aria-expanded", "true");
		next.hidden = false;
		next.textContent = index + 1 < questions.length ? "下一题" : "完成面试，查看报告";
		review.focus();
	};

	const recordAnswer = () => {
		const item = questions[index];
		if (!item || review.hidden) return;
		const checked = pointsList.querySelectorAll("input[data-key-point]:checked").length;
		const total = points.length;
		answered.push({
			id: item.id,
			title: item.title,
			category: item.category,
			difficulty: item.difficulty,
			tags: item.tags,
			seconds: Math.round(seconds),
			checked,
			total,
			score: itemScore(checked, total),
		});
	};

	const showReport = (report: InterviewReport) => {
		shownReport = report;
		renderReport(reportSection, report, guide, (id) => byId.get(id)?.url);
		showScreen("report");
		reportSection.focus();
	};

	const finish = () => {
		clock.stop();
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
		void showQuestion();
	};

	form.addEventListener("change", updateAvailability);
	form.addEventListener("input", updateAvailability);
	form.addEventListener("submit", (event) => {
		event.preventDefault();
		const chosen = readSettings(form);
		const set = drawInterviewSet(bank, chosen, Math.random);
		start(set.questions, chosen);
	});
	reveal.addEventListener("click", revealAnswer);
	next.addEventListener("click", () => {
		recordAnswer();
		index += 1;
		if (index < questions.length) void showQuestion();
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

	updateAvailability();
	showHistory();
}
