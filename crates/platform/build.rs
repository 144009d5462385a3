//! Rebuilds the platform when a Fluent file is added or changed: the translations are embedded
//! at compile time, and cargo would not otherwise notice a new file under `locales/`.
fn main() {
    println!("cargo:rerun-if-changed=../../locales");
}
