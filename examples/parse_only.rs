//! The yardstick for itplan's speed: reads a plan and parses it into a
//! `toml::Table`, nothing more.
//!
//! cargo run --release --example parse_only -- /tmp/big.toml

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: parse_only PLAN.toml")?;
    let text = std::fs::read_to_string(path)?;
    let table: toml::Table = text.parse()?;
    // Use the result, so the parse cannot be optimised away.
    std::hint::black_box(&table);
    Ok(())
}
