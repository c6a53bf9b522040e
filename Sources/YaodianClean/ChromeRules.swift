/// The phrase tables of site chrome (extraction guide, section 1). Data, not code: adding a new
/// site's widget or footer wording is a one-line change here.
public enum ChromeRules {
    /// A line that starts with one of these is a breadcrumb (`当前位置：首页 > 政务公开`).
    public static let breadcrumbPrefixes: [String] = [
        "当前位置", "您现在的位置", "您现在所在的位置", "您当前的位置", "您当前位置", "您所在的位置", "您所在位置",
        "您的位置", "所在位置", "当前所在位置", "现在位置", "你的位置", "你现在的位置", "你当前的位置", "位置：", "位置:",
    ]

    /// Separators between breadcrumb levels, used to spot breadcrumbs without a prefix (`首页 > 新闻`).
    public static let breadcrumbSeparators: [String] = [">", "»", "›", "＞", "→", "->", "》"]

    /// View counters; a short line containing one is chrome.
    public static let counterWords: [String] = [
        "浏览次数", "点击次数", "浏览量", "阅读次数", "访问量", "点击数", "阅读量", "访问次数", "浏览人次", "点击量", "阅读数",
    ]

    /// Words of widgets and switches. A line made only of these (and separators) is chrome.
    /// Longer entries come first so that `打印本页` is removed before `打印`.
    public static let widgetWords: [String] = [
        "扫一扫在手机打开当前页", "扫一扫在手机上查看当前页面", "在手机上查看", "视力保护色", "打印本页", "关闭窗口", "关闭本页",
        "返回顶部", "加入收藏", "设为首页", "我要纠错", "分享到", "QQ空间", "朋友圈", "智能问答", "政务微信", "政务微博",
        "网站声明", "网站地图", "帮助说明", "上一篇", "下一篇", "适老版", "长辈版", "无障碍", "听全文", "背景色",
        "字号", "字体", "大中小", "打印", "关闭", "分享", "收藏", "返回", "保存", "纠错", "繁体", "简体", "繁體", "微信",
        "微博", "扫一扫", "默认", "放大", "缩小", "朗读", "首页", "登录", "注册", "搜索", "English", "QQ",
        "大", "中", "小",
    ]

    /// Separator characters that may surround widget words on a chrome line.
    public static let widgetSeparators: Set<Character> = [
        "【", "】", "[", "]", "|", ":", "：", "·", "•", "-", "/", "、", "(", ")", "（", "）", "｜", "丨", " ", "\u{3000}",
        "\u{A0}", "\t", "<", ">", "«", "»", "_",
    ]

    /// Footer wording: a short line containing one of these is chrome, and the first such line in
    /// the last part of a page starts the footer (everything short after it is chrome too).
    public static let footerWords: [String] = [
        "Copyright", "copyright", "COPYRIGHT", "版权所有", "ICP备", "ICP证", "公网安备", "网安备", "网站标识码",
        "主办单位", "主办：", "主办:", "承办单位", "承办：", "承办:", "技术支持", "网站维护", "维护单位", "扫一扫在手机",
        "网站声明", "网站地图", "©", "建议使用", "分辨率", "政府网站找错",
    ]

    /// Headings of the list of unrelated links that follows an article.
    public static let relatedLinksWords: [String] = [
        "相关链接", "相关阅读", "相关文章", "相关新闻", "推荐阅读", "延伸阅读", "相关信息", "相关稿件", "热点新闻", "猜你喜欢",
    ]

    /// Keywords of paywall and mirror-site banners. A parenthesised span containing one of these
    /// (`……(新文秘网…省略659字,正式会员可完整阅读)……`, `(未完,全文共2910字,当前仅显示1850字…`) is
    /// removed and marks a truncation.
    public static let bannerWords: [String] = [
        "正式会员", "完整阅读", "未完", "全文共", "当前仅显示", "请阅读下面提示", "付费阅读", "会员可见", "登录后阅读",
        "阅读全文", "查看全文", "本文来源于", "提示信息",
    ]

    /// Characters that bullet a line in spam blocks (a line of only these is junk).
    public static let bullets: Set<Character> = ["•", "·", "●", "○", "■", "□", "◆", "◇", "▪", "►", "▶", "◎", "★", "☆", "-", "*"]
}
