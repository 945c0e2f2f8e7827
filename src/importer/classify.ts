import type { Vocabulary } from "../lib/vocabulary.ts";
import type { Category, Difficulty, Industry } from "../schemas/taxonomy.ts";

type Words<T extends string> = readonly (readonly [T, RegExp])[];
type Technical = Exclude<Category, "行业应用">;
type Named = Exclude<Industry, "通用">;

/** Words that say what technical topic a question is about. */
const TOPIC_WORDS: Words<Technical> = [
	[
		"基础概念",
		/注意力|Transformer|位置编码|词元|分词|token|嵌入|向量|架构|涌现|缩放定律|思维链|上下文学习|混合专家|编码器|解码器/gi,
	],
	[
		"训练与优化",
		/训练|微调|学习率|梯度|过拟合|欠拟合|正则|蒸馏|损失函数|收敛|RLHF|DPO|PPO|LoRA|参数高效|混合精度|并行|预训练|数据增强|迁移学习|元学习|自监督|强化学习|多任务/gi,
	],
	[
		"推理与部署",
		/部署|推理|延迟|吞吐|量化|剪枝|KV\s*缓存|缓存|上线|服务化|边缘设备|显存瓶颈|投机解码|限流|并发|硬件成本/gi,
	],
	[
		"评估与可解释性",
		/评估|评价|评测|衡量|指标|准确率|精确率|召回率|F1|AUC|漏检|误检|误报|可解释|解释性|解释模型|解释.*原因|幻觉|编造|校准|置信度|基准|困惑度|鲁棒|打分|检验/gi,
	],
	[
		"数据与安全",
		/数据(?:清洗|去重|泄露|合规|标注|质量)|清洗|去重|隐私|安全|脱敏|合规|攻击|越狱|注入|联邦|差分|加密|偏见|公平|合成数据|标注/gi,
	],
];

/** Words that name an industry. */
const INDUSTRY_WORDS: Words<Named> = [
	["金融", /金融|银行|保险|理赔|信贷|风控|证券|投研|反欺诈|理财|支付|基金/g],
	["医疗", /医疗|医院|病历|诊断|临床|患者|药物|医生|医学|影像诊断|病人/g],
	["制造", /制造|工厂|质检|产线|生产线|工艺|预测性维护|工业|车间/g],
	["零售", /零售|电商|商品|门店|导购|消费者|库存|超市|退换货/g],
	["教育", /教育|课堂|课程|学校|学生|老师|教师|学习路径|辅导|批改|作文|考试/g],
	["物流", /物流|配送|仓储|快递|运输|车辆调度|车辆路径|路径规划|港口|货运|运单|包裹/g],
	["能源", /能源|电力|电网|风电|光伏|油气|石油|发电/g],
	["法律", /法律|合同|律师|法规|判决|诉讼|司法|类案|律所|法院/g],
	["传媒", /传媒|新闻|广告|媒体|短视频|编辑部|内容推荐|出版/g],
];

/** Words that say a question is about putting large models to work, not about how they work. */
const APPLICATION =
	/应用|落地|场景|用大模型|利用大模型|辅助|帮助|能做什么|能否|可以怎样|可以做|作用|取代|替代|岗位|企业|行业|投入产出|传统|业务/g;

/** How a what-is question is asked: 基础概念 only when no topic word says otherwise ("投机解码的原理是什么？"). */
const GENERIC_CONCEPT = /是什么|什么是|原理|概念|定义|基本思想|含义/;

/** Technical terms that contain an industry's word without being about it (蒸馏的教师模型、学生模型). */
const NOT_INDUSTRY = /(?:教师|学生)(?:模型|网络)|合同期|电力消耗|能源消耗|商品化/g;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
const countIndustry = (text: string, pattern: RegExp) => count(text.replace(NOT_INDUSTRY, ""), pattern);

/** Each label's hits in `title` (weighted three times) and in `body`, capped so a long body cannot outvote the title. */
function scores<T extends string>(words: Words<T>, title: string, body: string, cap = 4): Map<T, number> {
	return new Map(
		words.map(([label, pattern]) => [label, count(title, pattern) * 3 + Math.min(count(body, pattern), cap)]),
	);
}

function best<T extends string>(ranked: Map<T, number>): [T, number] | undefined {
	let top: [T, number] | undefined;
	for (const entry of ranked) if (entry[1] > 0 && (!top || entry[1] > top[1])) top = entry;
	return top;
}

/**
 * Industries a question names in its own words: those its title names, else one its answer keeps
 * coming back to (three or more mentions); 通用 when it names none. Never inherited from an article.
 */
export function inferIndustries(title: string, body = ""): Industry[] {
	const named = INDUSTRY_WORDS.filter(([, pattern]) => countIndustry(title, pattern) > 0).map(
		([label]) => label,
	);
	if (named.length > 0) return named.slice(0, 3);
	const [label, hits] = best(new Map(INDUSTRY_WORDS.map(([l, p]) => [l, countIndustry(body, p)]))) ?? [
		"通用",
		0,
	];
	return hits >= 3 ? [label] : ["通用"];
}

