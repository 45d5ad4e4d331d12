//! `itplan report` end to end: the page itself, then the page as a
//! browser shows it (headless Chromium, offline).

mod chromium;
mod png;

use std::path::Path;

use super::*;

const BELLEVILLE: &str = "plans/belleville-2024.toml";
const CARLETON: &str = "plans/carleton-place-2022.toml";
const MINUS: char = '\u{2212}';

/// The page for `plan`, written with -o into `dir`.
fn page(dir: &Path, plan: &str, name: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    let output = assert_cmd::Command::cargo_bin("itplan")
        .expect("built")
        .current_dir(root())
        .args(["report", plan, "-o"])
        .arg(&path)
        .output()
        .expect("runs");
    assert!(
        output.status.success(),
        "itplan report {plan} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.stdout.is_empty(), "-o leaves standard output empty");
    path
}

/// The page with its generation date (the only thing that changes)
/// masked, one tag a line so that a change reads as a small diff.
fn dateless(html: &str) -> String {
    let marker = "<time datetime=\"";
    let at = html.find(marker).expect("the page is dated") + marker.len();
    let date = &html[at..at + "YYYY-MM-DD".len()];
    assert!(
        date.bytes().all(|b| b.is_ascii_digit() || b == b'-'),
        "{date}"
    );
    html.replace(date, "[date]").replace("><", ">\n<")
}

#[test]
fn belleville_page() {
    let html = stdout(&["report", BELLEVILLE]);
    insta::assert_snapshot!(dateless(&html));
}

#[test]
fn carleton_place_page_says_what_is_missing() {
    let html = stdout(&["report", CARLETON]);
    assert!(!html.contains("<svg"), "no empty axes");
    for missing in [
        "No headline figures",
        "No cash-flow chart: no initiative has a cost in a year of the 2023–2027 horizon (22 unscheduled, 22 uncosted of 22 initiatives)",
        "No tax-impact chart: the plan has no [levy] table",
        "No capacity chart: the plan has no [capacity] table",
        "No roadmap: none of the 22 initiatives has a start year",
        "The plan states no published figures to reconcile",
    ] {
        assert!(html.contains(missing), "missing: {missing}");
    }
    insta::assert_snapshot!(dateless(&html));
}

#[test]
fn every_shipped_plan_gives_a_self_contained_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (i, plan) in shipped_plans().iter().enumerate() {
        let path = page(dir.path(), plan, &format!("{i}.html"));
        let html = std::fs::read_to_string(path).expect("page written");
        assert!(html.starts_with("<!DOCTYPE html>"), "{plan}");
        assert!(html.contains("Content-Security-Policy\" content=\"default-src 'none';"));
        for external in ["<script", "<link", "<img", "<iframe", "@import", "url("] {
            assert!(!html.contains(external), "{plan} holds {external}");
        }
        // The only URL in the page is the SVG namespace, which is never fetched.
        let urls = html.matches("http://").count() + html.matches("https://").count();
        let namespaces = html.matches("xmlns=\"http://www.w3.org/2000/svg\"").count();
        assert_eq!(urls, namespaces, "{plan} names a URL");
        assert!(
            !html.contains(" -1") && !html.contains(">-"),
            "{plan}: hyphen as minus"
        );
    }
}

