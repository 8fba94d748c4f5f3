//! The readouts shipped with the app: every file in `data/readouts/`, embedded at build time by
//! `build.rs` (file name, text), in file-name order.

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_of_data_readouts_is_bundled_unchanged_in_name_order() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/readouts");
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_file())
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .filter(|n| !n.starts_with('.'))
            .collect();
        names.sort();
        assert_eq!(BUNDLED.iter().map(|b| b.0).collect::<Vec<_>>(), names);
        for (name, text) in BUNDLED {
            assert_eq!(
                *text,
                std::fs::read_to_string(dir.join(name)).unwrap(),
                "{name}"
            );
        }
        // The two real seeds the README describes are among them.
        for seed in [
            "2020-10-27-vietnam-nguyen-quoc-dung.txt",
            "2020-11-09-republic-of-korea-kim-gunn.txt",
        ] {
            assert!(names.iter().any(|n| n == seed), "{seed} in {names:?}");
        }
    }
}
