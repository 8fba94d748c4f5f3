//! The readouts shipped with the app: every file in `data/readouts/`, embedded at build time by
//! `build.rs` (file name, text), in file-name order.

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_seed_readouts_are_bundled() {
        assert!(
            BUNDLED.len() >= 2,
            "{:?}",
            BUNDLED.iter().map(|b| b.0).collect::<Vec<_>>()
        );
        assert!(BUNDLED.iter().all(|(_, text)| !text.trim().is_empty()));
    }
}
