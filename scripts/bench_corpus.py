#!/usr/bin/env python3
"""Generates the benchmark corpus of scripts/bench from the seed documents in corpus/.

    scripts/bench_corpus.py OUT [--n 20000] [--seed 1] [--jobs 2]

Every document is a variation of the seeds, not a copy: top-level sections are shuffled and
renumbered (一、 1. （一） markers stay in sequence), sentences are shuffled inside paragraphs,
quantities, percentages and years change, place names change, and the result is wrapped in one of
several invented government-site templates (masthead, breadcrumb, metadata table, share widgets,
footer, hidden spam links, injected spam tags) or in text copied out of such a page (chrome lines,
scraper line breaks, CRLF). Big documents (up to 500 KB) join several varied seeds, as a
compilation page does; small ones (from 2 KB) keep only the first sections.

About 65% are HTML (OUT/html/), 35% text (OUT/text/); about a quarter of each is GBK (GB18030
bytes; HTML declares gb2312, gbk or GB18030), the rest UTF-8. Document i depends only on the seed
and i, so the first 20000 documents of N=100000 are those of N=20000. OUT/manifest.json records
counts and bytes per part.
"""
import argparse
import hashlib
import json
import math
import multiprocessing
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VERSION = 1  # bump when the output changes, so scripts/bench regenerates

CN_DIGITS = "零一二三四五六七八九"