/**
 * The industries an article is about: those its title names, else the one industry that dominates
 * its text (at least 5 mentions and more than half of all industry mentions); 通用 otherwise. A
 * passing example (one 广告 sentence) or a survey of several industries is 通用.
 */
export function inferArticleIndustries(title: string, body: string): Industry[] {
	const named = INDUSTRY_WORDS.filter(([, pattern]) => countIndustry(title, pattern) > 0).map(
		([label]) => label,
	);
	if (named.length > 0) return named.slice(0, 3);
	const hits = INDUSTRY_WORDS.map(([label, pattern]) => [label, countIndustry(body, pattern)] as const);
	const total = hits.reduce((sum, [, n]) => sum + n, 0);
	const [label, top] = [...hits].sort((a, b) => b[1] - a[1])[0] ?? ["金融", 0];
	return top >= 5 && top > total / 2 ? [label] : ["通用"];
}

/**
 * The category a reader would file a question under. A question about a technical topic (training,
 * deployment, evaluation, data and safety) goes there even when it names an industry; one that asks
 * how to put models to work in an industry, or in business at large, is 行业应用; the rest is
 * 基础概念. The title decides; the answer only breaks a tie when the title names no topic.
 */
export function inferCategory(title: string, body = ""): Category {
	const topics = scores(TOPIC_WORDS, title, "");
	const top = best(topics);
	const industry = INDUSTRY_WORDS.some(([, pattern]) => countIndustry(title, pattern) > 0);
	const application = count(title, APPLICATION) > 0;
	if (industry && (!top || (top[0] === "基础概念" && !/是什么|什么是/.test(title)) || application)) {
		// "如何评估银行风控模型的可解释性？" is about evaluation; "大模型在银行客服中有哪些应用？" is applied.
		if (!top || top[0] === "基础概念" || (application && (top[1] ?? 0) < 3)) return "行业应用";
	}
	if (top && top[0] !== "基础概念") return top[0];
	if (application && !top) return "行业应用";
	if (top) return top[0];
	if (GENERIC_CONCEPT.test(title)) return "基础概念";
	const fromBody = best(scores(TOPIC_WORDS, "", body));
	return fromBody?.[0] ?? "基础概念";
}

/** 入门 for what-is questions, 高级 for derivations and system design, else 进阶. */
export function inferDifficulty(title: string): Difficulty {
	if (/什么是|是什么|定义|简述|简介|介绍一下|有哪些/.test(title)) return "入门";
	if (/推导|证明|设计一个|如何设计|实现一个|手写|分布式|复杂度/.test(title)) return "高级";
	return "进阶";
}

/** Topic words that make good tags when the vocabulary is not at hand. */
const TAG_WORDS: [string, RegExp][] = [
	["Transformer", /transformer|自注意力/gi],
	["微调", /微调|fine-?tun/gi],
	["LoRA", /LoRA/g],
	["RAG", /RAG|检索增强/g],
	["知识蒸馏", /蒸馏/g],
	["量化", /量化/g],
	["剪枝", /剪枝/g],
	["分布式训练", /分布式/g],
	["评估指标", /准确率|召回率|精确率|漏检率|误检率|F1|AUC|IoU|交并比/g],
	["质检", /质检|缺陷检测|瑕疵/g],
	["风控", /风控|信用评分|评分卡|违约/g],
	["预测", /预测|预报/g],
	["可解释性", /可解释|解释性|SHAP|LIME/g],
	["过拟合", /过拟合/g],
	["迁移学习", /迁移学习/g],
	["强化学习", /强化学习/g],
	["多模态", /多模态|图像和文本|图文/g],
	["隐私保护", /隐私|脱敏|差分隐私/g],
	["数据治理", /数据治理|数据质量|数据清洗/g],
	["联邦学习", /联邦/g],
	["图神经网络", /图神经网络|GNN/g],
	["元学习", /元学习/g],
	["自监督学习", /自监督/g],
	["多任务学习", /多任务/g],
	["模型压缩", /模型压缩|压缩模型/g],
	["提示工程", /提示词|prompt/gi],
	["幻觉", /幻觉/g],
	["智能客服", /客服/g],
	["优化算法", /粒子群|遗传算法|进化算法/g],
];

/**
 * Up to `limit` tags: the vocabulary's concepts the title names (in their canonical spelling),
 * then topic words the title and text use most; when nothing matches, `fallback` (the site's
 * broadest concept, never the category's name).
 */
export function inferTags(
	title: string,
	body: string,
	fallback = "大模型",
	limit = 3,
	vocabulary?: Vocabulary,
): string[] {
	const tags: string[] = [];
	const add = (tag: string) => {
		const canonical = vocabulary?.canonicalTag(tag) ?? tag;
		if (tags.length < limit && canonical.length <= 20 && !tags.includes(canonical)) tags.push(canonical);
	};
	for (const concept of vocabulary?.conceptsIn([title]) ?? [])
		if (concept.term !== fallback) add(concept.term);
	TAG_WORDS.map(([tag, pattern]) => [tag, count(title, pattern) * 3 + count(body, pattern)] as const)
		.filter(([, score]) => score > 0)
		.sort((a, b) => b[1] - a[1])
		.forEach(([tag]) => {
			add(tag);
		});
	if (tags.length === 0) add(fallback);
	return tags;
}
