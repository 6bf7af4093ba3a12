#!/usr/bin/env python3
"""Generates investment agreements for the review benchmark.

Usage: review_generate.py OUT_DIR TOTAL_MB [--single-line MB]

Each agreement has a preamble, a dozen articles of mostly lawful text (the everyday
vocabulary of 土地, 税收, 担保, 回购 and 奖励 that a review must read past), and about one
unlawful clause in twenty, with varied parties, numbers and wording. Output is deterministic.
"""
import os
import random
import sys

LAWFUL = [
    "乙方应按照出让合同约定的期限缴清土地出让金，逾期的按日支付违约金。",
    "项目用地通过招标拍卖挂牌方式依法出让，出让价格以公开交易结果为准。",
    "乙方依法享受国家规定的税收优惠政策，由税务机关依法办理。",
    "乙方应向甲方提交履约保函作为履约担保，保函金额为人民币{n}万元。",
    "乙方母公司对乙方在本协议项下的投资义务承担连带保证责任。",
    "甲方协调金融机构按照市场化原则为乙方提供融资服务，是否放贷由金融机构自主决定。",
    "乙方项目总投资不低于{n}亿元，固定资产投资强度不低于每亩{m}万元。",
    "乙方应于取得土地使用权后{k}个月内开工建设，{k2}个月内竣工投产。",
    "乙方未按期开工满一年的，甲方有权解除本协议，依法收回土地使用权。",
    "因本协议发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。",
    "甲方负责协调办理项目立项、规划、环评等审批手续，提供全程代办服务。",
    "乙方可按规定申报省级工业发展专项资金，具体以主管部门审核为准。",
    "乙方出口货物依法享受出口退税，增量留抵税额按国家规定申请退还。",
    "甲方不得以任何形式返还乙方缴纳的税款，也不为乙方的融资提供担保。",
    "乙方承诺项目达产后年纳税额不低于{n}千万元，亩均税收不低于每亩{m}万元。",
    "任何一方违反本协议约定的，应向守约方承担违约责任并赔偿损失。",
    "本协议未尽事宜，双方可另行签订补充协议，补充协议与本协议具有同等效力。",
    "乙方应遵守安全生产、环境保护和劳动用工等法律法规，依法经营。",
]
UNLAWFUL = [
    "甲方承诺乙方项目用地出让价格为每亩{m}万元。",
    "乙方缴纳的土地出让金，甲方在乙方投产后按{p}%返还。",
    "乙方缴纳的增值税地方留成部分，甲方按{p}%返还乙方。",
    "甲方按乙方年度实缴税收地方留成部分的{p}%给予产业扶持资金。",
    "甲方为乙方向银行申请的项目贷款提供连带责任保证。",
    "三年期满后，甲方按乙方投资本金加年化{k}%的收益回购乙方持有的股权。",
    "项目经营期内如出现亏损，由甲方兜底。",
    "甲方给予乙方企业所得税三免三减半优惠。",
]
PARTIES = [("某某县人民政府", "某某新材料有限公司"), ("某某经济开发区管理委员会", "某某光伏科技股份有限公司"),
           ("某某市投资促进局", "某某食品集团有限公司"), ("某某县城市建设投资有限公司", "某某锂电池有限公司")]
NUMERALS = "一二三四五六七八九十"


def fill(template, rng):
    return template.format(n=rng.randint(1, 50), m=rng.randint(3, 400), k=rng.randint(3, 12), k2=rng.randint(13, 36),
                           p=rng.choice([30, 50, 60, 80, 100]))


def agreement(rng):
    government, investor = rng.choice(PARTIES)
    lines = ["# %s项目投资协议" % investor.replace("股份有限公司", "").replace("有限公司", ""), "", "甲方：%s" % government, "乙方：%s" % investor, "",
             "为促进地方经济发展，甲乙双方经友好协商，达成如下协议。", ""]
    for number in range(1, rng.randint(10, 16)):
        label = NUMERALS[number - 1] if number <= 10 else "十" + NUMERALS[number - 11]
        lines.append("第%s条" % label)
        for _ in range(rng.randint(2, 6)):
            pool = UNLAWFUL if rng.random() < 0.05 else LAWFUL
            lines.append(fill(rng.choice(pool), rng))
        lines.append("")
    lines += ["甲方（盖章）：%s" % government, "乙方（盖章）：%s" % investor, ""]
    return "\n".join(lines)


def main():
    out, total_mb = sys.argv[1], float(sys.argv[2])
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20231117)
    if "--single-line" in sys.argv:
        size = int(float(sys.argv[sys.argv.index("--single-line") + 1]) * 1_000_000)
        with open(os.path.join(out, "single-line.txt"), "w", encoding="utf-8") as handle:
            written = 0
            while written < size:
                chunk = "".join(fill(rng.choice(LAWFUL + UNLAWFUL), rng).rstrip("。") + "，" for _ in range(2000))
                handle.write(chunk)
                written += len(chunk.encode("utf-8"))
        return
    target = int(total_mb * 1_000_000)
    written, index = 0, 0
    while written < target:
        # About 100 KB per file: several agreements bound together, as in a filing batch.
        text = "\n\n".join(agreement(rng) for _ in range(24))
        path = os.path.join(out, "agreement-%04d.md" % index)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        written += len(text.encode("utf-8"))
        index += 1
    print("%d files, %.1f MB" % (index, written / 1e6))


if __name__ == "__main__":
    main()
