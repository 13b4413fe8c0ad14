//! Stripe's form encoding: `application/x-www-form-urlencoded` with bracket syntax.
//!
//! `line_items[0][price_data][product_data][name]=Tea` becomes nested JSON objects;
//! `expand[]=a&expand[]=b` becomes an array. Indexed arrays (`a[0]`, `a[1]`, as
//! async-stripe sends them through serde_qs) stay objects with numeric keys, because a
//! metadata map may legitimately use numeric keys: the consumer decides (see
//! [`crate::params::Params::take_list`]). Every leaf is a string, as on the wire.

use serde_json::{Map, Value};

/// A body or query string that cannot be read as a bracket-syntax form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormError {
    /// The parameter as written by the client.
    pub param: String,
    /// Why it was rejected.
    pub message: String,
}

/// Parses a form-encoded string (query string or request body) into a JSON object tree.
pub fn parse(input: &[u8]) -> Result<Map<String, Value>, FormError> {
    let mut root = Map::new();
    for (raw_key, value) in form_urlencoded::parse(input) {
        let segments = split_key(&raw_key).ok_or_else(|| FormError {
            param: raw_key.to_string(),
            message: format!("Invalid parameter name: {raw_key}"),
        })?;
        insert(&mut root, &segments, value.into_owned(), &raw_key)?;
    }
    Ok(root)
}

/// `a[b][]` → `["a", "b", ""]`. `None` when the brackets do not balance.
fn split_key(key: &str) -> Option<Vec<String>> {
    let (head, mut rest) = match key.find('[') {
        Some(i) => (&key[..i], &key[i..]),
        None => (key, ""),
    };
    if head.is_empty() {
        return None;
    }
    let mut segments = vec![head.to_string()];
    while !rest.is_empty() {
        let inner = rest.strip_prefix('[')?;
        let close = inner.find(']')?;
        let segment = &inner[..close];
        if segment.contains('[') {
            return None;
        }
        segments.push(segment.to_string());
        rest = &inner[close + 1..];
    }
    Some(segments)
}

fn conflict(raw_key: &str) -> FormError {
    FormError {
        param: raw_key.to_string(),
        message: format!("Invalid parameter structure: {raw_key} is given both as a value and as a hash or array"),
    }
}

fn insert(
    map: &mut Map<String, Value>,
    segments: &[String],
    value: String,
    raw_key: &str,
) -> Result<(), FormError> {
    let Some((first, rest)) = segments.split_first() else {
        return Ok(());
    };
    if rest.is_empty() {
        match map.get(first) {
            Some(Value::Object(_)) | Some(Value::Array(_)) => return Err(conflict(raw_key)),
            // A repeated plain key: the last one wins, as with most form parsers.
            _ => {
                map.insert(first.clone(), Value::String(value));
            }
        }
        return Ok(());
    }
    let (next, after) = (&rest[0], &rest[1..]);
    if next.is_empty() {
        // `first[]...`: an array.
        let entry = map
            .entry(first.clone())
            .or_insert_with(|| Value::Array(Vec::new()));
        let Value::Array(items) = entry else {
            return Err(conflict(raw_key));
        };
        if after.is_empty() {
            items.push(Value::String(value));
            return Ok(());
        }
        // `first[][key]=v`: start a new element when the last one already has `key`
        // (Rack's rule), otherwise add to the last element.
        let start_new = match items.last() {
            Some(Value::Object(last)) => last.contains_key(&after[0]),
            _ => true,
        };
        if start_new {
            items.push(Value::Object(Map::new()));
        }
        match items.last_mut() {
            Some(Value::Object(last)) => insert(last, after, value, raw_key),
            _ => Err(conflict(raw_key)),
        }
    } else {
        let entry = map
            .entry(first.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        let Value::Object(child) = entry else {
            return Err(conflict(raw_key));
        };
        insert(child, rest, value, raw_key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parsed(input: &str) -> Value {
        Value::Object(parse(input.as_bytes()).unwrap())
    }

    #[test]
    fn flat_keys_and_percent_decoding() {
        assert_eq!(
            parsed("mode=payment&success_url=http%3A%2F%2Fx%2F%3Fa%3D%7BCHECKOUT_SESSION_ID%7D&name=Caf%C3%A9+au+lait"),
            json!({"mode": "payment", "success_url": "http://x/?a={CHECKOUT_SESSION_ID}", "name": "Café au lait"})
        );
    }

    #[test]
    fn nested_brackets_become_objects() {
        assert_eq!(
            parsed("line_items[0][price_data][product_data][name]=Tea&line_items[0][price_data][currency]=usd&line_items[0][quantity]=2&line_items[1][price]=price_x"),
            json!({"line_items": {
                "0": {"price_data": {"product_data": {"name": "Tea"}, "currency": "usd"}, "quantity": "2"},
                "1": {"price": "price_x"}
            }})
        );
    }

    #[test]
    fn percent_encoded_brackets_are_brackets() {
        assert_eq!(
            parsed("metadata%5Bsale_id%5D=sale-1&expand%5B0%5D=payment_intent"),
            json!({"metadata": {"sale_id": "sale-1"}, "expand": {"0": "payment_intent"}})
        );
    }

    #[test]
    fn empty_brackets_append_to_arrays() {
        assert_eq!(
            parsed("expand[]=payment_intent&expand[]=line_items&types[]=a"),
            json!({"expand": ["payment_intent", "line_items"], "types": ["a"]})
        );
    }

    #[test]
    fn empty_brackets_with_keys_follow_rack() {
        assert_eq!(
            parsed("items[][price]=a&items[][quantity]=1&items[][price]=b&items[][quantity]=2"),
            json!({"items": [{"price": "a", "quantity": "1"}, {"price": "b", "quantity": "2"}]})
        );
    }

    #[test]
    fn empty_values_are_kept() {
        assert_eq!(
            parsed("description=&metadata[k]="),
            json!({"description": "", "metadata": {"k": ""}})
        );
    }

    #[test]
    fn empty_input_is_an_empty_object() {
        assert_eq!(parsed(""), json!({}));
    }

    #[test]
    fn value_and_hash_conflict_is_an_error() {
        let err = parse(b"metadata=x&metadata[a]=b").unwrap_err();
        assert_eq!(err.param, "metadata[a]");
        let err = parse(b"metadata[a]=b&metadata=x").unwrap_err();
        assert_eq!(err.param, "metadata");
        assert!(parse(b"a[]=1&a[x]=2").is_err());
    }

    #[test]
    fn unbalanced_brackets_are_errors() {
        assert!(parse(b"a[b=1").is_err());
        assert!(parse(b"[a]=1").is_err());
        assert!(parse(b"a[b]c=1").is_err());
        assert!(parse(b"a[[b]]=1").is_err());
    }

    #[test]
    fn created_range_query() {
        assert_eq!(
            parsed("created[gte]=10&created[lt]=20&limit=3"),
            json!({"created": {"gte": "10", "lt": "20"}, "limit": "3"})
        );
    }
}
