//! Tables inside a table: `[plan]` in the file, `[[initiative]]` entries,
//! `[[capacity.team]]`; each read through its own `Fields`.

use toml::de::DeValue;

use super::Fields;
use crate::plan::registry::Type;

impl Fields<'_, '_, '_> {
    /// The sub-table `key`, read by `read`.
    pub fn table<T>(
        &mut self,
        key: &str,
        read: impl FnOnce(&mut Fields) -> Option<T>,
    ) -> Option<T> {
        let Some(Type::Table(spec)) = self.ty(key) else {
            return None;
        };
        let value = self.get(key)?;
        let mut fields = Fields::new(value, spec, self.problems)?;
        read(&mut fields)
    }

    /// Each table of the array of tables `key` (e.g. `[[initiative]]`).
    pub fn tables<T>(
        &mut self,
        key: &str,
        mut read: impl FnMut(&mut Fields) -> Option<T>,
    ) -> Vec<T> {
        let Some(Type::Tables(spec)) = self.ty(key) else {
            return Vec::new();
        };
        let Some(value) = self.get(key) else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            let what = spec.header;
            self.problems.at(
                value.span(),
                format!(
                    "{what} must be an array of tables, found {}",
                    value.get_ref().type_str()
                ),
                format!("write each entry under its own {what} header"),
            );
            return Vec::new();
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items.iter() {
            if let Some(mut fields) = Fields::new(item, spec, self.problems)
                && let Some(read) = read(&mut fields)
            {
                out.push(read);
            }
        }
        out
    }
}
