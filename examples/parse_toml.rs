//! Reads a TOML file and parses it into a document, nothing more: the
//! yardstick for itplan's own speed on the same file.
//!
//! cargo run --release --example parse_toml -- /tmp/big.toml

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: parse_toml FILE")?;
    let text = std::fs::read_to_string(path)?;
    let (document, errors) = toml::de::DeTable::parse_recoverable(&text);
    println!(
        "{} top-level keys, {} errors",
        document.get_ref().len(),
        errors.len()
    );
    Ok(())
}