#[test]
fn text_from_the_plan_is_escaped_in_the_page_and_the_charts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = temp_plan(
        &dir,
        "hostile.toml",
        r#"[plan]
name = "Plan </title><script>alert(1)</script>"
organization = "Town & <b>Country</b>"
first_year = 2025
last_year = 2026

[levy]
base_year = 2025
base = 1_000_000
growth = "0%"

[[initiative]]
id = "X<1>"
name = "Replace \"routers\" & <switches>"
theme = "<Infra>"
start = 2025
one_time = -500
recurring = 100
"#,
    );
    let html = stdout(&["report", &plan]);
    assert!(!html.contains("<script") && !html.contains("<b>") && !html.contains("<switches>"));
    assert!(html.contains("Plan &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("Town &amp; &lt;b&gt;Country&lt;/b&gt;"));
    // In the roadmap's SVG too.
    assert!(
        html.contains("X&lt;1&gt;  Replace &quot;routers&quot; &amp; &lt;switches&gt;"),
        "{html}"
    );
    assert!(html.contains("&lt;INFRA&gt;"));
    // A negative one-time amount keeps the page's minus sign.
    assert!(html.contains("\u{2212}500") && !html.contains(">-500<"));
}

#[test]
fn a_long_roadmap_is_cut_and_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut text = String::from("[plan]\nname = \"Long\"\nfirst_year = 2025\nlast_year = 2027\n");
    for i in 0..160 {
        text.push_str(&format!(
            "\n[[initiative]]\nid = \"I-{i}\"\nname = \"Work {i}\"\nstart = {}\none_time = 1000\n",
            2025 + i % 3
        ));
    }
    let plan = temp_plan(&dir, "long.toml", &text);
    let html = stdout(&["report", &plan]);
    assert!(html.contains(
        "The roadmap shows the first 150 scheduled initiatives; 10 more are in the budget table."
    ));
    assert!(html.contains("Gantt chart of 150 scheduled initiatives"));
    assert!(html.contains(">I-149  Work 149<") || html.contains("I-149  Work 149\n"));
    assert!(!html.contains("I-150  Work 150"));
}

#[test]
fn without_o_the_page_goes_to_a_pipe() {
    let html = stdout(&["report", BELLEVILLE]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.trim_end().ends_with("</html>"));
}

/// Runs itplan in-process with standard output a terminal (or not).
fn on_terminal(args: &[&str], is_terminal: bool) -> (u8, String, String) {
    let args: Vec<std::ffi::OsString> = std::iter::once("itplan")
        .chain(args.iter().copied())
        .map(Into::into)
        .collect();
    let (mut input, mut out, mut err) = (&b""[..], Vec::new(), Vec::new());
    let mut io = itplan::Io::new(&mut input, &mut out, &mut err);
    io.is_terminal = is_terminal;
    let code = itplan::run_with(&args, &mut io);
    (
        code,
        String::from_utf8(out).expect("UTF-8"),
        String::from_utf8(err).expect("UTF-8"),
    )
}

#[test]
fn a_page_on_a_terminal_is_a_usage_error() {
    let (code, out, err) = on_terminal(&["report", BELLEVILLE], true);
    insta::assert_snapshot!(format!(
        "exit: {code}\n--- stdout ---\n{out}--- stderr ---\n{err}"
    ));
    assert_eq!((code, out.as_str()), (2, ""));
    // The tables alone are fine on a terminal; a file is always fine.
    let (code, out, _) = on_terminal(&["report", BELLEVILLE, "--format", "table"], true);
    assert_eq!(code, 0);
    assert!(out.contains("Tax impact (% of levy)") && out.contains("Surplus / deficit FTE"));
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("council.html");
    let target = path.display().to_string();
    let (code, out, _) = on_terminal(&["report", BELLEVILLE, "-o", &target], true);
    assert_eq!((code, out.as_str()), (0, ""));
    assert!(
        std::fs::read_to_string(&path)
            .expect("page")
            .starts_with("<!DOCTYPE html>")
    );
}

#[test]
fn the_tables_alone_as_json_and_markdown() {
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&["report", BELLEVILLE, "--format", "json"])).expect("JSON");
    assert_eq!(json["budget"]["totals"]["cash_flow"]["2025"], "1458000");
    assert_eq!(json["budget"]["tax_impact_percent"]["2027"], "1.9455");
    assert_eq!(json["capacity"]["rows"]["2026"]["surplus_fte"], "-1.86");
    assert!(json["check"]["stated"].is_array());
    let carleton: serde_json::Value =
        serde_json::from_str(&stdout(&["report", CARLETON, "--format", "json"])).expect("JSON");
    assert!(carleton["capacity"].is_null());
    let dir = tempfile::tempdir().expect("temp dir");
    let md = dir.path().join("tables.md");
    let code = exit_code(&["report", BELLEVILLE, "-o", &md.display().to_string()]);
    assert_eq!(code, 0);
    let text = std::fs::read_to_string(md).expect("markdown");
    assert!(text.starts_with("### "), "{}", &text[..100]);
}

