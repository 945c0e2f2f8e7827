import { createUrls } from "../../lib/urls.ts";
import { buildDeck } from "../../practice/deck.ts";
import { type BankItem, FACETS, matches, selectionFromParams } from "../../practice/facets.ts";
import { GRADE_LABELS, GRADES, type Grade, gradeQuestion } from "../../practice/progress.ts";
import { keepStarred, starredOnlyFrom } from "../../practice/starred.ts";
import { isShortcutBlocked } from "../keyboard.ts";
import { fetchAnswer, loadBankManifest } from "./bank-data.ts";
import { loadProgress, showNotice, updateProgress } from "./progress-store.ts";
import { wireTransfer } from "./transfer.ts";

const $ = <T extends HTMLElement>(root: ParentNode, selector: string) => root.querySelector<T>(selector);

/** Said in place of an answer that could not be loaded. */
function answerUnavailable(): string {
	if (navigator.onLine) return "<p>答案加载失败，请打开题目页查看。</p>";
	const offline = createUrls(import.meta.env.BASE_URL).offline();
	return `<p>现在没有网络，这道题还没有保存到本机。<a href="${offline}">下载整个题库</a>后可以离线练习全部题目。</p>`;
}

/**
 * The practice page: a deck from the bank filters in the URL, or from the reader's starred questions
 * (review queue first, optionally shuffled), one card at a time with the answer hidden until revealed, graded 会 / 模糊 / 不会,
 * with progress saved after every grade and a summary at the end.
 */