def cn_numeral(n):
    """1..99 as a Chinese numeral (十一, 二十, 三十二)."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CN_DIGITS[tens]
    return head + "十" + (CN_DIGITS[ones] if ones else "")


# --- seeds --------------------------------------------------------------------------------

CHROME_WORDS = [
    "当前位置", "您当前的位置", "发布日期", "发布时间", "浏览次数", "浏览量", "分享", "关闭", "打印", "信息来源",
    "索引号", "成文日期", "有效性", "Copyright", "ICP", "网站", "扫一扫", "智能问答", "主办单位", "联系电话", "【字号",
]
TITLE_RE = re.compile(r"^[^。，,]{6,40}(要点|总结|报告|方案|计划|规划)$")
TOP_RE = re.compile(r"^([一二三四五六七八九十]+)、")
ARABIC_RE = re.compile(r"^(\d{1,2})([.．、])(?!\d)")
PAREN_RE = re.compile(r"^([（(])([一二三四五六七八九十]+)([）)])")
PLACES = ["嘉兴", "杭州", "重庆", "广元", "利州", "东海"]


def load_seeds():
    seeds = []
    corpus = os.path.join(ROOT, "corpus")
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(corpus, name), encoding="utf-8") as f:
            text = f.read()
        text = re.sub(r"<[^>]*>", "\n", text)
        lines = []
        kind = "工作要点"
        for raw in text.splitlines():
            line = raw.strip(" \t\u3000\u00a0•")
            if not line or re.fullmatch(r"[\d.、•·\s]+", line):
                continue
            if len(line) < 60 and any(w in line for w in CHROME_WORDS):
                continue
            if len(line) < 16 and line.endswith("政府"):
                continue
            if not lines and TITLE_RE.match(line):
                kind = "调研报告" if line.endswith("报告") else "工作要点"
                continue
            lines.append(line)
        seeds.append({"name": name, "lines": lines, "kind": kind})
    return seeds


# --- variation ----------------------------------------------------------------------------

REGIONS = [
    "临江市", "云川市", "青禾县", "安澜区", "南屏县", "北溪市", "东湖区", "西陵县", "桐城区", "松阳县", "白河市", "金沙县",
    "玉泉区", "长宁县", "凤鸣市", "柳岸区", "石门县", "溪口镇", "梅山县", "清源市", "河阳区", "丰城市", "宁远县", "新港区",
]
UNIT_AFTER = "万亿个家人所项张名支次%‰元台辆床例岁天件户批场期篇"
NUMBER_RE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?![\d.])")


def vary_number(match, text, rng, year_shift):
    s = match.group(1)
    end = match.end()
    nxt = text[end:end + 1]
    value = float(s)
    if "." not in s and 2000 <= value <= 2030 and (nxt in ("年", "-", "/") or not nxt):
        return str(int(value) + year_shift)
    if not nxt or nxt not in UNIT_AFTER or rng.random() < 0.3:
        return s
    decimals = len(s.split(".")[1]) if "." in s else 0
    new = value * rng.uniform(0.6, 1.6)
    if nxt in "%‰":
        new = min(new, 100.0 if value <= 100 else new)
    if decimals:
        return f"{new:.{decimals}f}"
    return str(max(1, int(round(new))))


def vary_line(line, rng, year_shift, places):
    # Keep the clause marker at the start untouched.
    marker = ""
    for rx in (TOP_RE, ARABIC_RE, PAREN_RE):
        m = rx.match(line)
        if m:
            marker, line = line[:m.end()], line[m.end():]
            break
    sentences = re.findall(r"[^。]*。|[^。]+$", line)
    if len(sentences) >= 4 and rng.random() < 0.6:
        middle = sentences[1:-1]
        rng.shuffle(middle)
        sentences = [sentences[0]] + middle + [sentences[-1]]
    line = "".join(sentences)
    line = NUMBER_RE.sub(lambda m: vary_number(m, line, rng, year_shift), line)
    for old, new in places.items():
        line = line.replace(old, new)
    return marker + line


def renumber(lines):
    """Renumbers 一、 markers in order, and 1. / （一） markers either across the document or per
    section, as the original numbered them."""
    top = 0
    arabic = 0
    paren = 0
    arabic_restarts = paren_restarts = False
    seen_top = 0
    for line in lines:
        if TOP_RE.match(line):
            seen_top += 1
        m = ARABIC_RE.match(line)
        if m and seen_top > 1 and m.group(1) == "1":
            arabic_restarts = True
        m = PAREN_RE.match(line)
        if m and seen_top > 1 and m.group(2) == "一":
            paren_restarts = True
    out = []
    for line in lines:
        m = TOP_RE.match(line)
        if m:
            top += 1
            line = cn_numeral(top) + "、" + line[m.end():]
            if arabic_restarts:
                arabic = 0
            if paren_restarts:
                paren = 0
        m = ARABIC_RE.match(line)
        if m:
            arabic += 1
            line = str(arabic) + m.group(2) + line[m.end():]
        m = PAREN_RE.match(line)
        if m:
            paren += 1
            line = m.group(1) + cn_numeral(paren) + m.group(3) + line[m.end():]
        out.append(line)
    return out


def varied_body(seed, rng, year_shift, region):
    lines = seed["lines"]
    places = {p: region[:-1] if region[-1] in "市县区镇" else region for p in PLACES}
    # Sections: the preamble (and a table of contents) stays first; sections are shuffled.
    starts = [i for i, line in enumerate(lines) if TOP_RE.match(line)]
    if len(starts) >= 3 and len(set(TOP_RE.match(lines[i]).group(1) for i in starts)) == len(starts) and rng.random() < 0.7:
        pre = lines[:starts[0]]
        sections = [lines[a:b] for a, b in zip(starts, starts[1:] + [len(lines)])]
        tail = []
        # The last section may end with a signature or date line: keep it last.
        rng.shuffle(sections)
        lines = pre + [line for s in sections for line in s] + tail
    lines = renumber(lines)
    return [vary_line(line, rng, year_shift, places) for line in lines]


def title_for(kind, year, region, rng):
    if kind == "调研报告":
        return rng.choice([f"{region}卫生健康事业发展情况调研报告", f"关于{region}{year - 1}年卫生健康工作的调研报告"])
    return rng.choice([
        f"{year}年{region}卫生健康工作要点", f"{region}卫生健康局{year}年工作要点", f"{year}年全{region[-1]}卫生健康工作要点",
        f"{region}{year}年卫生健康工作计划", f"{region}{year}年公共卫生服务实施方案",
    ])


# --- templates ----------------------------------------------------------------------------

SPAM = ["澳门威尼斯人娱乐", "彩票平台注册送彩金", "网上真人赌场", "日本一本道高清", "快三计划稳赚", "代开发票",
        "办理各类证件", "六合彩开奖结果", "老虎机在线玩", "高仿手表批发"]
SPAM_TAGS = ["legend", "samp", "sup", "mark", "del", "track", "delect", "address", "menuitem", "rt", "meter", "option", "rp", "th"]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def spam_links(rng, n=6):
    return "".join(f'<a href="http://{rng.randrange(10**6):06d}.example.cn/">{rng.choice(SPAM)}</a>' for _ in range(n))


def spam_tag(rng):
    tag = rng.choice(SPAM_TAGS)
    ident = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(5))
    return f'<{tag} id="{ident}"></{tag}>'


def body_html(lines, rng, style):
    out = []
    for line in lines:
        t = esc(line)
        if style == "p":
            out.append(f'<p style="text-indent:2em;">{t}</p>')
        elif style == "br":
            out.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{t}<br/>\n<br/>")
        elif style == "font":
            out.append(f'<p><font face="仿宋_GB2312" size="4"><span style="font-size:16pt;">{t}</span></font></p>')
        elif style == "spam":
            out.append(f"\n        {spam_tag(rng)}{t}{spam_tag(rng)}\n")
        else:
            out.append(f"<div>{t}</div>")
        if rng.random() < 0.04:
            out.append(f'<p style="display:none">{spam_links(rng, 3)}</p>')
    return "\n".join(out)


def meta_table(d):
    return (
        '<table class="xxgk-info" width="100%" border="0"><tbody>'
        f'<tr><td class="t">索&nbsp;引&nbsp;号：</td><td>{d["index"]}</td><td class="t">发布机构：</td><td>{d["publisher"]}</td></tr>'
        f'<tr><td class="t">主题分类：</td><td>卫生、体育</td><td class="t">成文日期：</td><td>{d["written"]}</td></tr>'
        f'<tr><td class="t">文&nbsp;&nbsp;&nbsp;&nbsp;号：</td><td>{d["docno"]}</td><td class="t">发布日期：</td><td>{d["date"]}</td></tr>'
        f'<tr><td class="t">名&nbsp;&nbsp;&nbsp;&nbsp;称：</td><td colspan="3">{esc(d["title"])}</td></tr>'
        "</tbody></table>"
    )


def head(d, charset, extra=""):
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />' if charset else ""
    return (
        f"<head>{meta}<title>{esc(d['title'])}_{d['site']}</title>"
        f'<meta name="keywords" content="卫生健康,工作要点,{d["region"]}" />'
        f'<meta name="ArticleTitle" content="{esc(d["title"])}" /><meta name="PubDate" content="{d["date"]} 09:30" />'
        f'<meta name="ContentSource" content="{d["publisher"]}" />{extra}'
        '<link rel="stylesheet" href="/css/common.css" type="text/css" />'
        "<style>.hide{display:none} body{font-family:'微软雅黑'} .nav li{float:left}</style>"
        '<script src="/js/jquery-1.8.3.min.js"></script>'
        "<script>var _hmt=_hmt||[];(function(){var hm=document.createElement('script');hm.src='//hm.example.cn/hm.js';})();</script>"
        "</head>"
    )


NAV = ["首页", "机构概况", "政务公开", "新闻动态", "办事服务", "互动交流", "专题专栏"]


def tpl_classic(d, lines, rng, charset):
    nav = "".join(f'<li><a href="/{i}/">{n}</a></li>' for i, n in enumerate(NAV))
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        f'<html xmlns="http://www.w3.org/1999/xhtml">{head(d, charset)}<body>\n'
        f'<div class="top"><div class="logo"><img src="/images/logo.png" alt="{d["site"]}"/></div>'
        f'<div class="topright">{datetime_line(d)} <a href="#">无障碍</a> <a href="#">长辈版</a></div></div>\n'
        f'<div class="nav"><ul>{nav}</ul></div>\n'
        '<div class="hide" style="display:none">' + spam_links(rng, 8) + "</div>\n"
        f'<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/jhzj/">计划总结</a></div>\n'
        f'<div class="xxgk">{meta_table(d)}</div>\n'
        f'<div class="article"><h1 class="title">{esc(d["title"])}</h1>\n'
        f'<div class="info">发布时间：{d["date"]}&nbsp;&nbsp;来源：{d["publisher"]}&nbsp;&nbsp;浏览次数：<span id="hits">{rng.randrange(50, 9000)}</span></div>\n'
        f'<div class="content" id="zoom">{body_html(lines, rng, rng.choice(["p", "font", "div"]))}</div>\n'
        '<div class="tools">【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 <a href="#">打印本页</a> <a href="#">关闭窗口</a></div>\n'
        '<div class="bdsharebuttonbox"><a class="bds_weixin">微信</a><a class="bds_tsina">微博</a><a class="bds_qzone">QQ空间</a></div>\n'
        "</div>\n"
        f'<div class="related"><h3>相关链接</h3><ul><li><a href="#">{d["region"]}召开卫生健康工作会议</a></li><li><a href="#">关于开展健康促进活动的通知</a></li></ul></div>\n'
        f'<div class="bottom"><p>主办单位：{d["publisher"]}　地址：{d["region"]}人民路{rng.randrange(1, 300)}号</p>'
        f'<p>版权所有 © {d["year"]} {d["site"]}　{d["icp"]}　网站标识码：{rng.randrange(10**9, 10**10)}</p></div>\n'
        "<script>document.getElementById('hits').innerHTML='1';</script></body></html>\n"
    )


def datetime_line(d):
    return f"今天是：{d['date']}"


def tpl_modern(d, lines, rng, charset):
    crumbs = " » ".join(f'<a href="#">{c}</a>' for c in ["首页", "信息公开", "法定主动公开内容", "规划计划"])
    return (
        '<!doctype html><html lang="zh-CN">' + head(d, charset, '<meta name=viewport content="width=device-width">') + "<body>\n"
        f'<header class="site-header"><div class="brand">{d["site"]}</div>'
        f'<nav class="main-nav">{"".join(f"<a href=#>{n}</a>" for n in NAV)}</nav>'
        '<form class="search"><input type="text" placeholder="请输入关键字"/><button>搜索</button></form></header>\n'
        f'<main><div class="breadcrumb">您现在的位置：{crumbs}</div>\n'
        '<section class="doc-meta"><dl>'
        f'<dt>索引号：</dt><dd>{d["index"]}</dd><dt>发布机构：</dt><dd>{d["publisher"]}</dd>'
        f'<dt>发布日期：</dt><dd>{d["date"]}</dd><dt>文号：</dt><dd>{d["docno"]}</dd></dl></section>\n'
        f'<article><h2>{esc(d["title"])}</h2>\n'
        f'<div class="article-body">{body_html(lines, rng, "p")}</div></article>\n'
        '<div class="share">分享到：<a class="wx">微信</a> <a class="wb">微博</a></div>\n'
        '<div class="opts"><a>【打印】</a><a>【关闭】</a><a>【返回顶部】</a></div>\n'
        f'<aside class="sidebar"><h4>热点新闻</h4><ul><li>{d["region"]}开展义诊活动</li><li>健康知识进社区</li></ul></aside></main>\n'
        f'<div aria-hidden="true" class="seo">{spam_links(rng, 5)}</div>\n'
        f'<footer><p>Copyright © {d["year"]} {d["site"]} All Rights Reserved</p><p>{d["icp"]} {d["police"]}</p></footer>\n'
        "</body></html>\n"
    )


def tpl_spam(d, lines, rng, charset):
    # Seed 000's page: text lines between injected empty tags, markers as list items.
    junk = "".join(spam_tag(rng) for _ in range(rng.randrange(8, 20)))
    bullets = "".join(f"<li>{spam_tag(rng)}</li>" for _ in range(4))
    return (
        f"<html>{head(d, charset)}<body>{junk}\n<ul>{bullets}</ul>\n"
        f'<div class="dqwz">\n        当前位置:\n</div>\n<div class="tit">\n        {esc(d["title"])}\n</div>\n'
        f'<div class="fbrq">\n        发布日期:{d["date"]} 浏览次数:\n</div>\n'
        f"<div class=\"zw\">{body_html(lines, rng, 'spam')}</div>\n"
        f'<div class="ly">\n        信息来源: {d["publisher"]}\n</div>\n'
        "<div>\n        分享:\n        关闭 打印\n</div>\n"
        f'<div style="position:absolute;left:-9999px;top:-9999px">{spam_links(rng, 10)}</div>'
        "</body></html>\n"
    )


def tpl_table(d, lines, rng, charset):
    # An old table-layout site with <br> lines and a hidden div of links.
    return (
        f'<HTML>{head(d, charset)}<BODY leftmargin="0" topmargin="0">\n'
        '<TABLE width="1000" align="center" cellpadding="0" cellspacing="0"><TR><TD>'
        f'<TABLE width="100%"><TR><TD><IMG src="/images/banner.jpg"></TD></TR><TR><TD class="menu">'
        + " | ".join(f"<A href=#>{n}</A>" for n in NAV)
        + "</TD></TR></TABLE>\n"
        f'<TABLE width="100%"><TR><TD class="wz">您所在的位置：<A href="/">首页</A> → <A href="#">通知公告</A></TD></TR></TABLE>\n'
        f'<TABLE width="100%"><TR><TD align="center"><FONT size="5"><B>{esc(d["title"])}</B></FONT></TD></TR>'
        f'<TR><TD align="center">发布时间：{d["date"]}　　文章来源：{d["publisher"]}　　点击数：{rng.randrange(10, 5000)}</TD></TR>'
        f'<TR><TD class="content">{body_html(lines, rng, "br")}</TD></TR></TABLE>\n'
        '<DIV style="display:none">' + spam_links(rng, 12) + "</DIV>\n"
        f'<TABLE width="100%"><TR><TD align="center">{d["site"]} 版权所有<BR>技术支持：某某信息技术有限公司　{d["icp"]}</TD></TR></TABLE>'
        "</TD></TR></TABLE></BODY></HTML>\n"
    )


def tpl_mirror(d, lines, rng, charset):
    # A mirror site that cuts the text with a paywall banner.
    cut = max(3, len(lines) * 2 // 3)
    banner = (f"……(新文秘网http://www.example-wm.cn省略{rng.randrange(300, 3000)}字,正式会员可完整阅读)……"
              if rng.random() < 0.5 else "")
    shown = lines[:cut]
    if banner and shown:
        shown = shown[:-1] + [shown[-1][: len(shown[-1]) // 2] + banner + shown[-1][len(shown[-1]) // 2:]]
    return (
        f'<!DOCTYPE html><html>{head(d, charset)}<body><div id="header"><a href="/">范文网</a> '
        '<span>设为首页</span> <span>加入收藏</span></div>\n'
        f'<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="#">工作要点</a> &gt; 正文</div>\n'
        f'<div id="article"><h1>{esc(d["title"])}</h1><div class="author">作者：佚名　更新时间：{d["date"]}</div>\n'
        f"<div id=\"content\">{body_html(shown, rng, 'p')}</div></div>\n"
        '<div class="pagination"><a>上一页</a><a>1</a><a>2</a><a>下一页</a></div>\n'
        f'<div id="footer">Copyright © 2008-{d["year"]} 范文网 {d["icp"]}</div></body></html>\n'
    )


def tpl_xhtml(d, lines, rng, charset):
    enc = charset or "utf-8"
    return (
        f'<?xml version="1.0" encoding="{enc}"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        + head(d, charset, '<meta property="og:title" content="' + esc(d["title"]) + '"/>') + "<body>"
        f'<div id="wza" class="wza-bar">无障碍浏览 | 长辈版</div>'
        f'<div class="masthead"><span>{d["site"]}</span></div>'
        f'<div class="location">当前所在位置：<a>首页</a> &gt; <a>政策文件</a></div>'
        f'<div class="doc"><div class="doc-title">{esc(d["title"])}</div>'
        f'<div class="doc-info">来源：{d["publisher"]}　　发布日期：{d["date"]}　　【字体：大 中 小】</div>'
        f'<div class="doc-content"><div class="TRS_Editor">{body_html(lines, rng, "font")}</div></div>'
        '<div class="qrcode">扫一扫在手机打开当前页</div></div>'
        f'<div class="foot-info">网站标识码：{rng.randrange(10**9, 10**10)}　{d["icp"]}　{d["police"]}</div>'
        f'<div hidden="hidden">{spam_links(rng, 6)}</div></body></html>\n'
    )


HTML_TEMPLATES = [tpl_classic, tpl_modern, tpl_spam, tpl_table, tpl_mirror, tpl_xhtml]


def text_doc(d, lines, rng):
    """Text copied out of a page: chrome lines around the body, as seeds 002 and 003."""
    style = rng.randrange(4)
    out = []
    if style == 0:
        out += [d["site"], f"您当前的位置:首页 » {d['title'][:18]} » 详情", d["title"],
                f"发布时间: {d['date']}   来源: {d['publisher']}   信息类型: 部门动态    浏览量:", "【字号:", "打印", ""]
    elif style == 1:
        out += [f"索引号 | {d['index']} | 文件编号 | 发布机构 | {d['publisher']} | |",
                f"成文日期 | {d['written']} | 主题分类 | 文化、卫生、体育 | 组配分类 | 计划总结 |",
                "有效性 | 公开形式 | 主动公开 | 公开范围 | 面向全社会 |", d["title"]]
    elif style == 2:
        out += [d["title"], ""]
    else:
        out += ["当前位置：首页 > 政务公开 > 工作计划", d["title"], f"发布日期：{d['date']}　　来源：{d['publisher']}", ""]
    breaks = rng.random() < 0.3
    for line in lines:
        if breaks and len(line) > 90:
            # Scraper line breaks in the middle of sentences (LineJoiner joins them back).
            width = rng.randrange(60, 90)
            out += [line[k:k + width] for k in range(0, len(line), width)]
        else:
            out.append(line)
        if style != 1 and rng.random() < 0.5:
            out.append("")
    if style in (0, 3):
        out += ["", "扫一扫在手机打开当前页", "网站声明 | 网站地图 | 帮助说明",
                f"Copyright {d['year']} {d['site']} All Rights Reserved 主办单位:{d['publisher']}",
                f"政府网站标识码{rng.randrange(10**9, 10**10)} {d['icp']}"]
    newline = "\r\n" if rng.random() < 0.2 else "\n"
    return newline.join(out) + newline


# --- documents ----------------------------------------------------------------------------

def target_size(rng):
    if rng.random() < 0.93:
        return int(math.exp(rng.uniform(math.log(2_000), math.log(40_000))))
    return int(math.exp(rng.uniform(math.log(40_000), math.log(500_000))))


def make_document(i, seed, seeds):
    rng = random.Random(f"{seed}:{i}")
    is_html = rng.random() < 0.65
    gbk = rng.random() < 0.25
    size = target_size(rng)
    year = rng.randrange(2016, 2026)
    region = rng.choice(REGIONS)
    first = rng.choice(seeds)
    d = {
        "year": year, "region": region, "title": title_for(first["kind"], year, region, rng),
        "publisher": region + rng.choice(["卫生健康局", "卫生健康委员会", "卫生和计划生育局", "人民政府办公室"]),
        "site": region + rng.choice(["人民政府", "卫生健康委员会", "政府门户网站"]),
        "date": f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
        "written": f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
        "index": f"{rng.randrange(10**8, 10**9)}X/{year}-{rng.randrange(10000, 99999)}",
        "docno": f"{region[:2]}卫健〔{year}〕{rng.randrange(1, 120)}号",
        "icp": f"{rng.choice('浙川渝苏赣湘皖鲁')}ICP备{rng.randrange(10**7, 10**8)}号-{rng.randrange(1, 5)}",
        "police": f"公网安备 {rng.randrange(10**13, 10**14)}号",
    }
    bytes_per_char = 2 if gbk else 3
    budget = size // bytes_per_char - (0 if not is_html else 1500)
    lines = varied_body(first, rng, year - 2021, region)
    used = sum(len(line) for line in lines)
    while used < budget:
        # A compilation page: further varied documents, each under its own title.
        other = rng.choice(seeds)
        other_region = rng.choice(REGIONS)
        extra = [title_for(other["kind"], year, other_region, rng)] + varied_body(other, rng, year - 2021, other_region)
        lines += extra
        used += sum(len(line) for line in extra)
    while len(lines) > 4 and used > budget * 1.1:
        used -= len(lines.pop())
    if used > max(budget, 300) * 1.5 and lines:
        # Still too long for a small page: shorten the last paragraph.
        lines[-1] = lines[-1][: max(40, len(lines[-1]) - int(used - budget))]
    if is_html:
        charset = rng.choice(["gb2312", "gbk", "GB18030"]) if gbk else rng.choice(["utf-8", "UTF-8", ""])
        text = rng.choice(HTML_TEMPLATES)(d, lines, rng, charset)
        ext = rng.choice([".html", ".html", ".htm", ".shtml"])
    else:
        text = text_doc(d, lines, rng)
        ext = ".txt"
    data = text.encode("gb18030" if gbk else "utf-8")
    part = "html" if is_html else "text"
    return part, f"{part}/{i // 1000:03d}/d{i:06d}{ext}", data


def generator_hash():
    h = hashlib.sha256()
    with open(os.path.abspath(__file__), "rb") as f:
        h.update(f.read())
    corpus = os.path.join(ROOT, "corpus")
    for name in sorted(os.listdir(corpus)):
        if name.endswith(".txt"):
            with open(os.path.join(corpus, name), "rb") as f:
                h.update(f.read())
    return h.hexdigest()[:16]


_SEEDS = None


def _work(args):
    start, stop, seed, out = args
    totals = {"html": [0, 0], "text": [0, 0]}
    for i in range(start, stop):
        part, rel, data = make_document(i, seed, _SEEDS)
        path = os.path.join(out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        totals[part][0] += 1
        totals[part][1] += len(data)
    return totals


def main():
    global _SEEDS
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    stamp = {"version": VERSION, "generator": generator_hash(), "n": args.n, "seed": args.seed}
    manifest_path = os.path.join(args.out, "manifest.json")
    if os.path.exists(manifest_path):
        with open(manifest_path) as f:
            old = json.load(f)
        if all(old.get(k) == v for k, v in stamp.items()):
            print(f"corpus {args.out} is up to date", file=sys.stderr)
            return
    if os.path.isdir(args.out):
        import shutil
        shutil.rmtree(args.out)
    os.makedirs(args.out)
    _SEEDS = load_seeds()
    chunk = 500
    tasks = [(s, min(s + chunk, args.n), args.seed, args.out) for s in range(0, args.n, chunk)]
    totals = {"html": [0, 0], "text": [0, 0]}
    with multiprocessing.get_context("fork").Pool(max(1, args.jobs)) as pool:
        for t in pool.imap_unordered(_work, tasks):
            for part in totals:
                totals[part][0] += t[part][0]
                totals[part][1] += t[part][1]
    manifest = dict(stamp, parts={p: {"documents": c, "bytes": b} for p, (c, b) in totals.items()})
    with open(manifest_path, "w") as f:
        json.dump(manifest, f, indent=1)
    print(json.dumps(manifest), file=sys.stderr)


if __name__ == "__main__":
    main()
