//! Form errors in the GOV.UK pattern: a summary at the top linking to each field, and the
//! message next to the field.

/// One field's error: the field's id and the Fluent key of the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The `id` of the input.
    pub field: &'static str,
    /// The message key.
    pub key: &'static str,
}

/// The errors of one submitted form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormErrors {
    /// Errors in field order.
    pub list: Vec<FieldError>,
}

impl FormErrors {
    /// Adds an error for `field` (only the first per field is kept).
    pub fn add(&mut self, field: &'static str, key: &'static str) {
        if self.for_field(field).is_none() {
            self.list.push(FieldError { field, key });
        }
    }
    /// Records the error of a `Result` and gives back its value.
    pub fn check<T>(&mut self, field: &'static str, result: Result<T, &'static str>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(key) => {
                self.add(field, key);
                None
            }
        }
    }
    /// The message key for a field, if it has an error.
    pub fn for_field(&self, field: &str) -> Option<&'static str> {
        self.list.iter().find(|e| e.field == field).map(|e| e.key)
    }
    /// True when the field has an error.
    pub fn has(&self, field: &str) -> bool {
        self.for_field(field).is_some()
    }
    /// True when there is no error.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_first_error_per_field_in_order() {
        let mut e = FormErrors::default();
        e.add("email", "a");
        e.add("name", "b");
        e.add("email", "c");
        assert_eq!(e.list.len(), 2);
        assert_eq!(e.for_field("email"), Some("a"));
        assert!(e.has("name") && !e.has("password"));
        assert_eq!(e.check("x", Err::<(), _>("k")), None);
        assert_eq!(e.check("y", Ok::<_, &str>(3)), Some(3));
    }
}