export function initPracticeSession(): void {
	const root = document.querySelector<HTMLElement>("[data-practice]");
	if (!root) return;
	const notice = $<HTMLElement>(root, "[data-practice-notice]");
	const card = $<HTMLElement>(root, "[data-practice-card]");
	const setup = $<HTMLElement>(root, "[data-practice-setup]");
	const summary = $<HTMLElement>(root, "[data-practice-summary]");
	const answer = $<HTMLElement>(root, "[data-practice-answer]");
	const answerBody = $<HTMLElement>(root, "[data-practice-answer-body]");
	const reveal = $<HTMLButtonElement>(root, "[data-practice-reveal]");
	const grades = $<HTMLElement>(root, "[data-practice-grades]");
	const title = $<HTMLAnchorElement>(root, "[data-practice-title]");
	if (!notice || !card || !setup || !summary || !answer || !answerBody || !reveal || !grades || !title)
		return;

	let { progress, notice: message } = loadProgress();
	showNotice(notice, message);
	const params = new URLSearchParams(location.search);
	const selection = selectionFromParams(params);
	const starredOnly = starredOnlyFrom(params);
	const scope = [...(starredOnly ? ["我收藏的题"] : []), ...FACETS.flatMap((facet) => selection[facet])].join(
		"、",
	);
	const scopeText = $<HTMLElement>(root, "[data-practice-scope]");
	const startButton = $<HTMLButtonElement>(root, "[data-practice-start]");
	const starredLink = $<HTMLAnchorElement>(root, "[data-practice-starred]");
	const pool = loadBankManifest().then(
		(bank) => {
			const starredCount = keepStarred(bank, progress.stars, true).length;
			const matching = keepStarred(bank, progress.stars, starredOnly).filter((item) =>
				matches(item, selection),
			);
			if (scopeText)
				scopeText.textContent =
					starredOnly && starredCount === 0
						? "还没有收藏的题：在题目页点“收藏”，收藏的题会出现在这里。"
						: `${scope ? `筛选条件：${scope}，` : "全部题目，"}共 ${matching.length} 题。先复习到期的“不会”和“模糊”，再练新题。`;
			if (startButton) startButton.disabled = matching.length === 0;
			if (starredLink && !starredOnly && starredCount > 0) {
				starredLink.textContent = `只练我收藏的 ${starredCount} 题`;
				starredLink.hidden = false;
			}
			return matching;
		},
		(error: Error) => {
			if (scopeText) scopeText.textContent = "题目加载失败，暂时无法练习。";
			showNotice(notice, error.message);
			return undefined;
		},
	);
	const changeLink = $<HTMLAnchorElement>(root, "[data-practice-change]");
	if (changeLink && params.size > 0) changeLink.href += `?${params}`;

	let deck: BankItem[] = [];
	let index = 0;
	let revealed = false;
	const session = new Map<string, Grade>();

	const showCard = async () => {
		const item = deck[index];
		if (!item) return finish();
		revealed = false;
		card.hidden = false;
		summary.hidden = true;
		answer.hidden = true;
		grades.hidden = true;
		reveal.hidden = false;
		reveal.setAttribute("aria-expanded", "false");
		const position = $<HTMLElement>(root, "[data-practice-position]");
		if (position) position.textContent = `第 ${index + 1} / ${deck.length} 题`;
		title.textContent = item.title;
		title.href = item.url;
		const entry = progress.questions[item.id];
		const meta = $<HTMLElement>(root, "[data-practice-meta]");
		if (meta)
			meta.textContent = `${item.category} · ${item.difficulty}${entry ? ` · 上次：${GRADE_LABELS[entry.grade]}` : " · 新题"}${item.id in progress.stars ? " · ★ 已收藏" : ""}`;
		answerBody.textContent = "正在加载答案…";
		const html = await fetchAnswer(item.url).catch(() => answerUnavailable());
		if (deck[index] === item) answerBody.innerHTML = html;
	};

	const showAnswer = () => {
		if (card.hidden || revealed) return;
		revealed = true;
		answer.hidden = false;
		grades.hidden = false;
		reveal.hidden = true;
		reveal.setAttribute("aria-expanded", "true");
		// Read from the top of the answer; 1/2/3 grade from anywhere.
		answer.focus();
	};

	const grade = (value: Grade) => {
		const item = deck[index];
		if (!item || !revealed) return;
		const result = updateProgress(progress, (stored) => gradeQuestion(stored, item.id, value, Date.now()));
		progress = result.progress;
		if (!result.saved) showNotice(notice, "进度无法保存（浏览器存储不可用或已满）。");
		session.set(item.id, value);
		move(1);
	};

	const move = (step: number) => {
		if (card.hidden) return;
		index = Math.max(0, Math.min(deck.length, index + step));
		void showCard();
		if (index < deck.length) reveal.focus();
	};

	const finish = () => {
		card.hidden = true;
		summary.hidden = false;
		const counts = GRADES.map(
			(value) => `${GRADE_LABELS[value]} ${[...session.values()].filter((g) => g === value).length}`,
		);
		const countsText = $<HTMLElement>(root, "[data-summary-counts]");
		if (countsText) countsText.textContent = `本轮评了 ${session.size} 题：${counts.join(" · ")}。`;
		const review = deck.filter(
			(item) => session.get(item.id) === "unknown" || session.get(item.id) === "fuzzy",
		);
		const list = $<HTMLElement>(root, "[data-summary-review]");
		list?.replaceChildren(
			...review.map((item) => {
				const li = document.createElement("li");
				const link = document.createElement("a");
				link.href = item.url;
				link.textContent = `${item.title}（${GRADE_LABELS[session.get(item.id) ?? "unknown"]}）`;
				li.append(link);
				return li;
			}),
		);
		const again = $<HTMLButtonElement>(root, "[data-practice-again]");
		if (again) again.hidden = review.length === 0;
		summary.focus();
	};

	const start = (items: readonly BankItem[]) => {
		const shuffle = $<HTMLInputElement>(root, "[data-practice-shuffle]")?.checked === true;
		deck = buildDeck(items, progress, { now: Date.now(), ...(shuffle ? { random: Math.random } : {}) });
		index = 0;
		session.clear();
		setup.hidden = true;
		void showCard();
		reveal.focus();
	};

	// Clicked before the questions arrive, the round starts as soon as they do.
	startButton?.addEventListener("click", () => {
		void pool.then((items) => {
			if (items) start(items);
		});
	});
	$<HTMLButtonElement>(root, "[data-practice-again]")?.addEventListener("click", () => {
		start(deck.filter((item) => session.get(item.id) !== "know"));
	});
	reveal.addEventListener("click", showAnswer);
	for (const button of grades.querySelectorAll<HTMLButtonElement>("[data-grade]")) {
		button.addEventListener("click", () => grade(button.dataset["grade"] as Grade));
	}
	$<HTMLButtonElement>(root, "[data-practice-prev]")?.addEventListener("click", () => move(-1));
	$<HTMLButtonElement>(root, "[data-practice-next]")?.addEventListener("click", () => move(1));
	document.addEventListener("keydown", (event) => {
		if (isShortcutBlocked(event) || card.hidden) return;
		const keyed: Record<string, () => void> = {
			" ": showAnswer,
			"1": () => grade("know"),
			"2": () => grade("fuzzy"),
			"3": () => grade("unknown"),
			ArrowLeft: () => move(-1),
			ArrowRight: () => move(1),
		};
		const action = keyed[event.key];
		if (!action) return;
		// Space on a focused button would click it as well: let the shortcut be the only action.
		event.preventDefault();
		action();
	});

	wireTransfer(root, {
		current: () => progress,
		replace: (next) => {
			progress = next;
		},
		notice,
	});
}
