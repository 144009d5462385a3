//! The seven fields of action by their stable ids: the Selbstcheck scores them and the magazine
//! files its articles under them, so both pillars name them the same way.

/// The ids of the seven fields of action, in their order.
pub const FIELD_IDS: [&str; 7] = [
    "management",
    "opening",
    "access",
    "work",
    "engagement",
    "cohesion",
    "communication",
];

/// True when `id` names one of the seven fields.
pub fn is_field(id: &str) -> bool {
    FIELD_IDS.contains(&id)
}