#[test]
fn a_failed_run_leaves_no_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = temp_plan(
        &dir,
        "bad.toml",
        "[plan]\nname = \"x\"\nfirst_year = 2025\n",
    );
    let out = dir.path().join("out.html");
    let code = exit_code(&["report", &bad, "-o", &out.display().to_string()]);
    assert_eq!(code, 2);
    assert!(!out.exists());
}

/// Cells of the row of table `id` whose text holds `label`.
fn row_cells(dom: &str, id: &str, label: &str) -> Vec<String> {
    let start = dom
        .find(&format!("<table id=\"{id}\""))
        .unwrap_or_else(|| panic!("table {id} in the DOM"));
    let table = &dom[start..start + dom[start..].find("</table>").expect("table closes")];
    let row = table
        .split("<tr")
        .find(|row| row.contains(label))
        .unwrap_or_else(|| panic!("row {label} in {id}"));
    row.split("<td")
        .skip(1)
        .map(|cell| {
            let text = &cell[cell.find('>').map_or(0, |i| i + 1)..];
            text[..text.find("</td>").unwrap_or(text.len())].to_string()
        })
        .collect()
}

fn section<'a>(dom: &'a str, id: &str) -> &'a str {
    let start = dom
        .find(&format!("<section id=\"{id}\""))
        .unwrap_or_else(|| panic!("section {id}"));
    &dom[start..start + dom[start..].find("</section>").expect("section closes")]
}

