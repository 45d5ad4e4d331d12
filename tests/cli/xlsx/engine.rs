//! LibreOffice Calc as the spreadsheet engine: recalculates a workbook
//! the way a user's spreadsheet does, in a throwaway profile set to
//! always recalculate on load.

use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

/// LibreOffice converts one file at a time.
static ENGINE: Mutex<()> = Mutex::new(());

/// Recalculate every formula when a file is loaded, whatever it caches.
const ALWAYS_RECALCULATE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"#;

/// The `soffice` program, or None after a loud notice; in CI its absence fails.
pub fn soffice(test: &str) -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("soffice"))
            .find(|path| path.is_file())
    });
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "{test}: soffice (LibreOffice Calc) is not installed; .ci/run installs libreoffice-calc-nogui"
        );
        eprintln!(
            "SKIPPED: {test}: soffice (LibreOffice Calc) not installed, workbook not recalculated"
        );
    }
    found
}

/// The workbook as LibreOffice saves it after recalculating every formula.
pub fn recalculate(soffice: &Path, workbook: &[u8]) -> Vec<u8> {
    let _one_at_a_time = ENGINE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let dir = tempfile::tempdir().expect("a temporary folder");
    let profile = dir.path().join("profile");
    std::fs::create_dir_all(profile.join("user")).expect("profile folder");
    std::fs::write(
        profile.join("user/registrymodifications.xcu"),
        ALWAYS_RECALCULATE,
    )
    .expect("profile settings");
    let input = dir.path().join("plan.xlsx");
    std::fs::write(&input, workbook).expect("workbook written");
    let out = dir.path().join("out");
    let output = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "xlsx",
            "--outdir",
        ])
        .arg(&out)
        .arg(&input)
        .output()
        .expect("soffice runs");
    let converted = out.join("plan.xlsx");
    assert!(
        output.status.success() && converted.is_file(),
        "LibreOffice did not convert the workbook: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    std::fs::read(converted).expect("converted workbook")
}

/// The workbook with each sheet's XML passed through `edit`.
pub fn edit_sheets(workbook: &[u8], edit: impl Fn(&str, &str) -> String) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(workbook)).expect("an xlsx is a zip");
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).expect("zip entry");
        let name = file.name().expect("entry name").to_string();
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).expect("entry read");
        if name.starts_with("xl/worksheets/sheet") && name.ends_with(".xml") {
            let xml = String::from_utf8(bytes).expect("UTF-8 XML");
            bytes = edit(&name, &xml).into_bytes();
        }
        writer.start_file(name, options).expect("entry started");
        writer.write_all(&bytes).expect("entry written");
    }
    writer.finish().expect("zip finished").into_inner()
}

/// Every formula's cached value replaced by a wrong number, so only a
/// real recalculation can bring the right figures back.
pub fn poison(workbook: &[u8]) -> Vec<u8> {
    let poisoned = std::cell::Cell::new(0);
    let result = edit_sheets(workbook, |_, xml| {
        let (edited, count) = replace_cached_values(xml);
        poisoned.set(poisoned.get() + count);
        edited
    });
    assert!(poisoned.get() > 0, "the workbook has no formulas to poison");
    result
}

/// `</f><v>…</v>` becomes `</f><v>-987654.321</v>`; returns the count.
fn replace_cached_values(xml: &str) -> (String, usize) {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    let mut count = 0;
    while let Some(at) = rest.find("</f><v>") {
        let value_start = at + "</f><v>".len();
        let Some(len) = rest[value_start..].find("</v>") else {
            break;
        };
        out.push_str(&rest[..value_start]);
        out.push_str("-987654.321");
        rest = &rest[value_start + len..];
        count += 1;
    }
    out.push_str(rest);
    (out, count)
}

#[test]
fn poisoning_replaces_cached_values_only() {
    let xml = r#"<c r="E7"><f>A1+1</f><v>60000</v></c><c r="A1"><v>5</v></c><c t="str"><f>"x"</f><v>tbd</v></c>"#;
    let (edited, count) = replace_cached_values(xml);
    assert_eq!(count, 2);
    assert_eq!(
        edited,
        r#"<c r="E7"><f>A1+1</f><v>-987654.321</v></c><c r="A1"><v>5</v></c><c t="str"><f>"x"</f><v>-987654.321</v></c>"#
    );
}

/// The XML of one part of the workbook, e.g. `xl/worksheets/sheet1.xml`.
pub fn part(workbook: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(workbook)).expect("an xlsx is a zip");
    let mut file = archive.by_name(name).expect("the part exists");
    let mut xml = String::new();
    file.read_to_string(&mut xml).expect("UTF-8 XML");
    xml
}
