/**
 * A deterministic synthetic corpus for the benchmark: realistic Chinese questions (with formulas,
 * code and now and then a diagram) and a few articles, the same bytes for the same size every time.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CATEGORIES, DIFFICULTIES, INDUSTRIES } from "../../src/schemas/taxonomy.ts";

function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 4294967296;
	};
}

const TOPICS = [
	"注意力机制",
	"位置编码",
	"梯度裁剪",
	"学习率调度",
	"量化推理",
	"知识蒸馏",
	"检索增强",
	"向量索引",
	"奖励模型",
	"偏好对齐",
	"数据去重",
	"隐私保护",
	"模型校准",
	"评测基准",
	"批处理调度",
	"显存估算",
	"多模态对齐",
	"提示工程",
	"工具调用",
	"长上下文",
];
const SCENES = [
	"银行信贷审批",
	"医院病历质控",
	"工厂视觉质检",
	"电商商品推荐",
	"在线教育辅导",
	"物流路径调度",
	"电网负荷预测",
	"律所合同审查",
	"新闻稿件审核",
	"保险理赔分流",
];
const VERBS = ["如何评估", "为什么需要", "怎样改进", "如何落地", "有哪些风险", "怎样监控"];
const TAGS = [
	"Transformer",
	"RAG",
	"LoRA",
	"量化",
	"评测",
	"隐私",
	"对齐",
	"推理",
	"训练",
	"部署",
	"数据",
	"安全",
	"金融",
	"医疗",
	"制造",
];
const SENTENCES = [
	"在实际业务中，这个问题往往和数据质量、延迟预算以及合规要求同时出现，不能只看单一指标。",
	"一个常见的误区是把离线评测的提升直接等同于线上收益，忽略了分布漂移和用户行为的变化。",
	"面试官通常会追问边界条件：样本极不平衡、标注噪声较大或者请求量突然翻倍时会怎样。",
	"工程上可以先用小规模实验验证假设，再逐步扩大流量，并保留随时回滚的开关。",
	"从成本角度看，需要同时估算训练、推理和人工复核三部分，任何一部分失控都会拖累整体收益。",
	"如果涉及个人信息，还要在数据进入模型之前完成脱敏，并记录每一次调用的审计日志。",
];

export interface SyntheticFile {
	path: string;
	text: string;
}

function paragraph(next: () => number, count: number): string {
	return Array.from({ length: count }, () => SENTENCES[Math.floor(next() * SENTENCES.length)]).join("");
}

export function syntheticCorpus(questions: number, seed = 42): SyntheticFile[] {
	const next = random(seed);
	const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
	const articles = Math.max(5, Math.floor(questions / 50));
	const files: SyntheticFile[] = [];
	for (let index = 0; index < articles; index += 1) {
		const scene = SCENES[index % SCENES.length];
		files.push({
			path: `articles/synthetic-article-${index}.md`,
			text: `---\ntitle: 大模型在${scene}中的实践（第 ${index + 1} 篇）\ndescription: ${paragraph(next, 1)}\ndate: 2026-${String((index % 12) + 1).padStart(2, "0")}-${String((index % 27) + 1).padStart(2, "0")}\ntags: [${pick(TAGS)}, 实践]\nindustries: [${pick(INDUSTRIES).label}]\n---\n\n## 背景\n\n${paragraph(next, 6)}\n\n## 方法\n\n${paragraph(next, 6)}\n\n$$\nL = -\\frac{1}{N}\\sum_{i=1}^{N} \\log p(y_i \\mid x_i)\n$$\n\n## 小结\n\n${paragraph(next, 4)}\n`,
		});
	}
	for (let index = 0; index < questions; index += 1) {
		const topic = pick(TOPICS);
		const scene = pick(SCENES);
		const diagram =
			index % 25 === 0
				? "\n```mermaid\ngraph LR\nA[数据] --> B[模型]\nB --> C{评估}\nC -->|通过| D[上线]\n```\n"
				: "";
		files.push({
			path: `questions/synthetic-question-${index}.md`,
			text: `---\ntitle: 在${scene}场景中，${pick(VERBS)}${topic}（第 ${index + 1} 题）？\ncategory: ${CATEGORIES[index % CATEGORIES.length]?.label}\ndifficulty: ${DIFFICULTIES[index % DIFFICULTIES.length]?.label}\nindustries: [${pick(INDUSTRIES).label}]\ntags: [${pick(TAGS)}, ${topic}]\nsource: synthetic-article-${index % articles}\n---\n\n## 答案\n\n${paragraph(next, 4)}其中关键量为 $\\alpha = ${(next() * 0.9 + 0.05).toFixed(2)}$，目标函数写作：\n\n$$\nJ(\\theta) = \\mathbb{E}_{x \\sim D}\\left[\\ell(f_\\theta(x), y)\\right] + \\lambda \\lVert \\theta \\rVert_2^2\n$$\n${diagram}\n## 示例代码\n\n\`\`\`python\nimport math\n\nscores = [${Array.from({ length: 5 }, () => (next() * 10).toFixed(2)).join(", ")}]\nmean = sum(scores) / len(scores)\nprint(round(mean, 3), round(math.sqrt(sum((s - mean) ** 2 for s in scores) / len(scores)), 3))\n\`\`\`\n\n## 解析\n\n${paragraph(next, 4)}\n`,
		});
	}
	return files;
}

/** Writes a corpus into `<dir>/articles` and `<dir>/questions`, replacing what was there. */
export function writeCorpus(dir: string, files: readonly SyntheticFile[]): void {
	rmSync(dir, { recursive: true, force: true });
	for (const file of files) {
		const path = join(dir, file.path);
		mkdirSync(join(path, ".."), { recursive: true });
		writeFileSync(path, file.text);
	}
}