#[test]
fn belleville_in_headless_chromium() {
    let Some(browser) = chromium::find() else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let path = page(dir.path(), BELLEVILLE, "belleville.html");
    let url = format!("file://{}", path.display());

    // 1. Screenshot, with every request and console message logged.
    let net_log = dir.path().join("net.json");
    let shot = dir.path().join("report.png");
    let run = chromium::run(
        &browser,
        &dir.path().join("profile-1"),
        &url,
        &[
            format!("--log-net-log={}", net_log.display()),
            "--window-size=1280,1000".into(),
            format!("--screenshot={}", shot.display()),
        ],
    );
    assert_eq!(
        chromium::page_requests(&net_log),
        Vec::<String>::new(),
        "requests left the page"
    );
    assert_eq!(
        chromium::console_lines(&run.stderr),
        Vec::<&str>::new(),
        "console messages"
    );
    let bytes = std::fs::read(&shot).unwrap_or_else(|_| panic!("no screenshot: {}", run.stderr));
    let image = png::decode(&bytes);
    assert_eq!((image.width, image.height), (1280, 1000));
    let ink = image
        .pixels
        .iter()
        .filter(|p| p.iter().all(|c| *c < 128))
        .count();
    let colours: std::collections::HashSet<_> = image.pixels.iter().collect();
    assert!(ink > 5_000, "the screenshot is blank: {ink} dark pixels");
    assert!(
        colours.len() > 20,
        "the screenshot has {} colours",
        colours.len()
    );
    if std::env::var_os("ITPLAN_UPDATE_SCREENSHOT").is_some() {
        std::fs::copy(&shot, root().join("examples/report.png")).expect("screenshot copied");
    }

    // 2. The DOM as Chromium parsed it: headline and table figures.
    let dom = chromium::run(
        &browser,
        &dir.path().join("profile-2"),
        &url,
        &["--dump-dom".into()],
    )
    .stdout;
    let headline = section(&dom, "headline");
    for figure in [
        "9,230,000".to_string(),
        "1.95%<span class=\"year\"> in 2027</span>".into(),
        format!("{MINUS}1.86 FTE<span class=\"year\"> in 2026</span>"),
    ] {
        assert!(
            headline.contains(&figure),
            "headline lacks {figure}:\n{headline}"
        );
    }
    // Some 2025 amounts are "tbd": the table says its total leaves them out.
    assert_eq!(
        row_cells(&dom, "budget-table", "Cash flow (")[5],
        "1,458,000 + tbd"
    );
    assert_eq!(
        row_cells(&dom, "budget-table", "Tax impact (% of levy)")[5],
        "1.15%"
    );
    assert_eq!(
        row_cells(&dom, "budget-table", "Change from prior year")[8],
        format!("{MINUS}0.62%")
    );
    assert_eq!(
        row_cells(&dom, "capacity-table", "Surplus / deficit FTE")[2],
        format!("{MINUS}1.54 FTE")
    );
    for described in [
        "2025: 1,458,000 + tbd (one-time 1,040,000)".to_string(),
        "2027: 1.95%".into(),
        format!("2024: available 832.65, demand 1,533.17, deficit {MINUS}1.54 FTE"),
        "Gantt chart of 72 scheduled initiatives grouped by theme: 59 dated".into(),
    ] {
        assert!(dom.contains(&described), "no chart describes {described}");
    }
    let svgs: Vec<&str> = dom.split("<svg").skip(1).collect();
    assert_eq!(svgs.len(), 4, "four charts");
    for svg in &svgs {
        let svg = &svg[..svg.find("</svg>").expect("svg closes")];
        assert!(
            svg.contains("<title id="),
            "chart without a title: {}",
            &svg[..200]
        );
        assert!(svg.contains("<desc id="), "chart without a description");
        assert!(svg.matches("<rect").count() > 4, "chart without marks");
    }

    // 3. Rendered sizes, measured by the browser after layout: a test page
    //    frames the report and reports each chart's box and marks.
    let harness = dir.path().join("measure.html");
    std::fs::write(&harness, MEASURE).expect("harness written");
    let measured = chromium::run(
        &browser,
        &dir.path().join("profile-3"),
        &format!("file://{}", harness.display()),
        &[
            "--allow-file-access-from-files".into(),
            "--virtual-time-budget=5000".into(),
            "--dump-dom".into(),
        ],
    )
    .stdout;
    let lines: Vec<&str> = measured
        .split("<pre id=\"measured\">")
        .nth(1)
        .and_then(|rest| rest.split("</pre>").next())
        .unwrap_or_else(|| panic!("nothing measured: {measured}"))
        .lines()
        .collect();
    let ids: Vec<&str> = lines
        .iter()
        .map(|l| l.split(' ').next().unwrap_or(""))
        .collect();
    assert_eq!(
        ids,
        [
            "chart-cash-flow",
            "chart-tax-impact",
            "chart-capacity",
            "chart-roadmap"
        ]
    );
    for line in lines {
        let numbers: Vec<u32> = line
            .split(' ')
            .skip(1)
            .map(|n| n.parse().expect("a number"))
            .collect();
        let [width, height, marks] = numbers[..] else {
            panic!("{line}")
        };
        assert!(width >= 600 && height >= 200, "{line}: too small");
        assert!(marks > 10, "{line}: no marks drawn");
    }
}

/// A page that frames the report and writes down, after layout, the
/// rendered width, height and number of marks of every chart.
const MEASURE: &str = r#"<!DOCTYPE html>
<html><body><iframe id="page" src="belleville.html" style="width:1280px;height:900px"></iframe>
<script>
document.getElementById("page").addEventListener("load", function () {
  var out = [];
  this.contentDocument.querySelectorAll("svg").forEach(function (svg) {
    var box = svg.getBoundingClientRect();
    var marks = svg.querySelectorAll("rect, circle, polyline, path").length;
    out.push([svg.id, Math.round(box.width), Math.round(box.height), marks].join(" "));
  });
  var pre = document.createElement("pre");
  pre.id = "measured";
  pre.textContent = out.join("\n");
  document.body.appendChild(pre);
});
</script></body></html>
"#;

