//! The page's one stylesheet, inline: screen and print (landscape, a
//! section per page, rows never split).

pub(crate) const CSS: &str = r#"
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #c8ced6; --band: #eef2f6; --deficit: #8b1a1a; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 24px 32px 48px; color: var(--ink); background: #fff;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 0 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 16px; margin: 20px 0 8px; }
header .organization { font-size: 17px; margin: 0 0 12px; color: var(--muted); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
section { margin-top: 32px; }
dl.headline { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 12px; margin: 0; }
.figure { border: 1px solid var(--rule); border-left: 6px solid var(--ink); padding: 10px 14px; }
.figure dt { color: var(--muted); font-size: 13px; }
.figure dd { margin: 2px 0 0; }
.figure .value { display: block; font-size: 24px; font-weight: 700; font-variant-numeric: tabular-nums; }
.figure .year { display: block; font-size: 14px; font-weight: 600; line-height: 1.3; }
.figure .detail { display: block; font-size: 12px; color: var(--muted); }
.figure.deficit { border-left-color: var(--deficit); }
figure { margin: 0 0 24px; }
figure svg.chart { display: block; width: 100%; max-width: 960px; height: auto; border: 1px solid var(--rule); }
figcaption { font-weight: 600; margin-bottom: 6px; }
.chart-note { font-size: 13px; color: var(--muted); margin: 4px 0 0; }
p.missing { border: 1px dashed var(--rule); background: #fafafa; padding: 10px 14px; margin: 0 0 16px; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-size: 12px; font-variant-numeric: tabular-nums; margin-bottom: 8px; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
#budget-table td:nth-child(2) { min-width: 14em; }
th, td { border-bottom: 1px solid var(--rule); padding: 3px 8px; vertical-align: top; text-align: left; }
thead th { border-bottom: 2px solid var(--ink); background: var(--band); }
.num { text-align: right; white-space: nowrap; }
tr.heading td { background: var(--band); font-weight: 700; padding-top: 8px; }
tr.subtotal td { font-weight: 600; border-top: 1px solid var(--ink); }
tr.total td { font-weight: 700; border-top: 1px solid var(--ink); }
td.deficit { font-weight: 700; color: var(--deficit); }
tr.problem td { font-weight: 700; color: var(--deficit); }
p.headline { font-weight: 700; margin: 0 0 6px; }
p.headline.alarm { color: var(--deficit); }
ul.notes { font-size: 12px; color: var(--muted); margin: 4px 0 0; padding-left: 18px; }
ul.ids { columns: 2; font-size: 13px; }
footer { margin-top: 40px; font-size: 12px; color: var(--muted); }
@page { size: landscape; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  section { break-before: page; margin-top: 0; }
  section#headline { break-before: avoid; margin-top: 16px; }
  h2, h3, caption, figcaption { break-after: avoid; }
  figure { break-inside: avoid; }
  figure svg.chart { width: auto; max-width: 100%; max-height: 165mm; border: none; }
  .table-wrap { overflow: visible; }
  table { font-size: 9px; width: 100%; }
  thead { display: table-header-group; }
  tr, td, th { break-inside: avoid; }
  ul.notes { break-inside: avoid; }
  p.headline { break-after: avoid; }
}
"#;
