import Foundation
import YaodianEmit

/// The frame every report page shares: the document head, the inline style sheet and the
/// inline scripts.
///
/// A report is opened from the file system, often on a machine without network, so a page
/// loads nothing: the CSS and the JavaScript are inline, there are no fonts, images or scripts
/// from elsewhere, and a Content-Security-Policy forbids any that a bug might add. Chinese text
/// gets a font stack of the CJK fonts each system ships (Noto/Source Han on Linux, PingFang on
/// macOS, Microsoft YaHei on Windows). The first script records every JavaScript error and
/// `console.error` in the page's `data-js-errors` attribute, and each page's own script ends by
/// setting `data-report-ready`, so a headless browser's DOM dump tells whether the scripts ran
/// cleanly (`scripts/check-report`).
public enum ReportPage {
    /// A whole page.
    public static func html(title: String, bodyClass: String, content: String, script: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
        <meta name="generator" content="yaodian \(HTMLEscaping.attribute(ToolVersion.current))">
        <title>\(HTMLEscaping.text(title))</title>
        <style>\(css)</style>
        <script>\(errorProbe)</script>
        </head>
        <body class="\(HTMLEscaping.attribute(bodyClass))">
        \(content)
        <script>\(script)</script>
        </body>
        </html>

        """
    }

    /// CJK-friendly fonts first, then the platform's sans-serif.
    public static let fontStack = "\"Noto Sans CJK SC\", \"Noto Sans SC\", \"Source Han Sans SC\", \"PingFang SC\", "
        + "\"Hiragino Sans GB\", \"Microsoft YaHei\", \"WenQuanYi Micro Hei\", \"Heiti SC\", system-ui, sans-serif"

    package static let css = """
    :root{--ink:#1f2328;--muted:#59636e;--line:#d8dee4;--bg:#f6f8fa;--accent:#0b57d0;--tag:#1e8e3e;--tag-bg:#e3f4e7;\
    --target:#d97706;--target-bg:#fff1c2;--flag:#c5221f;--flag-bg:#fde7e5;--sel:#7c3aed}
    *{box-sizing:border-box}
    html{font-family:\(fontStack);color:var(--ink);background:#fff;line-height:1.6}
    body{margin:0}
    a{color:var(--accent)}
    header.top{padding:14px 24px;border-bottom:1px solid var(--line);background:var(--bg)}
    header.top h1{margin:0;font-size:22px;font-weight:700}
    .sub{color:var(--muted);font-size:13px}
    .sub code,.mono{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:12px}
    main.index{padding:16px 24px 48px}
    h2{font-size:17px;margin:22px 0 10px}
    .cards{display:flex;flex-wrap:wrap;gap:12px;margin:4px 0 18px}
    .card{border:1px solid var(--line);border-radius:8px;padding:8px 16px;min-width:128px;background:#fff}
    .card b{display:block;font-size:26px;font-variant-numeric:tabular-nums}
    .card span{color:var(--muted);font-size:13px}
    .card.bad{border-color:var(--flag)}.card.bad b{color:var(--flag)}
    .charts{display:flex;flex-wrap:wrap;gap:20px;align-items:flex-start}
    figure{margin:0;border:1px solid var(--line);border-radius:8px;padding:12px 14px;background:#fff}
    figcaption{font-weight:600;margin-bottom:4px}
    svg.chart{display:block}
    svg.chart rect.bar{fill:#4c7be8}svg.chart rect.flagbar{fill:#e8710a}
    svg.chart text{fill:var(--ink)}svg.chart text.value,svg.chart .zero text{fill:#8c959f}
    svg.chart a:hover rect{fill:#1d4ed8}svg.chart a:hover text.label{text-decoration:underline}
    table.grid{border-collapse:collapse;width:100%;font-size:14px}
    table.grid th,table.grid td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
    table.grid th{background:var(--bg);white-space:nowrap}
    table.sortable th{cursor:pointer;user-select:none}
    table.sortable th[data-dir=asc]::after{content:" ▲"}table.sortable th[data-dir=desc]::after{content:" ▼"}
    table.grid .num{text-align:right;font-variant-numeric:tabular-nums}
    .chip{display:inline-block;border-radius:10px;padding:0 8px;margin:1px 2px;font-size:12px;line-height:18px;\
    background:var(--flag-bg);color:var(--flag);white-space:nowrap}
    .none{color:var(--muted)}
    .doc{display:grid;grid-template-columns:minmax(0,1fr) 400px}
    .text{padding:16px 32px 64px;min-width:0}
    .body{white-space:pre-wrap;overflow-wrap:anywhere;font-size:16px;line-height:2.05;max-width:54em;margin:0}
    aside{border-left:1px solid var(--line);background:var(--bg);padding:12px 16px 40px;position:sticky;top:0;\
    height:100vh;overflow:auto;font-size:14px}
    aside h2{font-size:15px;margin:16px 0 6px}
    aside h2:first-child{margin-top:4px}
    dl.meta{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:2px 10px;margin:0}
    dl.meta dt{color:var(--muted)}dl.meta dd{margin:0;overflow-wrap:anywhere}
    .legend span{margin-right:6px}
    .hl{cursor:pointer;scroll-margin-top:40vh}
    .clause:hover{background:#edf2fc}
    .cmark{display:inline-block;font:600 11px/16px ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;padding:0 6px;\
    margin:0 3px 0 0;border-radius:8px;background:var(--accent);color:#fff;vertical-align:2px;user-select:none;white-space:nowrap}
    .cmark small{font-size:10px;font-weight:400;opacity:.85;margin-left:4px}
    .cmark.s-cn_dun{background:#1e3a8a}.cmark.s-cn_paren{background:#0f766e}.cmark.s-arabic{background:#4f46e5}\
    .cmark.s-arabic_paren{background:#7e22ce}.cmark.s-circled{background:#be185d}.cmark.s-cn_shi{background:#92400e}\
    .cmark.s-paragraph{background:#6b7280}.cmark.s-chapter,.cmark.s-section,.cmark.s-article{background:#111827}
    .tag{background:var(--tag-bg);box-shadow:inset 0 -2px 0 var(--tag)}
    .target{background:var(--target-bg);box-shadow:inset 0 -2px 0 var(--target)}
    .target .target{background:#fcd977}
    .flag{background:var(--flag-bg);text-decoration:underline wavy var(--flag);text-decoration-skip-ink:none;text-underline-offset:5px}
    .flag.point{background:none;text-decoration:none;color:var(--flag);font-size:14px;padding:0 2px}
    .sw{display:inline-block;padding:0 6px;border-radius:3px;font-size:13px}
    .selected{outline:2px solid var(--sel);outline-offset:1px;border-radius:2px}
    .hl:target{outline:2px dashed var(--sel);outline-offset:2px}
    #selection{background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px 10px;min-height:48px}
    #selection .hint{color:var(--muted)}
    .row-detail h3{font-size:14px;margin:2px 0 4px}
    .row-detail.outer{border-top:1px dashed var(--line);margin-top:8px;padding-top:6px;opacity:.85}
    .row-detail table{border-collapse:collapse;font-size:13px;width:100%}
    .row-detail th,.row-detail td{text-align:left;vertical-align:top;padding:1px 6px 1px 0;overflow-wrap:anywhere}
    .row-detail th{color:var(--muted);font-weight:400;white-space:nowrap}
    ol.items{padding-left:22px;margin:4px 0}ol.items li{margin:2px 0}
    details summary{cursor:pointer;font-weight:600;margin:12px 0 4px}
    .excerpt{color:var(--muted)}
    @media (max-width:900px){.doc{display:block}aside{position:static;height:auto;border-left:0;border-top:1px solid var(--line)}}
    """

    /// Records script errors, failed resources and `console.error` calls in `data-js-errors`.
    package static let errorProbe = """
    (function(){var r=document.documentElement;function note(m){r.setAttribute('data-js-errors',\
    (r.getAttribute('data-js-errors')||'')+m+'\\n');}window.addEventListener('error',function(e){\
    note('error: '+(e.message||(e.target&&e.target.tagName)||'unknown'));},true);\
    window.addEventListener('unhandledrejection',function(e){note('rejection: '+e.reason);});\
    var ce=console.error;console.error=function(){note('console.error: '+Array.prototype.join.call(arguments,' '));\
    return ce.apply(console,arguments);};})();
    """

    /// A document page: a click on a highlight (or a link to one) shows its row, and the rows of
    /// the spans around it, in the `#selection` panel and outlines every fragment of it.
    package static let documentScript = """
    (function(){var body=document.getElementById('body'),panel=document.getElementById('selection'),marked=[];
    function keysOf(el){var keys=[];for(var n=el;n&&n!==body;n=n.parentElement){var k=n.getAttribute('data-row');
    if(k&&keys.indexOf(k)<0)keys.push(k);}return keys;}
    function select(el){marked.forEach(function(m){m.classList.remove('selected');});marked=[];var keys=keysOf(el);
    if(!keys.length)return;panel.textContent='';keys.forEach(function(k,i){var d=document.getElementById('row-'+k);
    if(!d)return;var c=d.cloneNode(true);c.removeAttribute('id');c.hidden=false;if(i>0)c.classList.add('outer');
    panel.appendChild(c);});var all=body.querySelectorAll('[data-row]');for(var j=0;j<all.length;j++){
    if(all[j].getAttribute('data-row')===keys[0]){all[j].classList.add('selected');marked.push(all[j]);}}}
    body.addEventListener('click',function(e){var t=e.target&&e.target.closest?e.target.closest('[data-row]'):null;
    if(t&&body.contains(t))select(t);});
    function fromHash(){var id='';try{id=decodeURIComponent(location.hash.slice(1));}catch(x){return;}
    var el=id?document.getElementById(id):null;if(el&&body.contains(el))select(el);}
    window.addEventListener('hashchange',fromHash);fromHash();
    document.documentElement.setAttribute('data-report-ready','1');})();
    """

    /// The index page: a click on a column heading sorts the table of documents.
    package static let indexScript = """
    (function(){var t=document.getElementById('docs');if(t&&t.tHead){var ths=t.tHead.rows[0].cells;
    Array.prototype.forEach.call(ths,function(th,i){th.addEventListener('click',function(){
    var num=th.classList.contains('num'),b=t.tBodies[0],rows=Array.prototype.slice.call(b.rows),
    dir=th.getAttribute('data-dir')==='asc'?-1:1;Array.prototype.forEach.call(ths,function(h){h.removeAttribute('data-dir');});
    th.setAttribute('data-dir',dir>0?'asc':'desc');rows.sort(function(x,y){
    var a=x.cells[i].getAttribute('data-v')||x.cells[i].textContent,c=y.cells[i].getAttribute('data-v')||y.cells[i].textContent;
    return dir*(num?(+a)-(+c):a.localeCompare(c,'zh-CN'));});rows.forEach(function(r){b.appendChild(r);});});});}
    document.documentElement.setAttribute('data-report-ready','1');})();
    """
}