/// The checks above would pass on a browser that logged nothing: this
/// page makes a request and a console error, and both must be seen.
#[test]
fn the_browser_checks_see_requests_and_console_errors() {
    let Some(browser) = chromium::find() else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let canary = dir.path().join("canary.html");
    std::fs::write(
        &canary,
        "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"https://fonts.example.com/a.css\"></head>\
         <body><script>console.error(\"canary\")</script></body></html>",
    )
    .expect("canary written");
    let net_log = dir.path().join("net.json");
    let run = chromium::run(
        &browser,
        &dir.path().join("profile"),
        &format!("file://{}", canary.display()),
        &[
            format!("--log-net-log={}", net_log.display()),
            "--dump-dom".into(),
        ],
    );
    assert_eq!(
        chromium::page_requests(&net_log),
        ["https://fonts.example.com/a.css"]
    );
    let console = chromium::console_lines(&run.stderr);
    assert!(
        console.iter().any(|l| l.contains("canary")),
        "console error not seen: {}",
        run.stderr
    );
}

/// A plan with funding: the budget table shows funding by source, debt
/// service and the levy requirement, and the tax-impact chart says it
/// charts the levy requirement. Checked in the page and, where Chromium
/// is installed, in the DOM the browser builds.
#[test]
fn funding_demo_page_shows_funding_debt_and_the_levy_requirement() {
    const FUNDING: &str = "examples/plans/funding-demo.toml";
    let check = |dom: &str| {
        // Columns: ID, initiative, start, one-time, recurring, then 2025–2029.
        for (label, column, expected) in [
            ("Funded by debt", 6, "1,800,000"),
            ("Funded by grant", 5, "170,000"),
            ("Debt service", 7, "227,481.88"),
            ("Levy requirement", 8, "659,636.47"),
            ("Tax impact (% of levy)", 8, "1.26%"),
        ] {
            assert_eq!(
                row_cells(dom, "budget-table", label)[column],
                expected,
                "{label}"
            );
        }
        assert!(dom.contains("Tax impact by year, 2025–2029 (levy requirement, % of levy)"));
        assert!(dom.contains("Levy requirement ÷ levy (%)"), "axis label");
        let headline = section(dom, "headline");
        assert!(
            headline.contains("1.26%<span class=\"year\"> in 2028</span>")
                && headline.contains("levy requirement ÷ that year's levy"),
            "{headline}"
        );
    };
    check(&stdout(&["report", FUNDING]));
    let Some(browser) = chromium::find() else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let path = page(dir.path(), FUNDING, "funding.html");
    let dom = chromium::run(
        &browser,
        &dir.path().join("profile"),
        &format!("file://{}", path.display()),
        &["--dump-dom".into()],
    )
    .stdout;
    check(&dom);
}

/// The reconciliation lists the loader's warnings with check's own, in
/// the order `itplan check` prints them.
#[test]
fn the_reconciliation_holds_the_warnings_check_reports() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = temp_plan(
        &dir,
        "warned.toml",
        r#"[plan]
name = "Warned"
first_year = 2025
last_year = 2026

[debt]
rate = "4%"
term = 5

[[initiative]]
id = "A"
name = "Early work"
start = 2024
one_time = 1_000
"#,
    );
    let html = stdout(&["report", &plan]);
    let reconciliation = section(&html, "reconciliation");
    let debt = reconciliation
        .find("[debt] has no effect")
        .expect("the loader's warning");
    let early = reconciliation
        .find("`A` starts in 2024")
        .expect("check's warning");
    assert!(debt < early, "file order, as check prints them");
    let check = stdout(&["check", &plan]);
    assert!(check.contains("[debt] has no effect") && check.contains("`A` starts in 2024"));
}
