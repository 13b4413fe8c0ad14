//! Typed access to parsed form parameters, with Stripe's validation errors.
//!
//! Handlers `take_*` the parameters they support; [`Params::finish`] then rejects whatever
//! is left as `Received unknown parameter: …`, naming the full bracket path.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::error::{ApiError, ApiResult};

/// Stripe's metadata limits.
pub const METADATA_MAX_KEYS: usize = 50;
pub const METADATA_MAX_KEY_LEN: usize = 40;
pub const METADATA_MAX_VALUE_LEN: usize = 500;

/// Metadata changes: `Some(value)` sets a key, `None` removes it.
pub type MetadataUpdates = Vec<(String, Option<String>)>;

#[derive(Debug, Clone, Default)]
pub struct Params {
    path: String,
    map: Map<String, Value>,
}

fn describe(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

impl Params {
    pub fn new(map: Map<String, Value>) -> Self {
        Self {
            path: String::new(),
            map,
        }
    }

    fn child(path: String, map: Map<String, Value>) -> Self {
        Self { path, map }
    }

    /// The full bracket path of `key` at this level, e.g. `line_items[0][quantity]`.
    pub fn full(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}[{key}]", self.path)
        }
    }

    /// Rejects, before anything else is looked at, a parameter not in `known` (Stripe reports
    /// unknown parameters ahead of other validation errors).
    pub fn check_known(&self, known: &[&str]) -> ApiResult<()> {
        match self.map.keys().find(|k| !known.contains(&k.as_str())) {
            Some(unknown) => Err(ApiError::unknown_parameter(&self.full(unknown))),
            None => Ok(()),
        }
    }

    pub fn is_hash(&self, key: &str) -> bool {
        matches!(self.map.get(key), Some(Value::Object(_)))
    }

    pub fn contains(&self, key: &str) -> bool {
        self.map.contains_key(key)
    }

    pub fn take_str(&mut self, key: &str) -> ApiResult<Option<String>> {
        match self.map.remove(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(other) => Err(
                ApiError::invalid(format!("Invalid string: {}", describe(&other)))
                    .code("parameter_invalid_string")
                    .param(self.full(key)),
            ),
        }
    }

    /// A string where an empty value means "not given" (Stripe's way to unset a field).
    pub fn take_opt_str(&mut self, key: &str) -> ApiResult<Option<String>> {
        Ok(self.take_str(key)?.filter(|s| !s.is_empty()))
    }

    /// An optional parameter that must be one of `allowed` (Stripe's enum error otherwise).
    pub fn take_opt_enum(&mut self, key: &str, allowed: &[&str]) -> ApiResult<Option<String>> {
        let value = self.take_opt_str(key)?;
        if let Some(value) = &value {
            if !allowed.contains(&value.as_str()) {
                return Err(ApiError::invalid(format!(
                    "Invalid {key}: must be one of {}",
                    allowed.join(", ")
                ))
                .param(self.full(key)));
            }
        }
        Ok(value)
    }

    pub fn require_str(&mut self, key: &str) -> ApiResult<String> {
        self.take_opt_str(key)?
            .ok_or_else(|| ApiError::missing(&self.full(key)))
    }

    pub fn take_int(&mut self, key: &str) -> ApiResult<Option<i64>> {
        let Some(raw) = self.take_str(key)? else {
            return Ok(None);
        };
        if raw.is_empty() {
            return Ok(None);
        }
        raw.trim()
            .parse::<i64>()
            .map(Some)
            .map_err(|_| ApiError::invalid_integer(&self.full(key), &raw))
    }

    pub fn take_bool(&mut self, key: &str) -> ApiResult<Option<bool>> {
        let Some(raw) = self.take_str(key)? else {
            return Ok(None);
        };
        match raw.as_str() {
            "" => Ok(None),
            "true" => Ok(Some(true)),
            "false" => Ok(Some(false)),
            _ => Err(ApiError::invalid(format!("Invalid boolean: {raw}"))
                .code("parameter_invalid_boolean")
                .param(self.full(key))),
        }
    }

    /// A nested hash, e.g. `payment_intent_data[...]`.
    pub fn take_child(&mut self, key: &str) -> ApiResult<Option<Params>> {
        let full = self.full(key);
        match self.map.remove(key) {
            None => Ok(None),
            Some(Value::Object(map)) => Ok(Some(Params::child(full, map))),
            Some(Value::String(s)) if s.is_empty() => Ok(None),
            Some(other) => Err(
                ApiError::invalid(format!("Invalid hash: {}", describe(&other)))
                    .code("parameter_invalid_hash")
                    .param(full),
            ),
        }
    }

    /// An array given either as `a[]=…` or as `a[0]=…&a[1]=…` (serde_qs, which async-stripe
    /// uses, writes indices). Each element comes with its bracket path.
    pub fn take_list(&mut self, key: &str) -> ApiResult<Option<Vec<(String, Value)>>> {
        let full = self.full(key);
        match self.map.remove(key) {
            None => Ok(None),
            Some(Value::Array(items)) => Ok(Some(
                items
                    .into_iter()
                    .enumerate()
                    .map(|(i, v)| (format!("{full}[{i}]"), v))
                    .collect(),
            )),
            Some(Value::Object(map)) => {
                let mut indexed = Vec::with_capacity(map.len());
                for (index, value) in map {
                    let Ok(position) = index.parse::<usize>() else {
                        return Err(ApiError::invalid(format!(
                            "Invalid array: {full} must be an array"
                        ))
                        .code("parameter_invalid_array")
                        .param(format!("{full}[{index}]")));
                    };
                    indexed.push((position, format!("{full}[{index}]"), value));
                }
                indexed.sort_by_key(|(position, _, _)| *position);
                Ok(Some(indexed.into_iter().map(|(_, p, v)| (p, v)).collect()))
            }
            Some(Value::String(s)) if s.is_empty() => Ok(Some(Vec::new())),
            Some(Value::String(s)) => Ok(Some(vec![(full, Value::String(s))])),
            Some(other) => Err(
                ApiError::invalid(format!("Invalid array: {}", describe(&other)))
                    .code("parameter_invalid_array")
                    .param(full),
            ),
        }
    }

    pub fn take_str_list(&mut self, key: &str) -> ApiResult<Option<Vec<String>>> {
        let Some(items) = self.take_list(key)? else {
            return Ok(None);
        };
        items
            .into_iter()
            .map(|(path, value)| match value {
                Value::String(s) => Ok(s),
                other => Err(
                    ApiError::invalid(format!("Invalid string: {}", describe(&other)))
                        .code("parameter_invalid_string")
                        .param(path),
                ),
            })
            .collect::<ApiResult<Vec<_>>>()
            .map(Some)
    }

    /// List elements that are hashes, as child `Params`.
    pub fn take_hash_list(&mut self, key: &str) -> ApiResult<Option<Vec<Params>>> {
        let Some(items) = self.take_list(key)? else {
            return Ok(None);
        };
        items
            .into_iter()
            .map(|(path, value)| match value {
                Value::Object(map) => Ok(Params::child(path, map)),
                other => Err(
                    ApiError::invalid(format!("Invalid hash: {}", describe(&other)))
                        .code("parameter_invalid_hash")
                        .param(path),
                ),
            })
            .collect::<ApiResult<Vec<_>>>()
            .map(Some)
    }

    /// `metadata[...]` with Stripe's limits. Empty values unset a key, so they are dropped.
    pub fn take_metadata(&mut self, key: &str) -> ApiResult<Option<BTreeMap<String, String>>> {
        Ok(self.take_metadata_updates(key)?.map(|updates| {
            updates
                .into_iter()
                .filter_map(|(k, v)| v.map(|v| (k, v)))
                .collect()
        }))
    }

    /// `metadata[...]` as changes: `Some(value)` sets a key, `None` (an empty value) removes it.
    pub fn take_metadata_updates(&mut self, key: &str) -> ApiResult<Option<MetadataUpdates>> {
        let full = self.full(key);
        let Some(mut child) = self.take_child(key)? else {
            return Ok(None);
        };
        let mut updates = Vec::new();
        let keys: Vec<String> = child.map.keys().cloned().collect();
        for name in keys {
            let path = child.full(&name);
            let value = child.take_str(&name)?.unwrap_or_default();
            if name.chars().count() > METADATA_MAX_KEY_LEN {
                return Err(ApiError::invalid(format!(
                    "Metadata keys can have up to {METADATA_MAX_KEY_LEN} characters, but you passed in a key that is {} characters. Invalid key: {name}",
                    name.chars().count()
                ))
                .param(path));
            }
            if value.chars().count() > METADATA_MAX_VALUE_LEN {
                return Err(ApiError::invalid(format!(
                    "Metadata values can have up to {METADATA_MAX_VALUE_LEN} characters, but you passed in a value that is {} characters.",
                    value.chars().count()
                ))
                .param(path));
            }
            updates.push((name, (!value.is_empty()).then_some(value)));
        }
        let set = updates.iter().filter(|(_, v)| v.is_some()).count();
        if set > METADATA_MAX_KEYS {
            return Err(ApiError::invalid(format!(
                "Metadata can have up to {METADATA_MAX_KEYS} keys, but you passed in {set} keys."
            ))
            .param(full));
        }
        Ok(Some(updates))
    }

    /// `expand[]`, `expand[0]` or a single `expand=`.
    pub fn take_expand(&mut self) -> ApiResult<Vec<String>> {
        Ok(self.take_str_list("expand")?.unwrap_or_default())
    }

    /// Rejects whatever parameter is left, as Stripe does.
    pub fn finish(self) -> ApiResult<()> {
        match self.map.into_iter().next() {
            None => Ok(()),
            Some((key, _)) => {
                let full = if self.path.is_empty() {
                    key
                } else {
                    format!("{}[{key}]", self.path)
                };
                Err(ApiError::unknown_parameter(&full))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form;

    fn params(input: &str) -> Params {
        Params::new(form::parse(input.as_bytes()).unwrap())
    }

    #[test]
    fn unknown_nested_parameter_names_its_full_path() {
        let mut p = params("line_items[0][price]=x&line_items[0][colour]=red");
        let mut items = p.take_hash_list("line_items").unwrap().unwrap();
        p.finish().unwrap();
        let mut item = items.remove(0);
        assert_eq!(item.take_str("price").unwrap().as_deref(), Some("x"));
        let err = item.finish().unwrap_err();
        assert_eq!(err.param.as_deref(), Some("line_items[0][colour]"));
        assert_eq!(
            err.message,
            "Received unknown parameter: line_items[0][colour]"
        );
    }

    #[test]
    fn lists_accept_both_encodings_and_sort_indices() {
        let mut p = params("expand[1]=b&expand[0]=a&types[]=x&types[]=y");
        assert_eq!(p.take_expand().unwrap(), vec!["a", "b"]);
        assert_eq!(p.take_str_list("types").unwrap().unwrap(), vec!["x", "y"]);
        // Mixing `a[]` and `a[10]` is rejected by the form parser already.
        assert!(form::parse(b"expand[]=a&expand[10]=b").is_err());
        let mut p = params("expand[x]=a");
        assert_eq!(
            p.take_expand().unwrap_err().param.as_deref(),
            Some("expand[x]")
        );
    }

    #[test]
    fn integers_and_booleans() {
        let mut p = params("limit=3&active=true&bad=x&flag=maybe");
        assert_eq!(p.take_int("limit").unwrap(), Some(3));
        assert_eq!(p.take_bool("active").unwrap(), Some(true));
        let err = p.take_int("bad").unwrap_err();
        assert_eq!(err.message, "Invalid integer: x");
        assert_eq!(err.param.as_deref(), Some("bad"));
        assert!(p.take_bool("flag").is_err());
    }

    #[test]
    fn metadata_limits() {
        let mut p = params("metadata[sale_id]=s-1&metadata[empty]=");
        let m = p.take_metadata("metadata").unwrap().unwrap();
        assert_eq!(m.len(), 1);
        assert_eq!(m["sale_id"], "s-1");

        let long_key = "k".repeat(41);
        let mut p = params(&format!("metadata[{long_key}]=v"));
        assert_eq!(
            p.take_metadata("metadata").unwrap_err().param.as_deref(),
            Some(format!("metadata[{long_key}]").as_str())
        );

        let long_value = "v".repeat(501);
        let mut p = params(&format!("metadata[k]={long_value}"));
        assert!(p.take_metadata("metadata").is_err());

        let many: Vec<String> = (0..51).map(|i| format!("metadata[k{i}]=v")).collect();
        let mut p = params(&many.join("&"));
        assert_eq!(
            p.take_metadata("metadata").unwrap_err().param.as_deref(),
            Some("metadata")
        );
        let fifty: Vec<String> = (0..50).map(|i| format!("metadata[k{i}]=v")).collect();
        let mut p = params(&fifty.join("&"));
        assert_eq!(p.take_metadata("metadata").unwrap().unwrap().len(), 50);
    }

    #[test]
    fn missing_required_string() {
        let mut p = params("mode=");
        let err = p.require_str("mode").unwrap_err();
        assert_eq!(err.message, "Missing required param: mode.");
    }
}
